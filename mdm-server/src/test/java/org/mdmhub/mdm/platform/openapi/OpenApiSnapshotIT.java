package org.mdmhub.mdm.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.nio.file.Files;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mdmhub.mdm.testsupport.MdmDeployment;

/**
 * {@code schemas/openapi.json} is what the server serves, byte for byte after canonical formatting: the UI's client
 * is generated from that file, so a change to the API that is not also a change to the file fails here. Rewrite it
 * with {@code -Dmdm.openapi.write=true}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiSnapshotIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MdmDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void theCommittedSnapshotIsTheServedDocument() throws Exception {
        String served = OpenApiDocument.served(base);
        if (Boolean.getBoolean("mdm.openapi.write")) {
            Files.writeString(OpenApiDocument.SNAPSHOT, served);
        }
        String committed = Files.exists(OpenApiDocument.SNAPSHOT) ? Files.readString(OpenApiDocument.SNAPSHOT) : "";
        assertEquals(served, committed, "schemas/openapi.json is out of date: run the IT with -Dmdm.openapi.write=true"
                + " (mvn verify -Dit.test=OpenApiSnapshotIT -Dmdm.openapi.write=true) and commit the file");
    }
}
