package org.mdmhub.mdm.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mdmhub.mdm.platform.rest.FuzzCases.Case;
import org.mdmhub.mdm.security.RoleMatrix;
import org.mdmhub.mdm.testsupport.Api;
import org.mdmhub.mdm.testsupport.GoldenTables;
import org.mdmhub.mdm.testsupport.Keycloak;
import org.mdmhub.mdm.testsupport.MdmDeployment;
import org.mdmhub.mdm.testsupport.OpenApiOperations;
import org.mdmhub.mdm.testsupport.OpenApiOperations.Operation;

/**
 * Bounded fuzzing of the whole API through the real server: requests generated from the served OpenAPI document and
 * the JSON Schemas of schemas/v1 ({@link FuzzCases}), sent with a token of a role allowed to call the operation (so
 * they reach validation, not the security check). Every answer must be below 500; every 4xx must be
 * application/problem+json; and a refused request must leave every golden, reference, lifecycle and audit table as
 * it was (row count and checksum, {@link GoldenTables}). Fixed seed and a fixed number of requests per operation;
 * {@code -Dfuzz.perOperation} and {@code -Dfuzz.seed} change them for a longer local run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiFuzzIT {
    private static final long SEED = Long.getLong("fuzz.seed", 10L);
    private static final int PER_OPERATION = Integer.getInteger("fuzz.perOperation", 30);
    private static final Duration BUDGET = Duration.ofSeconds(Long.getLong("fuzz.budgetSeconds", 150));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Path SCHEMAS = Path.of(System.getProperty("repo.root", "..")).resolve("schemas/v1");
    /** Callers tried in this order; the first the role matrix allows calls the operation. */
    private static final List<String> CALLERS = List.of("steward", "admin", "quality", "viewer", "subscriber", "plm-publisher");
    private static final Map<String, String> USERS = Map.of("steward", "steward", "admin", "admin",
            "quality", "quality", "viewer", "viewer");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MdmDeployment.war();
    }

    @ArquillianResource
    URL base;

    private final AtomicLong unique = new AtomicLong(System.currentTimeMillis() % 100_000_000L * 1000);
    private final Map<String, String> placeholders = new HashMap<>();

    @Test
    void noRequestGetsA5xxAndNoRefusedRequestChangesTheDatabase() throws Exception {
        Api api = new Api(base);
        RoleMatrix matrix = RoleMatrix.load("/security/role-matrix.txt");
        JsonNode seeds = resource("/fuzz/seeds.json");
        List<Operation> operations = OpenApiOperations.served(api);

        Set<String> withoutSeed = new LinkedHashSet<>();
        for (Operation o : operations) {
            if (o.jsonBody() && !seeds.has(o.key())) {
                withoutSeed.add(o.key());
            }
        }
        assertTrue(withoutSeed.isEmpty(), "operations with a request body but no seed in fuzz/seeds.json: " + withoutSeed);

        Map<String, String> pathValues = createTheRecordsTheCasesPointAt(api);
        List<Case> cases = new ArrayList<>();
        for (Operation o : operations) {
            JsonNode seed = seeds.path(o.key()).path("body");
            JsonNode schema = seed.isMissingNode() ? null : JSON.readTree(SCHEMAS.resolve(seeds.get(o.key()).get("schema").asText()).toFile());
            Map<String, String> values = new HashMap<>(pathValues);
            values.put("id", idFor(o.path(), pathValues));
            cases.addAll(FuzzCases.sample(FuzzCases.of(o, seed.isMissingNode() ? null : seed, schema, values),
                    PER_OPERATION, SEED ^ o.key().hashCode()));
        }

        Map<String, String> tokens = new HashMap<>();
        Map<String, String> callerOf = new HashMap<>();
        for (Operation o : operations) {
            String caller = CALLERS.stream().filter(c -> matrix.allows(o.key(), c)).findFirst()
                    .orElseThrow(() -> new AssertionError("no fuzz caller may call " + o.key()));
            callerOf.put(o.key(), caller);
            tokens.computeIfAbsent(caller, c -> USERS.containsKey(c) ? Keycloak.token(USERS.get(c))
                    : c.equals("plm-publisher") ? Keycloak.serviceToken("plm-publisher", "plm-publisher-demo-secret")
                    : Keycloak.serviceToken("demo-subscriber", "demo-subscriber-demo-secret"));
        }

        List<String> failures = new ArrayList<>();
        Map<String, Integer> distinct = new LinkedHashMap<>();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        Instant deadline = Instant.now().plus(BUDGET);
        int sent = 0;
        try (GoldenTables tables = GoldenTables.open()) {
            Map<String, String> before = tables.fingerprint();
            for (Case c : cases) {
                if (Instant.now().isAfter(deadline)) {
                    System.out.println("fuzz: time budget of " + BUDGET.toSeconds() + " s reached after " + sent
                            + " of " + cases.size() + " requests");
                    break;
                }
                HttpResponse<String> reply = send(c, tokens.get(callerOf.get(c.operation())), api);
                sent++;
                statuses.merge(reply.statusCode(), 1, Integer::sum);
                Map<String, String> after = tables.fingerprint();
                String problem = judge(c, reply, GoldenTables.changed(before, after));
                if (problem != null) {
                    String key = c.operation() + " | " + c.kind() + " | " + c.target() + " | " + problem;
                    if (distinct.merge(key, 1, Integer::sum) == 1) {
                        failures.add(key + "\n    payload: " + c.payloadExcerpt() + "\n    answer: "
                                + excerpt(reply.body()));
                    }
                }
                before = after;
            }
        }
        System.out.println("fuzz: " + sent + " requests, statuses " + statuses + ", " + failures.size()
                + " distinct failures");
        failures.forEach(f -> System.out.println("fuzz failure: " + f));
        assertTrue(sent > operations.size() * 5, "the fuzz run sent too few requests: " + sent);
        assertEquals(List.of(), failures, failures.size() + " distinct failures (operation | payload class | where | what):\n"
                + String.join("\n", failures));
    }

    /** Null when the answer is acceptable; otherwise what was wrong with it. */
    private static String judge(Case c, HttpResponse<String> reply, List<String> changedTables) {
        int status = reply.statusCode();
        if (status >= 500) {
            return "status " + status;
        }
        if (status >= 400) {
            String type = reply.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                return "status " + status + " as " + (type.isEmpty() ? "no content type" : type) + ", not problem+json";
            }
            if (!changedTables.isEmpty()) {
                return "refused with " + status + " but changed " + changedTables;
            }
        }
        return null;
    }

    private HttpResponse<String> send(Case c, String token, Api api) throws IOException, InterruptedException {
        long n = unique.incrementAndGet();
        String path = c.path();
        HttpRequest.Builder request = HttpRequest.newBuilder().timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token);
        Map<String, String> headers = new LinkedHashMap<>(c.headers());
        if ((c.method().equals("PUT") || c.method().equals("DELETE")) && !headers.containsKey("If-Match")) {
            String etag = currentEtag(api, path, token);
            if (etag != null) {
                headers.put("If-Match", etag);
            }
        }
        headers.forEach(request::header);
        byte[] body = c.body() == null ? null : withPlaceholders(c.body(), n);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.uri(URI.create(base.toString() + path))
                .method(c.method(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The current ETag of the record a PUT/DELETE addresses, so the request is judged on its content, not on 412. */
    private String currentEtag(Api api, String path, String token) {
        String[] segments = path.split("/");
        if (segments.length < 4) {
            return null;
        }
        String record = String.join("/", segments[0], segments[1], segments[2], segments[3]);
        Api.Reply reply = api.get(record).token(token).send();
        return reply.status() == 200 ? reply.header("ETag") : null;
    }

    /** ${n}, ${u} and the created records' numbers; byte for byte elsewhere, so invalid UTF-8 stays invalid. */
    private byte[] withPlaceholders(byte[] body, long n) {
        String text = new String(body, StandardCharsets.ISO_8859_1).replace("${n}", Long.toString(n))
                .replace("${u}", Long.toString(n % 1296, 36).toUpperCase());
        for (Map.Entry<String, String> p : placeholders.entrySet()) {
            text = text.replace("${" + p.getKey() + "}", p.getValue());
        }
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Draft records of every domain, a subscription and a change request, so ids in paths find something real. */
    private Map<String, String> createTheRecordsTheCasesPointAt(Api api) throws IOException {
        JsonNode seeds = resource("/fuzz/seeds.json");
        long n = unique.incrementAndGet();
        placeholders.put("item", "FZ-P-" + n);
        placeholders.put("component", "FZ-K-" + n);
        placeholders.put("supplier", "FZS-" + n);
        placeholders.put("customer", "FZC-" + n);
        Map<String, String> ids = new HashMap<>();
        ids.put("items", create(api, "steward", "api/v1/items", seeds, "POST /api/v1/items", "${n}", "P-" + n));
        create(api, "steward", "api/v1/items", seeds, "POST /api/v1/items", "${n}", "K-" + n);
        placeholders.put("itemId", ids.get("items"));
        ids.put("suppliers", create(api, "steward", "api/v1/suppliers", seeds, "POST /api/v1/suppliers", "${n}", "" + n));
        ids.put("customers", create(api, "steward", "api/v1/customers", seeds, "POST /api/v1/customers", "${n}", "" + n));
        ids.put("boms", create(api, "steward", "api/v1/boms", seeds, "POST /api/v1/boms", "${n}", "" + n));
        ids.put("subscriptions", create(api, "admin", "api/v1/subscriptions", seeds, "POST /api/v1/subscriptions", "${n}", "" + n));
        ids.put("change-requests", create(api, "steward", "api/v1/change-requests", seeds, "POST /api/v1/change-requests", "${n}", "" + n));
        Map<String, String> values = new HashMap<>();
        ids.forEach((collection, id) -> values.put("id:" + collection, id));
        values.put("collection", "items");
        values.put("version", "1");
        Api.Reply plants = api.get("api/v1/reference/plants").as("viewer").send();
        values.put("plant", plants.json().isArray() && !plants.json().isEmpty()
                ? plants.json().get(0).path("code").asText("NOPLANT") : "NOPLANT");
        return values;
    }

    private String create(Api api, String user, String path, JsonNode seeds, String seed, String placeholder, String value) {
        String body = seeds.get(seed).get("body").toString().replace(placeholder, value);
        body = new String(withPlaceholders(body.getBytes(StandardCharsets.UTF_8), unique.incrementAndGet()), StandardCharsets.UTF_8);
        Api.Reply reply = api.post(path).as(user).json(body).send();
        assertTrue(reply.status() == 201 || reply.status() == 200, "could not create the fuzz target: " + reply);
        return reply.json().path("id").asText();
    }

    private static String idFor(String path, Map<String, String> values) {
        String[] segments = path.split("/");
        String collection = segments.length > 3 ? segments[3] : "";
        if (collection.equals("{collection}")) {
            collection = "items";
        }
        return values.getOrDefault("id:" + collection, java.util.UUID.randomUUID().toString());
    }

    private static JsonNode resource(String name) throws IOException {
        try (InputStream in = ApiFuzzIT.class.getResourceAsStream(name)) {
            return JSON.readTree(in);
        }
    }

    private static String excerpt(String body) {
        return body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
