package org.mdmhub.mdm.platform.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.mdmhub.mdm.testsupport.OpenApiOperations.Operation;
import org.mdmhub.mdm.testsupport.OpenApiOperations.Parameter;

/**
 * The requests of the API fuzz run: for one operation, every mutation of one input at a time (a body member, a query,
 * path or header parameter, or the body as a whole), then a sample of them drawn with a fixed seed so every run sends
 * the same requests. Body mutations follow the member's JSON Schema (its type, bounds and whether it is required);
 * the seed body they start from is valid, so each request tests exactly the one thing that was changed.
 */
final class FuzzCases {
    /** What a request carries in place of a valid value; the class names the failure in the report. */
    record Case(String operation, String kind, String target, String method, String path, Map<String, String> headers,
                byte[] body) {
        String payloadExcerpt() {
            if (body == null) {
                return path;
            }
            String text = new String(body, StandardCharsets.UTF_8).replace("\u0000", "\\0");
            return text.length() > 300 ? text.substring(0, 300) + "… (" + body.length + " bytes)" : text;
        }
    }

    /** A value put where a valid one was: its kind and its raw JSON text (bytes, so it can be invalid UTF-8). */
    record Value(String kind, byte[] json) {
        static Value text(String kind, String json) {
            return new Value(kind, json.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOLE = "__FUZZ_VALUE__";

    private FuzzCases() {
    }

    // ---- values -------------------------------------------------------------------------------------------------

    /** Strings any text member may receive. */
    static List<Value> strings(JsonNode schema) {
        List<Value> values = new ArrayList<>();
        values.add(Value.text("nul-character", "\"a\\u0000b\""));
        values.add(Value.text("lone-surrogate", "\"x\\ud800y\""));
        values.add(Value.text("lone-low-surrogate", "\"\\udc00\""));
        values.add(new Value("overlong-utf8", new byte[] {'"', 'a', (byte) 0xC0, (byte) 0xAF, '"'}));
        values.add(new Value("invalid-utf8", new byte[] {'"', (byte) 0xFF, (byte) 0xFE, '"'}));
        values.add(Value.text("unicode-edge", "\"\u202Eevil\u200B\uFEFF\uD83D\uDE00\u0301\""));
        values.add(Value.text("control-characters", "\"\\u0007\\u001b\\r\\n\""));
        values.add(Value.text("sql-payload", "\"' OR '1'='1'; DROP TABLE item; --\""));
        values.add(Value.text("script-payload", "\"<script>alert(1)</script>\""));
        values.add(Value.text("empty-string", "\"\""));
        values.add(Value.text("blank-string", "\"   \""));
        int max = schema.path("maxLength").asInt(1000);
        values.add(Value.text("over-max-length", "\"" + "y".repeat(max + 1) + "\""));
        values.add(Value.text("huge-string", "\"" + "z".repeat(200_000) + "\""));
        return values;
    }

    /** Numbers around the member's bounds and around what columns and doubles can hold. */
    static List<Value> numbers(JsonNode schema) {
        List<Value> values = new ArrayList<>();
        for (String bound : List.of("maximum", "exclusiveMaximum")) {
            if (schema.has(bound)) {
                BigDecimal b = schema.get(bound).decimalValue();
                values.add(Value.text("boundary-number", b.toPlainString()));
                values.add(Value.text("boundary-number", b.add(BigDecimal.ONE).toPlainString()));
                values.add(Value.text("boundary-number", b.subtract(new BigDecimal("0.001")).toPlainString()));
            }
        }
        for (String bound : List.of("minimum", "exclusiveMinimum")) {
            if (schema.has(bound)) {
                BigDecimal b = schema.get(bound).decimalValue();
                values.add(Value.text("boundary-number", b.toPlainString()));
                values.add(Value.text("boundary-number", b.subtract(BigDecimal.ONE).toPlainString()));
            }
        }
        values.add(Value.text("tiny-number", "0.0000001"));
        values.add(Value.text("precise-number", "1.123456789012345678901234567890"));
        values.add(Value.text("negative-zero", "-0.0"));
        values.add(Value.text("overflowing-number", "1e308"));
        values.add(Value.text("overflowing-number", "1e400"));
        values.add(Value.text("overflowing-number", "123456789012345678901234567890"));
        values.add(Value.text("overflowing-number", "9223372036854775808"));
        values.add(Value.text("overflowing-number", "2147483648"));
        values.add(Value.text("fraction-for-integer", "1.5"));
        values.add(Value.text("not-a-json-number", "NaN"));
        return values;
    }

    static List<Value> wrongTypes(String type) {
        List<Value> values = new ArrayList<>();
        values.add(Value.text("null-value", "null"));
        if (!type.equals("string")) {
            values.add(Value.text("wrong-type", "\"1\""));
        }
        if (!type.equals("number") && !type.equals("integer")) {
            values.add(Value.text("wrong-type", "42"));
        }
        if (!type.equals("boolean")) {
            values.add(Value.text("wrong-type", "true"));
        }
        if (!type.equals("object")) {
            values.add(Value.text("wrong-type", "{\"a\":1}"));
        }
        if (!type.equals("array")) {
            values.add(Value.text("wrong-type", "[1,\"a\"]"));
        }
        values.add(Value.text("deep-nesting", "[".repeat(5000) + "]".repeat(5000)));
        values.add(Value.text("deep-nesting", "{\"a\":".repeat(2000) + "1" + "}".repeat(2000)));
        return values;
    }

    /** Values for path, query and header parameters, as they go into the URL (percent-encoded) or the header. */
    static List<Value> parameterValues(boolean header) {
        List<Value> values = new ArrayList<>();
        values.add(Value.text("sql-payload", header ? "' OR '1'='1" : "%27%20OR%20%271%27%3D%271"));
        values.add(Value.text("script-payload", header ? "<script>alert(1)</script>" : "%3Cscript%3Ealert(1)%3C%2Fscript%3E"));
        values.add(Value.text("boundary-number", "-1"));
        values.add(Value.text("boundary-number", "0"));
        values.add(Value.text("overflowing-number", "2147483648"));
        values.add(Value.text("overflowing-number", "99999999999999999999999"));
        values.add(Value.text("overflowing-number", "1e400"));
        values.add(Value.text("not-a-date", "2026-13-45T99:99:99Z"));
        values.add(Value.text("huge-string", "q".repeat(header ? 6000 : 7000)));
        values.add(Value.text("empty-string", ""));
        if (header) {
            values.add(Value.text("weak-etag", "W/\"0\""));
            values.add(Value.text("wildcard", "*"));
        } else {
            values.add(Value.text("nul-character", "a%00b"));
            values.add(Value.text("lone-surrogate", "a%ED%A0%80b"));
            values.add(Value.text("overlong-utf8", "a%C0%AFb"));
            values.add(Value.text("invalid-utf8", "%FF%FE"));
            values.add(Value.text("unicode-edge", "%E2%80%AEevil%E2%80%8B"));
            values.add(Value.text("path-traversal", "..%2F..%2FWEB-INF%2Fweb.xml"));
        }
        return values;
    }

    // ---- cases --------------------------------------------------------------------------------------------------

    /**
     * Every case for one operation. {@code seed} is the valid body (null when it takes none), {@code schema} its
     * JSON Schema, {@code pathValues} the valid value of each path parameter.
     */
    static List<Case> of(Operation operation, JsonNode seed, JsonNode schema, Map<String, String> pathValues) {
        List<Case> cases = new ArrayList<>();
        String validPath = path(operation, pathValues, null, null);
        byte[] validBody = seed == null ? null : bytes(seed);
        for (Parameter p : operation.parameters()) {
            boolean header = p.in().equals("header");
            for (Value v : parameterValues(header)) {
                String raw = new String(v.json(), StandardCharsets.UTF_8);
                switch (p.in()) {
                    case "path" -> cases.add(new Case(operation.key(), v.kind(), "path " + p.name(), operation.method(),
                            path(operation, pathValues, p.name(), raw), Map.of(), validBody));
                    case "query" -> cases.add(new Case(operation.key(), v.kind(), "query " + p.name(), operation.method(),
                            validPath + "?" + p.name() + "=" + raw, Map.of(), validBody));
                    case "header" -> cases.add(new Case(operation.key(), v.kind(), "header " + p.name(),
                            operation.method(), validPath, Map.of(p.name(), raw), validBody));
                    default -> { }
                }
            }
        }
        if (seed != null) {
            for (Member m : members(schema, seed, new ArrayList<>(), schema)) {
                List<Value> values = new ArrayList<>(wrongTypes(m.type()));
                switch (m.type()) {
                    case "string" -> values.addAll(strings(m.schema()));
                    case "number", "integer" -> values.addAll(numbers(m.schema()));
                    default -> { }
                }
                for (Value v : values) {
                    cases.add(new Case(operation.key(), v.kind(), "body " + m.pointer(), operation.method(), validPath,
                            Map.of(), withValue(seed, m.path(), v.json())));
                }
                cases.add(new Case(operation.key(), m.required() ? "missing-required" : "missing-optional",
                        "body " + m.pointer(), operation.method(), validPath, Map.of(), without(seed, m.path())));
            }
            for (List<String> object : objects(seed, new ArrayList<>())) {
                cases.add(new Case(operation.key(), "extra-field", "body /" + String.join("/", object),
                        operation.method(), validPath, Map.of(), withExtraField(seed, object)));
            }
            String valid = new String(validBody, StandardCharsets.UTF_8);
            cases.add(whole(operation, validPath, "malformed-json", valid.substring(0, valid.length() / 2)));
            cases.add(whole(operation, validPath, "empty-body", ""));
            cases.add(whole(operation, validPath, "array-body", "[" + valid + "]"));
            cases.add(whole(operation, validPath, "trailing-garbage", valid + "}{"));
            cases.add(whole(operation, validPath, "duplicate-member", "{" + firstMember(valid) + "," + valid.substring(1)));
            cases.add(whole(operation, validPath, "deep-nesting", "[".repeat(100_000) + "]".repeat(100_000)));
        }
        return cases;
    }

    /** A sample of {@code n} cases drawn with a fixed seed: the same requests on every run. */
    static List<Case> sample(List<Case> cases, int n, long seed) {
        List<Case> copy = new ArrayList<>(cases);
        Collections.shuffle(copy, new Random(seed));
        return copy.subList(0, Math.min(n, copy.size()));
    }

    private static Case whole(Operation operation, String path, String kind, String body) {
        return new Case(operation.key(), kind, "body", operation.method(), path, Map.of(),
                body.getBytes(StandardCharsets.UTF_8));
    }

    static String path(Operation operation, Map<String, String> values, String fuzzed, String raw) {
        String path = operation.path();
        for (Parameter p : operation.in("path")) {
            String value = p.name().equals(fuzzed) ? raw : values.getOrDefault(p.name(), UUID.randomUUID().toString());
            path = path.replace("{" + p.name() + "}", value);
        }
        return path.substring(1);
    }

    // ---- the body's members, from its schema ---------------------------------------------------------------------

    /** A leaf or object member of the body that the schema describes, with the path to it in the seed. */
    record Member(List<String> path, String type, boolean required, JsonNode schema) {
        String pointer() {
            return "/" + String.join("/", path);
        }
    }

    private static List<Member> members(JsonNode schema, JsonNode seed, List<String> at, JsonNode root) {
        List<Member> found = new ArrayList<>();
        JsonNode properties = resolve(schema, root).path("properties");
        List<String> required = new ArrayList<>();
        resolve(schema, root).path("required").forEach(r -> required.add(r.asText()));
        properties.fields().forEachRemaining(property -> {
            JsonNode s = resolve(property.getValue(), root);
            List<String> path = new ArrayList<>(at);
            path.add(property.getKey());
            String type = s.has("enum") || s.has("const") ? "string" : s.path("type").asText("string");
            found.add(new Member(List.copyOf(path), type, required.contains(property.getKey()), s));
            JsonNode value = seed.path(property.getKey());
            if (type.equals("object") && value.isObject()) {
                found.addAll(members(s, value, path, root));
            } else if (type.equals("array") && value.isArray() && !value.isEmpty()) {
                JsonNode items = resolve(s.path("items"), root);
                List<String> first = new ArrayList<>(path);
                first.add("0");
                String itemType = items.has("enum") ? "string" : items.path("type").asText("string");
                found.add(new Member(List.copyOf(first), itemType, false, items));
                if (value.get(0).isObject()) {
                    found.addAll(members(items, value.get(0), first, root));
                }
            }
        });
        return found;
    }

    private static JsonNode resolve(JsonNode schema, JsonNode root) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith("#/") ? root.at(ref.substring(1)) : schema;
    }

    private static List<List<String>> objects(JsonNode node, List<String> at) {
        List<List<String>> found = new ArrayList<>();
        if (node.isObject()) {
            found.add(List.copyOf(at));
            node.fields().forEachRemaining(f -> {
                List<String> path = new ArrayList<>(at);
                path.add(f.getKey());
                found.addAll(objects(f.getValue(), path));
            });
        } else if (node.isArray() && !node.isEmpty()) {
            List<String> path = new ArrayList<>(at);
            path.add("0");
            found.addAll(objects(node.get(0), path));
        }
        return found;
    }

    // ---- editing the seed ----------------------------------------------------------------------------------------

    private static byte[] withValue(JsonNode seed, List<String> path, byte[] value) {
        JsonNode copy = seed.deepCopy();
        JsonNode parent = parentOf(copy, path);
        String last = path.get(path.size() - 1);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), HOLE);
        } else {
            ((ObjectNode) parent).put(last, HOLE);
        }
        String text = new String(bytes(copy), StandardCharsets.UTF_8);
        int at = text.indexOf("\"" + HOLE + "\"");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(value);
        out.writeBytes(text.substring(at + HOLE.length() + 2).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] without(JsonNode seed, List<String> path) {
        JsonNode copy = seed.deepCopy();
        JsonNode parent = parentOf(copy, path);
        String last = path.get(path.size() - 1);
        if (parent instanceof ArrayNode array) {
            array.remove(Integer.parseInt(last));
        } else {
            ((ObjectNode) parent).remove(last);
        }
        return bytes(copy);
    }

    private static byte[] withExtraField(JsonNode seed, List<String> objectPath) {
        JsonNode copy = seed.deepCopy();
        JsonNode target = copy;
        for (String step : objectPath) {
            target = target.isArray() ? target.get(Integer.parseInt(step)) : target.get(step);
        }
        ((ObjectNode) target).put("zzUnknownMember", "x");
        return bytes(copy);
    }

    private static JsonNode parentOf(JsonNode root, List<String> path) {
        JsonNode node = root;
        for (String step : path.subList(0, path.size() - 1)) {
            node = node.isArray() ? node.get(Integer.parseInt(step)) : node.get(step);
        }
        return node;
    }

    private static String firstMember(String json) {
        int comma = json.indexOf(",\"");
        return json.substring(1, comma > 0 ? comma : json.length() - 1);
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
