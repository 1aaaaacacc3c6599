package org.mdmhub.mdm.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application exactly as the build packaged it (target/mdm-server.war), so integration tests run the
 * artifact that ships, not a hand-assembled subset.
 */
public final class MdmDeployment {
    private MdmDeployment() {
    }

    public static WebArchive war() {
        return war("mdm-server.war");
    }

    /** The packaged application under another archive name (Arquillian needs one per deployment of a test class). */
    public static WebArchive war(String name) {
        File war = new File(System.getProperty("mdm.war", "target/mdm-server.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run the integration tests through mvn verify");
        }
        return ShrinkWrap.create(ZipImporter.class, name).importFrom(war).as(WebArchive.class);
    }
}
