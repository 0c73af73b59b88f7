package fr.stages.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

/** The business module as one web archive, with its migrations, demo resources and libraries. */
public final class Deployments {

    private static final String[] CAPABILITIES = {"fr.stages.platform", "fr.stages.directions",
        "fr.stages.accounts", "fr.stages.offers", "fr.stages.applications", "fr.stages.spontaneous",
        "fr.stages.demo", "fr.stages.notifications", "fr.stages.search", "fr.stages.retention",
        "fr.stages.candidates", "fr.stages.alerts", "fr.stages.statistics"};

    private Deployments() {
    }

    public static WebArchive business() {
        File[] libraries = Maven.resolver().loadPomFromFile("pom.xml")
                .importCompileAndRuntimeDependencies().resolve().withTransitivity().asFile();
        WebArchive archive = ShrinkWrap.create(WebArchive.class, "stages-business-it.war")
                .addPackages(true, CAPABILITIES)
                .addClasses(Fixtures.class, Ids.class, Pdfs.class)
                .addAsResource("META-INF/persistence.xml")
                .addAsResource(new File("target/classes/db"), "db")
                .addAsResource(new File("target/classes/demo"), "demo")
                .addAsWebInfResource(new File("target/classes/META-INF/beans.xml"), "beans.xml")
                .addAsLibraries(libraries);
        // each capability's bundles (the words of its mails)
        for (String capability : CAPABILITIES) {
            String path = capability.replace('.', '/');
            File[] bundles = new File("target/classes/" + path).listFiles((d, name) -> name.endsWith(".properties"));
            for (File bundle : bundles == null ? new File[0] : bundles) {
                archive.addAsResource(bundle, path + "/" + bundle.getName());
            }
        }
        return archive;
    }
}
