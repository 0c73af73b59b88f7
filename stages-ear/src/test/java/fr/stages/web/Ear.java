package fr.stages.web;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

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
}
