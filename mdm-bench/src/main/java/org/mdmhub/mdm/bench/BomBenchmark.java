package org.mdmhub.mdm.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The three BOM figures of the issue "all four domains", through the HTTP API of a running stack:
 * <ol>
 *   <li>saving a BOM — and so its cycle check — in a structure of 10,000 BOMs, 12 levels deep (target p99 ≤ 20 ms);</li>
 *   <li>the diff of two versions of a BOM with 500 lines (target p99 ≤ 50 ms);</li>
 *   <li>history and as-of reads of a BOM with 1,000 versions (target p99 ≤ 50 ms).</li>
 * </ol>
 * Each figure is the latency of one request at a time (one client, closed loop, after a warm-up), from sending
 * the request to the last byte of the answer: these are single-operation costs, not load. The structure for (1)
 * is written straight into the tables ({@link BomStructureSeed}); the BOMs for (2) and (3) are built through
 * the API. Besides the HTTP figures, (1) also times the cycle-check query alone over JDBC, to show its share.
 * <p>
 * Settings as for {@code ItemApiBenchmark} ({@code --base-url}, {@code --keycloak-url}, {@code --jdbc-url}, …),
 * plus system properties {@code bom.families} (10), {@code bom.perFamily} (1000), {@code bom.depth} (12),
 * {@code bom.samples} (500), {@code bom.warmup} (100), {@code bom.versions} (1000), {@code bom.diffLines} (500).
 */
public final class BomBenchmark {
    static final double SAVE_P99_TARGET_MS = 20;
    static final double DIFF_P99_TARGET_MS = 50;
    static final double HISTORY_P99_TARGET_MS = 50;

    /** The statements of {@code BomGraphSql} (package-private there): the walk up, and the walk down. */
    private static final String ANCESTORS = """
            with recursive up(item_number) as (
                select ?::varchar
              union
                select b.parent_item_number from up u
                join bom_line l on l.component_item_number = u.item_number
                join bom b on b.id = l.bom_id and b.state <> 'OBSOLETE' and b.id is distinct from ?::uuid
            )
            select count(*), count(*) filter (where item_number = any(?::varchar[])) from (select item_number from up limit 1001) w""";

    private static final String REACHES_PARENT = """
            with recursive reach(item_number) as (
                select unnest(?::varchar[])
              union
                select l.component_item_number from reach r
                join bom b on b.parent_item_number = r.item_number and b.state <> 'OBSOLETE' and b.id is distinct from ?::uuid
                join bom_line l on l.bom_id = b.id
            )
            select 1 from reach where item_number = ? limit 1""";

    private final BenchConfig config;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final KeycloakTokens tokens;
    private final SplittableRandom random = new SplittableRandom(11);
    private final int samples = Integer.getInteger("bom.samples", 500);
    private final int warmup = Integer.getInteger("bom.warmup", 100);
    private final Map<String, Figure> figures = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Editable> editables = new HashMap<>();
    private String token;

    /** One measured operation: its latencies, how many answered with the expected status, the target if any. */
    record Figure(String name, LatencyStats latency, int unexpected, String firstUnexpected, Double targetMs, String load) {
        String verdict() {
            if (targetMs == null) {
                return "";
            }
            return unexpected == 0 && LatencyStats.millis(latency.p99()) <= targetMs ? "met" : "**not met**";
        }
    }

    private BomBenchmark(BenchConfig config) {
        this.config = config;
        this.tokens = new KeycloakTokens(config, json);
    }

    public static void main(String[] args) throws Exception {
        if (Arrays.asList(args).contains("--help")) {
            System.out.println("""
                    usage: BomBenchmark [--base-url=…] [--keycloak-url=…] [--user=…] [--password=…] [--jdbc-url=…]
                                        [--db-user=…] [--db-password=…]   (as for ItemApiBenchmark; its other settings are ignored)
                    sizes as system properties: -Dbom.samples=500 -Dbom.warmup=100 -Dbom.families=10 -Dbom.perFamily=1000
                      -Dbom.depth=12 -Dbom.versions=1000 -Dbom.diffLines=500 -Dbom.output=target/bom-bench-result.md""");
            return;
        }
        new BomBenchmark(BenchConfig.parse(args)).run();
    }

