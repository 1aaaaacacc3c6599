package org.mdmhub.mdm.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A WildFly with the application, run as a separate operating-system process that a test may kill, for what the
 * shared Arquillian server must never go through (kill -9, restart). It runs the provisioned server
 * ({@code target/server}) through {@code bin/standalone.sh} on a base directory, a database and a port offset of
 * its own, so it runs beside the Arquillian server and the local stack.
 *
 * <pre>
 * try (ServerProcess server = ServerProcess.named("crash").portOffset(300)
 *         .property("mdm.dispatch.lease", "PT5S").start()) {   // node crash-node, database mdm_crash
 *     Api api = new Api(server.url());
 *     server.kill9();
 *     server.restart();
 * }
 * </pre>
 *
 * <p>For a name {@code <name>}: node {@code <name>-node} ({@code jboss.node.name}, under which the dispatcher
 * claims), database {@code mdm_<name>}, base directory {@code target/<name>-base}, console log
 * {@code target/<name>-server.log} (appended across restarts). {@link #start()} recreates the database empty and
 * the base directory from the provisioned configuration; {@link #restart()} keeps both, as a restarted node would.
 * The server gets what src/test/resources/arquillian.xml gives the Arquillian server (heap, loopback binding,
 * database URL, Keycloak provider URL), so both run the same configuration.
 */
public final class ServerProcess implements AutoCloseable {
    /** -Dserver.ready.seconds: a machine shared by many builds can take longer than 4 minutes to boot one node. */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(Long.getLong("server.ready.seconds", 240));
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final String JAVA_OPTS = "-Xms64m -Xmx768m -XX:MetaspaceSize=96M -Djava.net.preferIPv4Stack=true";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String node;
    private final int portOffset;
    private final String database;
    private final Map<String, String> properties;
    private final boolean freshDatabase;
    private final Path jbossHome = Path.of(System.getProperty("jboss.home", "target/server")).toAbsolutePath();
    private final Path war;
    private final Path repoRoot = Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
    private final Path baseDir;
    private final Path log;
    private Process script;
    private ProcessHandle java;

    private ServerProcess(String name, int portOffset, String database, Map<String, String> properties,
                          boolean freshDatabase, Path war) {
        this.node = name + "-node";
        this.war = war.toAbsolutePath();
        this.freshDatabase = freshDatabase;
        this.portOffset = portOffset;
        this.database = database;
        this.properties = properties;
        Path target = jbossHome.getParent();
        this.baseDir = target.resolve(name + "-base");
        this.log = target.resolve(name + "-server.log");
        Runtime.getRuntime().addShutdownHook(new Thread(this::killQuietly, "kill " + node)); // never outlive the tests
    }

    /** A server named {@code name} (letters, digits, '-'), the rest still to set. */
    public static Builder named(String name) {
        if (!name.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("a server name is letters, digits and '-': " + name);
        }
        return new Builder(name);
    }

    /** Settings before the first start. */
    public static final class Builder {
        private final String name;
        private int portOffset = 300;
        private String database;
        private final Map<String, String> properties = new LinkedHashMap<>();
        private boolean freshDatabase = true;
        private Path war = Path.of(System.getProperty("mdm.war", "target/mdm-server.war"));

        private Builder(String name) {
            this.name = name;
            this.database = "mdm_" + name.replace('-', '_');
        }

        /** Added to every port: HTTP 8080 + offset, management 9990 + offset. */
        public Builder portOffset(int value) {
            portOffset = value;
            return this;
        }

        /** The database it runs on, dropped and created empty by {@link ServerProcess#start()}. */
        public Builder database(String name) {
            database = name;
            return this;
        }

        /** Joins the database another server already runs on instead of recreating it: a second node of one cluster. */
        public Builder joining(ServerProcess other) {
            database = other.database;
            freshDatabase = false;
            return this;
        }

        /**
         * Deploys this WAR instead of the build's (e.g. a copy whose rules were shortened for a test); it is
         * deployed under the name the OIDC configuration secures, whatever its file is called.
         */
        public Builder war(Path file) {
            war = file;
            return this;
        }

        /** A system property of the server (e.g. {@code mdm.dispatch.lease}). */
        public Builder property(String name, String value) {
            properties.put(name, value);
            return this;
        }

        /** Prepares a fresh database and base directory and starts the server; returns once it is ready. */
        public ServerProcess start() {
            return new ServerProcess(name, portOffset, database, Map.copyOf(properties), freshDatabase, war).start();
        }
    }

    /** The application's root, e.g. {@code http://127.0.0.1:8380/}, for {@link Api}. */
    public URL url() {
        try {
            return URI.create("http://127.0.0.1:" + (8080 + portOffset) + "/").toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The management interface's root, e.g. {@code http://127.0.0.1:10290/} (health, metrics). */
    public URI management() {
        return URI.create("http://127.0.0.1:" + (9990 + portOffset) + "/");
    }

    /** Its node name ({@code jboss.node.name}), as delivery attempts record it. */
    public String node() {
        return node;
    }

    /** The server's database, for direct reads (user mdm). */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:5432/" + database;
    }

    /** The WildFly JVM (a child of standalone.sh, not the script itself). */
    public ProcessHandle java() {
        if (java == null) {
            throw new IllegalStateException(node + " is not running");
        }
        return java;
    }

    private ServerProcess start() {
        if (freshDatabase) {
            freshDatabase();
        }
        freshBaseDir();
        launch();
        return this;
    }

    /**
     * SIGKILL to the server JVM ({@link ProcessHandle#destroyForcibly()} on Linux): no shutdown hook, no
     * undeployment, no transaction completes. Returns once the JVM and its script are gone.
     */
    public void kill9() {
        ProcessHandle victim = java();
        victim.destroyForcibly();
        awaitExit(victim, STOP_TIMEOUT);
        awaitExit(script.toHandle(), STOP_TIMEOUT);
        java = null;
    }

    /** Starts the server again on the same base directory and database, as after a crash; returns once ready. */
    public void restart() {
        if (java != null && java.isAlive()) {
            throw new IllegalStateException(node + " is still running (pid " + java.pid() + ")");
        }
        launch();
    }

    /** A graceful shutdown (SIGTERM), forced after 30 s. */
    public void stop() {
        if (java == null) {
            return;
        }
        ProcessHandle running = java;
        running.destroy();
        try {
            running.onExit().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception notInTime) {
            running.destroyForcibly();
            awaitExit(running, STOP_TIMEOUT);
        }
        awaitExit(script.toHandle(), STOP_TIMEOUT);
        java = null;
    }

    @Override
    public void close() {
        stop();
    }

    private void launch() {
        List<String> command = new ArrayList<>(List.of(jbossHome.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + baseDir,
                "-Djboss.node.name=" + node,
                "-Djboss.socket.binding.port-offset=" + portOffset,
                "-Djboss.bind.address=127.0.0.1",
                "-Djboss.bind.address.management=127.0.0.1",
                "-Dmdm.node.id=" + node, // the transaction manager's node id: unique per node on one database
                "-Dmdm.db.url=" + jdbcUrl(),
                "-Dmdm.oidc.provider-url=" + System.getProperty("keycloak.url", "http://localhost:8180") + "/realms/mdm"));
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().put("JAVA_OPTS", JAVA_OPTS);
        builder.environment().remove("LAUNCH_JBOSS_IN_BACKGROUND"); // java runs in the foreground of the script
        try {
            script = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        }
        java = awaitJava();
        awaitReady();
    }

    /** standalone.sh runs java as its child ({@code eval "$JAVA" ...}, no exec): the JVM is that descendant. */
    private ProcessHandle awaitJava() {
        ProcessHandle[] jvm = new ProcessHandle[1];
        Await.until("the java process of standalone.sh", Duration.ofSeconds(30), Duration.ofMillis(100), () -> {
            if (!script.isAlive()) {
                throw new IllegalStateException("standalone.sh exited with " + script.exitValue() + before());
            }
            jvm[0] = script.toHandle().descendants()
                    .filter(p -> p.info().commandLine().map(c -> c.contains("jboss-modules.jar")).orElse(false))
                    .findFirst().orElse(null);
            return jvm[0] != null;
        });
        return jvm[0];
    }

    /** Deployed and secured (the API answers 401 without a token) and ready (health UP). */
    private void awaitReady() {
        URI api = URI.create(url() + "api/v1/items");
        URI ready = management().resolve("health/ready");
        try {
            Await.until(node + " deployed and ready", READY_TIMEOUT, Duration.ofMillis(500), () -> {
                if (!java.isAlive()) {
                    throw new IllegalStateException(node + " exited during start" + before());
                }
                return status(api) == 401 && status(ready) == 200;
            });
        } catch (AssertionError timedOut) {
            throw new IllegalStateException(timedOut.getMessage() + before(), timedOut); // with the server's console
        }
    }

    private static int status(URI uri) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notYet) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The project's own script: drops the database, creates it owned by mdm, with the extensions it needs. */
    private void freshDatabase() {
        Path script = repoRoot.resolve("deploy/postgres/ensure-db.sh");
        try {
            Process process = new ProcessBuilder("bash", script.toString(), "--fresh", database)
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(script + " --fresh " + database + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A base directory from the provisioned configuration, with the WAR as its one deployment. Only the
     * configuration and lib are taken: data and tmp may belong to the running Arquillian server. Deployments that
     * server recorded in standalone.xml are cut, since their content is not copied.
     */
    private void freshBaseDir() {
        try {
            deleteTree(baseDir);
            Path provisioned = jbossHome.resolve("standalone");
            copyTree(provisioned.resolve("configuration"), baseDir.resolve("configuration"));
            deleteTree(baseDir.resolve("configuration/standalone_xml_history"));
            if (Files.isDirectory(provisioned.resolve("lib"))) {
                copyTree(provisioned.resolve("lib"), baseDir.resolve("lib"));
            }
            Path config = baseDir.resolve("configuration/standalone.xml");
            Files.writeString(config, Files.readString(config).replaceAll("(?s)\\s*<deployments>.*?</deployments>", ""));
            Files.createDirectories(baseDir.resolve("deployments"));
            Files.copy(war, baseDir.resolve("deployments/mdm-server.war")); // the name the OIDC configuration secures
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + baseDir, e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path copy = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }

    private static void awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("process " + process.pid() + " still alive after " + timeout.toSeconds() + " s", e);
        }
    }

    private void killQuietly() {
        if (java != null) {
            java.destroyForcibly();
        }
    }

    /** The end of the server's console, for failure messages. */
    private String before() {
        try {
            List<String> lines = Files.readAllLines(log);
            return "; last lines of " + log + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "; no log at " + log;
        }
    }
}
