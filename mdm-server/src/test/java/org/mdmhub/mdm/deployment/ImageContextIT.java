package org.mdmhub.mdm.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The container image's build context (deploy/container), as {@code context.sh} assembles it from the packaged
 * server and WAR: everything the Containerfile copies is there, the scripts parse and the entrypoint behaves,
 * the image runs as a non-root user with a health check, and no secret or path of the build machine went in.
 * An IT because it needs {@code target/server} and the WAR (package phase); no container engine is needed.
 */
class ImageContextIT {
    private static final Path REPO = Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
    private static final Path CONTEXT = Path.of("target/image-context-check").toAbsolutePath();
    /** A credential written out, or a machine's home or work directory. Expressions ${env.X:default} are config, not secrets. */
    private static final List<Pattern> FORBIDDEN = List.of(
            Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----"),
            Pattern.compile("AKIA[0-9A-Z]{16}"),
            Pattern.compile("(?i)(password|secret|secrets[._]key)\\s*[=:]\\s*\"?(?!\\$\\{)[A-Za-z0-9+/_-]{6,}"),
            Pattern.compile("demo-subscriber-demo-secret"),
            Pattern.compile("(?<![A-Za-z0-9.])/(work|root|home)/[A-Za-z0-9._-]+"));

    @BeforeAll
    static void assemble() throws Exception {
        Result result = run(Map.of(), "bash", REPO.resolve("deploy/container/context.sh").toString(), CONTEXT.toString());
        assertEquals(0, result.exit(), result.output());
    }

    @Test
    void theContextHoldsWhatTheContainerfileCopies() throws IOException {
        for (String file : List.of("Containerfile", "entrypoint.sh", "healthcheck.sh", "mdm-server.war",
                "server/bin/standalone.sh", "server/jboss-modules.jar", "server/standalone/configuration/standalone.xml",
                "server/modules/org/postgresql/main/module.xml")) {
            assertTrue(Files.exists(CONTEXT.resolve(file)), file + " in the context");
        }
        assertFalse(Files.exists(CONTEXT.resolve("server/standalone/data")), "no runtime state of a build-machine server");
        assertFalse(Files.readString(CONTEXT.resolve("server/standalone/configuration/standalone.xml")).contains("<deployments>"),
                "no deployment recorded by a test run");
        String containerfile = Files.readString(CONTEXT.resolve("Containerfile"));
        for (String copied : List.of("COPY --chown=root:root server ", "COPY --chown=root:root mdm-server.war ",
                "entrypoint.sh healthcheck.sh")) {
            assertTrue(containerfile.contains(copied), "Containerfile copies " + copied);
        }
    }

    @Test
    void theImageRunsAsANonRootUserWithAHealthCheck() throws IOException {
        List<String> instructions = Files.readAllLines(CONTEXT.resolve("Containerfile")).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
        String user = instructions.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElseThrow();
        assertFalse(user.matches("USER (0|root)(:.*)?"), "last USER is not root: " + user);
        assertTrue(instructions.stream().anyMatch(l -> l.startsWith("HEALTHCHECK ") && l.contains("healthcheck.sh")));
        assertTrue(instructions.stream().anyMatch(l -> l.startsWith("ENTRYPOINT [\"/opt/mdm/bin/entrypoint.sh\"]")));
    }

    @Test
    void theScriptsParse() throws Exception {
        for (String script : List.of("entrypoint.sh", "healthcheck.sh")) {
            Result result = run(Map.of(), "bash", "-n", CONTEXT.resolve(script).toString());
            assertEquals(0, result.exit(), script + ": " + result.output());
        }
    }