    private void run() throws Exception {
        Instant started = Instant.now();
        String run = Long.toString(started.toEpochMilli(), 36).toUpperCase(Locale.ROOT);
        MachineInfo machine = MachineInfo.detect();
        String database = new JdbcBaseline(config).describeServer();
        log("run " + run + " against " + config.baseUrl() + " and " + config.jdbcUrl());

        structure(run);
        diff(run);
        history(run);

        String markdown = markdown(started, machine, database);
        System.out.println(markdown);
        Path output = Path.of(System.getProperty("bom.output", "target/bom-bench-result.md")).toAbsolutePath();
        Files.createDirectories(output.getParent());
        Files.writeString(output, markdown);
        log("markdown fragment written to " + output);
    }

    // ---------------------------------------------------------------- (1) saves in a large structure

    private void structure(String run) throws Exception {
        int families = Integer.getInteger("bom.families", 10);
        int perFamily = Integer.getInteger("bom.perFamily", 1000);
        int depth = Integer.getInteger("bom.depth", 12);
        BomStructureSeed seed = new BomStructureSeed(config, run);
        long t0 = System.nanoTime();
        seed.seed(families, perFamily, depth, 2000);
        log(String.format(Locale.ROOT, "seeded %d BOMs (%d lines, %d levels, %d families) and %d items in %.1f s",
                families * perFamily, seed.lines, depth, families, families * perFamily + seed.parts.size(),
                (System.nanoTime() - t0) / 1e9));
        notes.add(String.format(Locale.ROOT, "Structure: %,d BOMs in %d families of %,d, %d BOM levels (level sizes %s), "
                        + "%,d lines; each BOM has its subassemblies of the next level, one more shared one, and %d purchased "
                        + "parts from a pool of %,d. Seeded by SQL, then `vacuum analyze`.", families * perFamily, families,
                perFamily, depth, Arrays.toString(BomStructureSeed.levelSizes(perFamily, depth)), seed.lines,
                BomStructureSeed.PARTS_PER_BOM, seed.parts.size()));
        token = tokens.fresh();

        // the BOMs saved: every family's top (its cycle check walks the whole family) …
        List<Editable> tops = new ArrayList<>();
        List<String> topNumbers = new ArrayList<>();
        for (int f = 0; f < families; f++) {
            topNumbers.add(seed.itemNumber(f, 0, 0));
            tops.add(editable(bomIdOf(seed.itemNumber(f, 0, 0))));
        }
        reachSizes(topNumbers);
        // … and BOMs picked at random on every level
        List<Editable> anywhere = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int f = random.nextInt(families);
            int level = random.nextInt(depth);
            List<String> numbers = seed.families.get(f).get(level);
            anywhere.add(editable(bomIdOf(numbers.get(random.nextInt(numbers.size())))));
        }
        // The server starts cold; the figures are of a warm one, as in service: 2,000 saves (20 × the per-figure
        // warm-up) first, so the JIT has compiled the save path before any save figure is taken.
        token = tokens.fresh();
        for (int i = 0; i < 20 * warmup; i++) {
            save(anywhere.get(i % anywhere.size()));
        }
        figures.put("save-top", measure("PUT /boms/{id} — a family's top BOM (1,000 BOMs, 12 levels below it)", SAVE_P99_TARGET_MS,
                i -> save(tops.get(i % tops.size()))));
        figures.put("save-any", measure("PUT /boms/{id} — BOMs on random levels", SAVE_P99_TARGET_MS,
                i -> save(anywhere.get(i % anywhere.size()))));

