package org.mdmhub.mdm.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.mdmhub.mdm.publication.odoo.OdooDouble;

/**
 * The inbound figures of issue 12, in one run against a running stack:
 * <ol>
 *   <li>one NDJSON batch of {@code records} new items from the PLM account (validated, versioned, one change
 *       request, submitted), timed from the request until its status resource says done, as a throughput ratio to
 *       a raw JDBC batch insert of the same rows into a copy of table {@code item} in the same database, measured
 *       before and after the batch; the server's CPU time and its heap (JFR's {@code jdk.GCHeapSummary}: the most
 *       used, and the most used after a GC) over the batch;</li>
 *   <li>the approval of that change request (every open task approved through the API, which releases all its
 *       records), then the dispatch of the releases to an Odoo double started here: time of each, and server CPU
 *       per record;</li>
 *   <li>a CSV import of {@code csv-rows} items by a steward, timed until done: rows per second.</li>
 * </ol>
 * Item numbers carry the run id, so runs against one database never collide. The run leaves its items in the
 * database (history is append-only); the Odoo subscription it creates is left inactive.
 */
public final class InboundBatchBenchmark {
    private static final BenchArgs ARGS = new BenchArgs("InboundBatchBenchmark", "1,000 records, 500 CSV rows")
            .setting("api", "http://127.0.0.1:8080/api/v1", "the hub's API")
            .setting("keycloak", "http://localhost:8180", "Keycloak (realm mdm)")
            .setting("jdbc-url", "jdbc:postgresql://127.0.0.1:5432/mdm", "the hub's database, for the baseline and counts")
            .setting("db-user", "mdm_owner", "a role that may create the baseline's scratch table")
            .setting("db-password", "mdm_owner", "its password")
            .setting("records", "100000", "items in the batch")
            .setting("csv-rows", "10000", "rows of the CSV import (0: skip)")
            .setting("release", "true", "approve the change request and dispatch it to an Odoo double")
            .setting("server-pid", "0", "pid of the server's JVM: its CPU time, and JFR for its heap")
            .setting("output", "target/inbound-bench.md", "markdown fragment with the figures")
            .quick("records", "1000").quick("csv-rows", "500");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final int JDBC_BATCH = 1000;

    private final BenchArgs.Values settings;
    private final String api;
    private final long serverPid;
    private final List<String> lines = new ArrayList<>();

    private InboundBatchBenchmark(BenchArgs.Values settings) {
        this.settings = settings;
        this.api = settings.url("api");
        this.serverPid = settings.count("server-pid", 0);
    }

    public static void main(String[] args) throws Exception {
        if (Arrays.asList(args).contains("--help")) {
            System.out.println(ARGS.usage());
            return;
        }
        new InboundBatchBenchmark(ARGS.parse(args)).run();
    }