    @Test
    void theEntrypointReadsSecretFilesIntoTheEnvironmentAndStartsTheServerWithTheNodeName() throws Exception {
        // a stand-in for WildFly's start script that shows what it was given: the entrypoint's own logic is under test
        Path home = Files.createDirectories(CONTEXT.resolveSibling("entrypoint-check/server/bin"));
        Files.writeString(home.resolve("standalone.sh"), "#!/usr/bin/env bash\necho \"args=$*\"\n"
                + "echo \"key=$MDM_SECRETS_KEY\"\necho \"node-id=$MDM_NODE_ID\"\necho \"file-var=${MDM_SECRETS_KEY_FILE:-unset}\"\n");
        home.resolve("standalone.sh").toFile().setExecutable(true);
        Path key = Files.writeString(CONTEXT.resolveSibling("entrypoint-check/secrets-key"), "c2VjcmV0LWtleS1mb3ItdGhlLXRlc3Q=");
        Result served = run(Map.of("MDM_SERVER_HOME", home.getParent().toString(), "MDM_SECRETS_KEY_FILE", key.toString(),
                "HOSTNAME", "mdm-hub-7d9f8c6b5d-x2x4q-long"), "bash", CONTEXT.resolve("entrypoint.sh").toString());
        assertEquals(0, served.exit(), served.output());
        assertTrue(served.output().contains("key=c2VjcmV0LWtleS1mb3ItdGhlLXRlc3Q="), served.output());
        assertTrue(served.output().contains("file-var=unset"), "the _FILE variable is consumed: " + served.output());
        assertTrue(served.output().contains("-Djboss.node.name=mdm-hub-7d9f8c6b5d-x2x4q-long"), served.output());
        assertTrue(served.output().contains("node-id=b-7d9f8c6b5d-x2x4q-long"), "at most 23 bytes: " + served.output());

        Result missing = run(Map.of("MDM_SERVER_HOME", home.getParent().toString(), "MDM_DB_PASSWORD_FILE", "/nonexistent/password"),
                "bash", CONTEXT.resolve("entrypoint.sh").toString());
        assertEquals(64, missing.exit(), "an unreadable secret file stops the start: " + missing.output());
        assertTrue(missing.output().contains("MDM_DB_PASSWORD_FILE"), missing.output());
        Result unknown = run(Map.of("MDM_SERVER_HOME", home.getParent().toString()), "bash",
                CONTEXT.resolve("entrypoint.sh").toString(), "dance");
        assertEquals(64, unknown.exit(), unknown.output());
    }

    @Test
    void noSecretAndNoMachinePathIsBakedIn() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CONTEXT)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = file.getFileName().toString();
                if (name.matches(".*\\.(keystore|jks|p12|pfx|pem|key)$")) {
                    found.add(CONTEXT.relativize(file) + ": a key store or key file");
                } else if (name.endsWith(".war")) {
                    scanArchive(file, found);
                } else if (isText(name)) {
                    scan(CONTEXT.relativize(file).toString(), Files.readString(file, StandardCharsets.ISO_8859_1), found);
                }
            }
        }
        assertEquals(List.of(), found);
        List<String> planted = new ArrayList<>();
        scan("planted", "<password>hunter22secret</password> db.password=s3cretvalue path=/root/.m2", planted);
        assertEquals(2, planted.size(), "the scan finds a planted secret and path: " + planted);
    }

    private static void scanArchive(Path war, List<String> found) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(war))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (!entry.isDirectory() && isText(entry.getName())) {
                    scan(war.getFileName() + "!" + entry.getName(), new String(zip.readAllBytes(), StandardCharsets.ISO_8859_1), found);
                } else if (entry.getName().matches(".*\\.(keystore|jks|p12|pfx|pem|key)$")) {
                    found.add(war.getFileName() + "!" + entry.getName() + ": a key store or key file");
                }
            }
        }
    }

    private static boolean isText(String name) {
        return name.matches(".*\\.(xml|json|properties|cli|sh|conf|txt|yaml|yml|env)$") || name.equals("Containerfile");
    }

    private static void scan(String where, String text, List<String> found) {
        for (Pattern pattern : FORBIDDEN) {
            var matcher = pattern.matcher(text);
            if (matcher.find()) {
                found.add(where + ": " + matcher.group());
            }
        }
    }

    private record Result(int exit, String output) {
    }

    private static Result run(Map<String, String> env, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("MDM_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "finished: " + String.join(" ", command));
        return new Result(process.exitValue(), output);
    }
}
