package org.mdmhub.mdm.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mdmhub.mdm.testsupport.Keycloak;
import org.mdmhub.mdm.testsupport.MdmDeployment;

/**
 * A client generated from the committed document, as an integrator would make one — TypeScript types by
 * openapi-typescript, calls by openapi-fetch, type-checked by tsc — creates, reads, updates and submits an item on
 * the real server with a real steward token ({@code src/test/client/items.ts}). A document whose types do not fit
 * what the server takes and answers fails at tsc or at a check in the script.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GeneratedClientIT {

    private static final File CLIENT = Path.of(System.getProperty("repo.root", ".."))
            .resolve("mdm-server/src/test/client").toFile();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MdmDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void aGeneratedTypeScriptClientCreatesReadsUpdatesAndSubmitsAnItem() throws Exception {
        run(List.of("npm", "ci", "--no-audit", "--no-fund"), "");
        String output = run(List.of("npm", "run", "--silent", "check"), Keycloak.token("steward"));
        assertTrue(output.contains("created, read, updated, submitted"), output);
    }

    private String run(List<String> command, String token) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(CLIENT).redirectErrorStream(true);
        builder.environment().put("MDM_BASE_URL", base.toString());
        builder.environment().put("MDM_TOKEN", token);
        Process process = builder.start();
        boolean done = process.waitFor(5, TimeUnit.MINUTES);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            process.destroyForcibly();
        }
        assertTrue(done, "timed out: " + command + "\n" + output);
        assertEquals(0, process.exitValue(), command + " failed:\n" + output);
        return output;
    }
}