    private void run() throws Exception {
        int records = settings.count("records", 1);
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
        MachineInfo machine = MachineInfo.detect();
        report("Run " + run + " at " + Instant.now() + ": " + machine.cores() + " cores, " + machine.cpuModel() + ", "
                + machine.java() + "; load before " + SystemLoad.now().loadAverage1m());

        Path ndjson = Files.createTempFile("inbound-bench-", ".ndjson");
        Path csv = Files.createTempFile("inbound-bench-", ".csv");
        try {
            writeBatch(ndjson, run, records);
            double baseline1 = jdbcInsertSeconds(run + "J1", records);
            report(String.format(Locale.ROOT, "JDBC batch insert of %,d rows (batches of %d, a commit each): %.2f s = %,.0f rows/s",
                    records, JDBC_BATCH, baseline1, records / baseline1));

            Jfr jfr = Jfr.start(serverPid);
            long cpuBefore = SystemLoad.processCpuMillis(serverPid);
            Instant sent = Instant.now();
            JsonNode done = sendAndAwait(ndjson, "application/x-ndjson", plmToken(), api + "/inbound/batches");
            double hubSeconds = seconds(sent, Instant.now());
            long cpu = SystemLoad.processCpuMillis(serverPid) - cpuBefore;
            String heap = jfr.stopAndDescribeHeap();

            double baseline2 = jdbcInsertSeconds(run + "J2", records);
            report(String.format(Locale.ROOT, "JDBC batch insert again, after the batch: %.2f s = %,.0f rows/s",
                    baseline2, records / baseline2));
            double baseline = (baseline1 + baseline2) / 2;
            report(String.format(Locale.ROOT, "Hub: batch of %,d items (%,d bytes NDJSON) sent → done in %.2f s = %,.0f"
                            + " records/s (created %d, rejected %d); server CPU %s; heap %s", records, Files.size(ndjson),
                    hubSeconds, records / hubSeconds, done.get("created").asInt(), done.get("rejected").asInt(),
                    cpuPerRecord(cpu, records), heap));
            report(String.format(Locale.ROOT, "**Ratio hub ÷ JDBC (throughput): %.3f** (target ≥ 0.2; baseline the mean of"
                    + " the two JDBC runs, %.2f s)", baseline / hubSeconds, baseline));

            if (Boolean.parseBoolean(settings.text("release"))) {
                release(done, records);
            }
            int rows = settings.count("csv-rows", 0);
            if (rows > 0) {
                writeCsv(csv, run, rows);
                Instant csvSent = Instant.now();
                JsonNode imported = sendAndAwait(csv, "text/csv", password("steward"),
                        api + "/inbound/csv/items?batchKey=bench-csv-" + run);
                double csvSeconds = seconds(csvSent, Instant.now());
                report(String.format(Locale.ROOT, "CSV import of %,d item rows (%,d bytes) by a steward: %.2f s = %,.0f rows/s"
                        + " (created %d, rejected %d)", rows, Files.size(csv), csvSeconds, rows / csvSeconds,
                        imported.get("created").asInt(), imported.get("rejected").asInt()));
            }
        } finally {
            Files.deleteIfExists(ndjson);
            Files.deleteIfExists(csv);
        }
        Path output = settings.output("output");
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, String.join("\n", lines.stream().map(l -> "- " + l).toList()) + "\n");
        System.out.println("bench: markdown fragment written to " + output.toAbsolutePath());
    }

    /** Approves the batch's change request (each open task by an approver of its group), then awaits the dispatch. */
    private void release(JsonNode batch, int records) throws Exception {
        String changeRequest = batch.get("changeRequest").asText();
        String admin = password("admin");
        try (OdooDouble odoo = OdooDouble.start()) {
            JsonNode subscription = call("POST", "/subscriptions", admin, "{\"name\":\"bench-inbound-" + System.nanoTime()
                    + "\",\"targetType\":\"odoo\",\"domains\":[\"item\"],\"config\":{\"url\":\"" + odoo.url()
                    + "\",\"database\":\"" + OdooDouble.DATABASE + "\",\"login\":\"" + OdooDouble.LOGIN
                    + "\",\"batchSize\":\"200\"},\"secret\":\"" + OdooDouble.PASSWORD + "\"}");
            String subscriptionId = subscription.get("id").asText();
            long cpuBefore = SystemLoad.processCpuMillis(serverPid);
            Instant approving = Instant.now();
            List<String> approvals = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                JsonNode tasks = call("GET", "/change-requests/" + changeRequest, password("engineer"), null).get("openTasks");
                if (tasks == null || tasks.isEmpty()) {
                    break;
                }
                for (JsonNode task : tasks) {
                    Instant one = Instant.now();
                    call("POST", "/tasks/" + task.get("id").asText() + "/approve",
                            password(approver(task.get("group").asText())), "{}");
                    approvals.add(String.format(Locale.ROOT, "%s %.2f s", task.get("group").asText(), seconds(one, Instant.now())));
                }
            }
            double approveSeconds = seconds(approving, Instant.now());
            long approveCpu = SystemLoad.processCpuMillis(serverPid) - cpuBefore;
            long released = scalar("select count(*) from item i join change_entry e on e.record_id = i.id"
                    + " where e.change_request_id = '" + UUID.fromString(changeRequest) + "' and i.state = 'RELEASED'");
            report(String.format(Locale.ROOT, "Approval and release of the change request (%,d records): %.2f s (%s);"
                            + " %,d records released; server CPU %s", records, approveSeconds, String.join(", ", approvals),
                    released, cpuPerRecord(approveCpu, records)));

            long dispatchCpuBefore = SystemLoad.processCpuMillis(serverPid);
            Instant dispatching = Instant.now();
            String delivered = "select count(*) from delivery where subscription_id = '" + UUID.fromString(subscriptionId)
                    + "' and status = 'DELIVERED'";
            Instant deadline = Instant.now().plus(Duration.ofMinutes(60));
            while (scalar(delivered) < released && Instant.now().isBefore(deadline)) {
                Thread.sleep(1000); // a benchmark's poll interval, not a test's wait
            }
            double dispatchSeconds = seconds(dispatching, Instant.now());
            long dispatchCpu = SystemLoad.processCpuMillis(serverPid) - dispatchCpuBefore;
            report(String.format(Locale.ROOT, "Dispatch of the releases to the Odoo double: %,d delivered in %.2f s after the"
                            + " approval = %,.0f records/s (%d load calls; %,d products in the double); server CPU %s",
                    scalar(delivered), dispatchSeconds, scalar(delivered) / dispatchSeconds, odoo.calls("load"),
                    odoo.count("product.template"), cpuPerRecord(dispatchCpu, records)));
            deactivate(subscriptionId, admin);
        }
    }

    /** Sets the run's Odoo subscription inactive (read, then written back whole with {@code active: false}). */
    private void deactivate(String id, String admin) throws Exception {
        HttpResponse<String> current = HTTP.send(HttpRequest.newBuilder(URI.create(api + "/subscriptions/" + id))
                .header("Authorization", "Bearer " + admin).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode view = JSON.readTree(current.body());
        HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(api + "/subscriptions/" + id))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .header("If-Match", current.headers().firstValue("ETag").orElseThrow())
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + view.get("name").asText()
                        + "\",\"targetType\":\"odoo\",\"domains\":[\"item\"],\"config\":" + view.get("config")
                        + ",\"active\":false}")).build(), HttpResponse.BodyHandlers.ofString());
        if (put.statusCode() != 200) {
            System.out.println("bench: subscription " + id + " could not be deactivated: " + put.statusCode() + " " + put.body());
        }
    }

    private static String approver(String group) {
        return switch (group) {
            case "mdm-approver-quality" -> "quality";
            case "mdm-approver-procurement" -> "buyer";
            default -> "engineer";
        };
    }

    /** Sends a file, then follows the batch's status resource until it is done; returns its last view. */
    private JsonNode sendAndAwait(Path file, String type, String token, String url) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Content-Type", type)
                .timeout(Duration.ofMinutes(30)).POST(HttpRequest.BodyPublishers.ofFile(file)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200 && answer.statusCode() != 202) {
            throw new IllegalStateException("POST " + url + " -> " + answer.statusCode() + " " + answer.body());
        }
        JsonNode view = JSON.readTree(answer.body());
        String status = api + "/inbound/batches/" + view.get("id").asText();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(90));
        while (!"done".equals(view.get("status").asText())) {
            if ("failed".equals(view.get("status").asText()) || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the batch did not finish: " + view);
            }
            Thread.sleep(500); // the poll interval
            view = call("GET", status.substring(api.length()), token, null);
        }
        return view;
    }

    private static void writeBatch(Path file, String run, int records) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"sourceSystem\":\"PLM\",\"batchKey\":\"bench-" + run + "\",\"title\":\"Inbound benchmark " + run
                    + "\",\"submit\":true}\n");
            for (int i = 0; i < records; i++) {
                String number = "IBB-" + run + "-" + i;
                out.write("{\"item\":{\"itemNumber\":\"" + number + "\",\"revision\":\"A\",\"name\":\"Bench part " + i
                        + "\",\"type\":\"component\",\"baseUnit\":\"C62\",\"source\":{\"key\":\"P-" + number + "\"}}}\n");
            }
        }
    }

    private static void writeCsv(Path file, String run, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("itemNumber,revision,name,type,baseUnit,source.key\r\n");
            for (int i = 0; i < rows; i++) {
                String number = "IBC-" + run + "-" + i;
                out.write(number + ",A,Bench CSV part " + i + ",component,C62,C-" + number + "\r\n");
            }
        }
    }

    /**
     * The same rows as the batch's items, inserted into a scratch copy of {@code item} (same columns, constraints and
     * indexes) with batched statements, one commit per batch: the cheapest durable write of the same data.
     */
    private double jdbcInsertSeconds(String run, int records) throws SQLException {
        try (Connection c = DriverManager.getConnection(settings.text("jdbc-url"), settings.text("db-user"),
                settings.text("db-password"))) {
            try (Statement ddl = c.createStatement()) {
                ddl.execute("drop table if exists bench_inbound_baseline");
                ddl.execute("create table bench_inbound_baseline (like item including all)");
            }
            c.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement insert = c.prepareStatement("insert into bench_inbound_baseline (id, item_number,"
                    + " revision, name, item_type, base_unit, source_system, source_key, state, version, lock_version,"
                    + " created_at, updated_at) values (?, ?, 'A', ?, 'COMPONENT', 'C62', 'PLM', ?, 'DRAFT', 1, 0, ?, ?)")) {
                for (int i = 0; i < records; i++) {
                    String number = "IBB-" + run + "-" + i;
                    Timestamp now = Timestamp.from(Instant.now());
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, number);
                    insert.setString(3, "Bench part " + i);
                    insert.setString(4, "P-" + number);
                    insert.setTimestamp(5, now);
                    insert.setTimestamp(6, now);
                    insert.addBatch();
                    if ((i + 1) % JDBC_BATCH == 0 || i == records - 1) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            c.setAutoCommit(true);
            try (Statement ddl = c.createStatement()) {
                ddl.execute("drop table bench_inbound_baseline");
            }
            return seconds;
        }
    }

    private long scalar(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(settings.text("jdbc-url"), settings.text("db-user"),
                settings.text("db-password")); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private JsonNode call(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(60));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private String plmToken() throws Exception {
        return token("grant_type=client_credentials&client_id=plm-publisher&client_secret=plm-publisher-demo-secret");
    }

    private String password(String user) throws Exception {
        return token("grant_type=password&client_id=mdm-cli&username=" + user + "&password="
                + URLEncoder.encode(user, StandardCharsets.UTF_8));
    }

    private String token(String form) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(settings.url("keycloak")
                        + "/realms/mdm/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode token = JSON.readTree(response.body()).get("access_token");
        if (token == null) {
            throw new IllegalStateException("Keycloak refused a token: " + response.statusCode() + " " + response.body());
        }
        return token.asText();
    }

    private String cpuPerRecord(long cpuMillis, int records) {
        return serverPid <= 0 || cpuMillis < 0 ? "not measured (--server-pid)"
                : String.format(Locale.ROOT, "%.1f s = %.2f ms per record", cpuMillis / 1000.0, (double) cpuMillis / records);
    }

    private void report(String line) {
        System.out.println("bench: " + line);
        lines.add(line);
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }

    /** A JFR recording on the server's JVM (jcmd), read back for its heap summaries. */
    private record Jfr(long pid, Path file) {
        static Jfr start(long pid) throws IOException, InterruptedException {
            Path file = Files.createTempFile("inbound-bench-", ".jfr");
            if (pid > 0) {
                jcmd(pid, "JFR.start", "name=inbound-bench", "settings=default", "filename=" + file);
            }
            return new Jfr(pid, file);
        }

        String stopAndDescribeHeap() throws IOException, InterruptedException {
            if (pid <= 0) {
                return "not measured (--server-pid)";
            }
            jcmd(pid, "JFR.stop", "name=inbound-bench");
            long most = 0;
            long mostAfterGc = 0;
            long committed = 0;
            int summaries = 0;
            for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
                if (event.getEventType().getName().equals("jdk.GCHeapSummary")) {
                    summaries++;
                    long used = event.getLong("heapUsed");
                    most = Math.max(most, used);
                    if ("After GC".equals(event.getString("when"))) {
                        mostAfterGc = Math.max(mostAfterGc, used);
                    }
                    committed = Math.max(committed, event.getValue("heapSpace.committedSize") instanceof Number n ? n.longValue() : 0);
                }
            }
            Files.deleteIfExists(file);
            return String.format(Locale.ROOT, "most used %.0f MiB, most used after a GC %.0f MiB, committed at most %.0f MiB"
                    + " (JFR, %d heap summaries)", most / 1048576.0, mostAfterGc / 1048576.0, committed / 1048576.0, summaries);
        }

        private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
            List<String> line = new ArrayList<>(List.of("jcmd", Long.toString(pid)));
            line.addAll(List.of(command));
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", line) + " failed: " + out);
            }
        }
    }
}
