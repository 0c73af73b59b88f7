package fr.stages.web;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR this module built, deployed as it is: what a city deploys is what these tests exercise. */
public final class Ear {

    private Ear() {
    }

    public static EnterpriseArchive built() {
        File ear = new File(System.getProperty("stages.ear", "target/stages.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("EAR not built: " + ear.getAbsolutePath());
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /**
     * The built EAR plus a test-only web module NAME.war, at the context root /NAME, holding those classes: it
     * sees the application's beans and resources as the application's own modules do.
     */
    public static EnterpriseArchive withTestModule(String name, Class<?>... classes) {
        EnterpriseArchive ear = built();
        String xml;
        try (InputStream in = ear.get("META-INF/application.xml").getAsset().openStream()) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ear.delete("META-INF/application.xml");
        ear.setApplicationXML(new StringAsset(xml.replace("<library-directory>", "<module><web><web-uri>" + name
                + ".war</web-uri><context-root>/" + name + "</context-root></web></module><library-directory>")));
        return ear.addAsModule(ShrinkWrap.create(WebArchive.class, name + ".war").addClasses(classes)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml"));
    }
}