        // a save that would close a cycle 12 levels deep: a bottom-level BOM using its family's top item
        List<Editable> bottoms = new ArrayList<>();
        for (int f = 0; f < families; f++) {
            List<String> last = seed.families.get(f).get(depth - 1);
            bottoms.add(editable(bomIdOf(last.get(last.size() - 1))));
        }
        figures.put("save-bottom", measure("PUT /boms/{id} — bottom-level BOMs (their parents' ancestors span all 12 levels)",
                SAVE_P99_TARGET_MS, i -> save(bottoms.get(i % bottoms.size()))));
        figures.put("refuse-cycle", measure("PUT /boms/{id} refused: closes a cycle through " + depth + " BOM levels (400, path named)",
                SAVE_P99_TARGET_MS, i -> closeCycle(bottoms.get(i % bottoms.size()), topNumbers.get(i % bottoms.size()), depth)));

        figures.put("sql-up", walkUpAlone(bottoms));
        figures.put("sql-down", walkDownAlone(tops, topNumbers));
    }

    /** How many item numbers the walk down from a top reaches: what the fallback walk would visit. */
    private void reachSizes(List<String> tops) throws Exception {
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.dbUser(), config.dbPassword());
             PreparedStatement p = c.prepareStatement("""
                     with recursive reach(item_number) as (
                         select ?::varchar
                       union
                         select l.component_item_number from reach r
                         join bom b on b.parent_item_number = r.item_number join bom_line l on l.bom_id = b.id
                     )
                     select count(*), count(*) filter (where exists (select 1 from bom b where b.parent_item_number = reach.item_number))
                     from reach""")) {
            p.setString(1, tops.get(0));
            try (ResultSet r = p.executeQuery()) {
                r.next();
                notes.add(String.format(Locale.ROOT, "Below a top BOM lie %,d item numbers (%,d of them with BOMs): what a walk down "
                        + "from its components visits. Its walk up visits only itself.", r.getLong(1) - 1, r.getLong(2) - 1));
            }
        }
    }

    /** The walk up, alone, over JDBC, from bottom-level BOMs: the largest ancestor cones of this structure. */
    private Figure walkUpAlone(List<Editable> bottoms) throws Exception {
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.dbUser(), config.dbPassword());
             PreparedStatement p = c.prepareStatement(ANCESTORS)) {
            long[] nanos = new long[samples];
            long cone = 0;
            for (int i = -warmup; i < samples; i++) {
                Editable bottom = bottoms.get(Math.floorMod(i, bottoms.size()));
                List<String> components = new ArrayList<>();
                bottom.body.get("lines").forEach(l -> components.add(l.get("component").get("itemNumber").asText()));
                long start = System.nanoTime();
                p.setString(1, bottom.body.get("parent").get("itemNumber").asText());
                p.setString(2, bottom.id);
                p.setArray(3, c.createArrayOf("varchar", components.toArray()));
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    cone = Math.max(cone, r.getLong(1));
                    if (r.getLong(2) > 0) {
                        throw new IllegalStateException("the seeded structure has a cycle");
                    }
                }
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - start;
                }
            }
            notes.add(String.format(Locale.ROOT, "Above the bottom-level BOMs measured lie up to %,d item numbers: what their walk up visits.",
                    cone - 1));
            return new Figure("cycle check alone (JDBC): walk up from a bottom-level BOM — what most saves run",
                    LatencyStats.of(nanos), 0, null, null, loadAverage());
        }
    }

    /** The walk down, alone, over JDBC, from the top BOMs' components: the fallback's worst case here. */
    private Figure walkDownAlone(List<Editable> tops, List<String> topNumbers) throws Exception {
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.dbUser(), config.dbPassword());
             PreparedStatement p = c.prepareStatement(REACHES_PARENT)) {
            long[] nanos = new long[samples];
            for (int i = -warmup; i < samples; i++) {
                Editable top = tops.get(Math.floorMod(i, tops.size()));
                List<String> components = new ArrayList<>();
                top.body.get("lines").forEach(l -> components.add(l.get("component").get("itemNumber").asText()));
                long start = System.nanoTime();
                p.setArray(1, c.createArrayOf("varchar", components.toArray()));
                p.setString(2, top.id);
                p.setString(3, topNumbers.get(Math.floorMod(i, tops.size())));
                try (ResultSet r = p.executeQuery()) {
                    if (r.next()) {
                        throw new IllegalStateException("the seeded structure has a cycle");
                    }
                }
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - start;
                }
            }
            return new Figure("cycle check alone (JDBC): walk down from a top BOM's components through its whole family — "
                    + "the fallback for parents with over 1,000 ancestors, at its largest here",
                    LatencyStats.of(nanos), 0, null, null, loadAverage());
        }
    }

    // ---------------------------------------------------------------- (2) diff of a 500-line BOM

    private void diff(String run) throws Exception {
        int lines = Integer.getInteger("bom.diffLines", 500);
        token = tokens.fresh();
        String parent = "BD-" + run;
        createItem(parent);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < lines + 5; i++) {
            parts.add("BP-" + run + "-" + i); // purchased parts of the seeded structure
        }
        ObjectNode body = bomBody(parent, parts.subList(0, lines));
        HttpResponse<String> created = send("POST", "/api/v1/boms", body);
        expect(201, created);
        Editable bom = new Editable(json.readTree(created.body()).get("id").asText(), created.headers().firstValue("ETag").orElseThrow(),
                request(json.readTree(created.body())));
        // version 2: ten quantities change; version 3: ten more, and five lines added
        bumpQuantities(bom.body, 0, 10);
        expect(200, saveBody(bom));
        bumpQuantities(bom.body, 100, 10);
        ArrayNode bodyLines = (ArrayNode) bom.body.get("lines");
        for (int i = 0; i < 5; i++) {
            bodyLines.add(line(100_000 + i * 10, parts.get(lines + i), 2));
        }
        expect(200, saveBody(bom));
        String path = "/api/v1/boms/" + bom.id + "/diff?from=1&to=3";
        HttpResponse<String> sample = send("GET", path, null);
        expect(200, sample);
        int changes = json.readTree(sample.body()).get("changes").size();
        notes.add(String.format(Locale.ROOT, "Diff: a BOM of %d lines, version 1 against 3 (%d changes: 20 quantities, 5 added lines); "
                + "answer %,d bytes.", lines, changes, sample.body().length()));
        figures.put("diff", measure("GET /boms/{id}/diff?from=1&to=3 — " + lines + " lines", DIFF_P99_TARGET_MS,
                i -> status(send("GET", path, null), 200)));
    }

    // ---------------------------------------------------------------- (3) history and as-of, 1,000 versions

    private void history(String run) throws Exception {
        int versions = Integer.getInteger("bom.versions", 1000);
        token = tokens.fresh();
        String parent = "BH-" + run;
        createItem(parent);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            parts.add("BP-" + run + "-" + (1000 + i));
        }
        HttpResponse<String> created = send("POST", "/api/v1/boms", bomBody(parent, parts));
        expect(201, created);
        Editable bom = new Editable(json.readTree(created.body()).get("id").asText(), created.headers().firstValue("ETag").orElseThrow(),
                request(json.readTree(created.body())));
        List<Instant> moments = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int v = 2; v <= versions; v++) {
            if (v % 200 == 0) {
                token = tokens.fresh();
            }
            bumpQuantities(bom.body, v % 20, 1);
            expect(200, saveBody(bom));
            moments.add(Instant.now());
        }
        log(String.format(Locale.ROOT, "built %d versions through the API in %.1f s", versions, (System.nanoTime() - t0) / 1e9));
        token = tokens.fresh();
        String path = "/api/v1/boms/" + bom.id;
        HttpResponse<String> sample = send("GET", path + "/history", null);
        expect(200, sample);
        notes.add(String.format(Locale.ROOT, "History: a BOM of 20 lines with %d versions (each save changed one line's quantity); "
                + "the history answer lists all %d entries with their changed fields, %,d bytes.",
                versions, json.readTree(sample.body()).size(), sample.body().length()));
        figures.put("history", measure("GET /boms/{id}/history — " + versions + " versions", HISTORY_P99_TARGET_MS,
                i -> status(send("GET", path + "/history", null), 200)));
        figures.put("asof", measure("GET /boms/{id}?asOf=… — a random instant among " + versions + " versions", HISTORY_P99_TARGET_MS,
                i -> status(send("GET", path + "?asOf=" + moments.get(random.nextInt(moments.size())), null), 200)));
        figures.put("version", measure("GET /boms/{id}/history/{n} — a random version of " + versions, HISTORY_P99_TARGET_MS,
                i -> status(send("GET", path + "/history/" + (1 + random.nextInt(versions)), null), 200)));
    }

    // ---------------------------------------------------------------- requests

    /** A BOM being edited: its id, current ETag, and the request body of its current state. */
    private static final class Editable {
        final String id;
        String etag;
        final ObjectNode body;

        Editable(String id, String etag, ObjectNode body) {
            this.id = id;
            this.etag = etag;
            this.body = body;
        }
    }

    /** The BOM with this id, read once: every list that saves it shares one ETag. */
    private Editable editable(String id) throws Exception {
        Editable known = editables.get(id);
        if (known != null) {
            return known;
        }
        HttpResponse<String> read = send("GET", "/api/v1/boms/" + id, null);
        expect(200, read);
        Editable bom = new Editable(id, read.headers().firstValue("ETag").orElseThrow(), request(json.readTree(read.body())));
        editables.put(id, bom);
        return bom;
    }

    /** A BOM as returned, made into a request: the server's bookkeeping members left out, line ids kept. */
    private static ObjectNode request(JsonNode view) {
        ObjectNode body = view.deepCopy();
        body.remove(List.of("id", "predecessorId", "state", "version", "createdAt", "updatedAt"));
        return body;
    }

    private int save(Editable bom) throws Exception {
        bumpQuantities(bom.body, 0, 1);
        return status(saveBody(bom), 200);
    }

    private HttpResponse<String> saveBody(Editable bom) throws Exception {
        HttpResponse<String> response = send("PUT", "/api/v1/boms/" + bom.id, bom.body, bom.etag);
        response.headers().firstValue("ETag").ifPresent(tag -> bom.etag = tag);
        return response;
    }

    private int closeCycle(Editable bottom, String top, int depth) throws Exception {
        ObjectNode body = bottom.body.deepCopy();
        ((ArrayNode) body.get("lines")).add(line(999_990, top, 1));
        HttpResponse<String> response = send("PUT", "/api/v1/boms/" + bottom.id, body, bottom.etag);
        if (response.statusCode() == 400) {
            String message = json.readTree(response.body()).get("errors").get(0).get("message").asText();
            if (!message.contains(" → " + top + " → ") || message.split(" → ").length != depth + 1) {
                return -1;
            }
        }
        return status(response, 400);
    }

    private static void bumpQuantities(ObjectNode body, int from, int count) {
        ArrayNode lines = (ArrayNode) body.get("lines");
        for (int i = from; i < from + count && i < lines.size(); i++) {
            ObjectNode line = (ObjectNode) lines.get(i);
            line.put("quantity", line.get("quantity").asInt() % 9 + 1);
        }
    }

    private ObjectNode bomBody(String parent, List<String> components) {
        ObjectNode body = json.createObjectNode();
        body.putObject("parent").put("itemNumber", parent).put("revision", "A");
        body.put("bomRevision", "A");
        body.putObject("producedQuantity").put("value", 1).put("unit", "C62");
        body.put("type", "manufacture");
        ArrayNode lines = body.putArray("lines");
        for (int i = 0; i < components.size(); i++) {
            lines.add(line(10 * (i + 1), components.get(i), 1 + i % 4));
        }
        return body;
    }

    private ObjectNode line(int position, String component, int quantity) {
        ObjectNode line = json.createObjectNode();
        line.put("position", position);
        line.putObject("component").put("itemNumber", component);
        line.put("quantity", quantity);
        line.put("unit", "C62");
        return line;
    }

    private void createItem(String number) throws Exception {
        ObjectNode item = json.createObjectNode().put("itemNumber", number).put("revision", "A").put("name", "Bench " + number)
                .put("type", "finished").put("baseUnit", "C62");
        expect(201, send("POST", "/api/v1/items", item));
    }

    private String bomIdOf(String parentNumber) throws Exception {
        HttpResponse<String> page = send("GET", "/api/v1/boms?parentNumber=" + parentNumber + "&size=1", null);
        expect(200, page);
        return json.readTree(page.body()).get("boms").get(0).get("id").asText();
    }

    private HttpResponse<String> send(String method, String path, JsonNode body) throws Exception {
        return send(method, path, body, null);
    }

    private HttpResponse<String> send(String method, String path, JsonNode body, String ifMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.baseUrl() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int status(HttpResponse<String> response, int expected) {
        return response.statusCode() == expected ? expected : -response.statusCode();
    }

    private static void expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ": " + response.body().substring(0, Math.min(500, response.body().length())));
        }
    }

    @FunctionalInterface
    private interface Call {
        /** Performs call number {@code i}; returns a positive status when it answered as expected. */
        int perform(int i) throws Exception;
    }

    private Figure measure(String name, Double targetMs, Call call) throws Exception {
        token = tokens.fresh();
        for (int i = 0; i < warmup; i++) {
            call.perform(i);
        }
        long[] nanos = new long[samples];
        int unexpected = 0;
        String first = null;
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            int status = call.perform(warmup + i);
            nanos[i] = System.nanoTime() - start;
            if (status <= 0) {
                unexpected++;
                first = first == null ? "status " + (-status) + " at sample " + i : first;
            }
        }
        Figure figure = new Figure(name, LatencyStats.of(nanos), unexpected, first, targetMs, loadAverage());
        log(String.format(Locale.ROOT, "%s: p50 %.2f, p90 %.2f, p99 %.2f, max %.2f ms (%d samples, %d unexpected; load %s)",
                name, LatencyStats.millis(figure.latency().p50()), LatencyStats.millis(figure.latency().p90()),
                LatencyStats.millis(figure.latency().p99()), LatencyStats.millis(figure.latency().max()), samples, unexpected,
                figure.load()));
        return figure;
    }

    // ---------------------------------------------------------------- report

    private String markdown(Instant started, MachineInfo machine, String database) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Run of %s on a freshly started server: %,d saves to warm it up, then per figure %d "
                        + "warm-up calls and %d recorded ones, one request at a time.%n%n",
                started.toString().substring(0, 16).replace('T', ' ') + " UTC", 20 * warmup, warmup, samples));
        md.append("| Figure | p50 / p90 / p99 / max | Target | Result | Load after¹ |\n|---|---|---|---|---|\n");
        for (Figure f : figures.values()) {
            md.append(String.format(Locale.ROOT, "| %s | %.2f / %.2f / %.2f / %.2f ms | %s | %s | %s |%n", f.name(),
                    LatencyStats.millis(f.latency().p50()), LatencyStats.millis(f.latency().p90()),
                    LatencyStats.millis(f.latency().p99()), LatencyStats.millis(f.latency().max()),
                    f.targetMs() == null ? "" : "p99 ≤ " + Math.round(f.targetMs()) + " ms",
                    f.verdict() + (f.unexpected() == 0 ? "" : " (" + f.unexpected() + " unexpected answers; first: " + f.firstUnexpected() + ")"),
                    f.load()));
        }
        md.append("\n¹ 1-minute load average of the machine when the figure was done (2 cores: above 2, processes waited for a core).\n\n");
        notes.forEach(n -> md.append("- ").append(n).append('\n'));
        md.append(String.format(Locale.ROOT, "- Machine: %d cores (%s), %s, %s, Java %s; %s.%n", machine.cores(), machine.cpuModel(),
                machine.memory(), machine.os(), machine.java(), database));
        return md.toString();
    }

    /** The machine's 1-minute load average, to tell a quiet figure from one taken beside other work. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static void log(String message) {
        System.out.println("bom-bench: " + message);
    }
}
