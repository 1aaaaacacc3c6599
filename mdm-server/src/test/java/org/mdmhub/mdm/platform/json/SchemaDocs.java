package org.mdmhub.mdm.platform.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Renders the JSON Schemas in {@code schemas/} as one markdown reference (docs/schemas.md): one table per
 * schema, nested members flattened to dotted paths, arrays shown as {@code lines[]}, local {@code $ref}s
 * followed. The schemas are the
 * source; the page is derived, so it can never disagree with what the API enforces.
 */
final class SchemaDocs {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaDocs() {
    }

    static String render(Path schemasDir) {
        StringBuilder md = new StringBuilder("""
                # Golden-record shapes

                Generated from the JSON Schemas in [`schemas/`](../schemas/) by `SchemaDocsTest` — do not edit by hand;
                change a schema and run `mvn -q -pl mdm-server test -Dtest=SchemaDocsTest -Dmdm.docs.write=true`.
                The API validates every request body against these schemas before anything else.
                """);
        for (Path file : schemaFiles(schemasDir)) {
            JsonNode schema = read(file);
            md.append("\n## ").append(schema.path("title").asText(file.getFileName().toString()))
                    .append(" — `").append(schemasDir.relativize(file).toString().replace('\\', '/')).append("`\n\n");
            if (schema.has("description")) {
                md.append(schema.get("description").asText()).append("\n\n");
            }
            md.append("| field | type | required | rules | meaning |\n|---|---|---|---|---|\n");
            List<String> rows = new ArrayList<>();
            members(schema, "", schema, rows);
            rows.forEach(md::append);
        }
        return md.toString();
    }

    private static void members(JsonNode root, String prefix, JsonNode schema, List<String> rows) {
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        schema.path("properties").fields().forEachRemaining(member -> {
            String path = prefix + member.getKey();
            JsonNode property = resolve(root, member.getValue());
            rows.add("| `" + path + "` | " + type(property) + " | " + (required.contains(member.getKey()) ? "yes" : "")
                    + " | " + rules(property) + " | " + property.path("description").asText("").replace("|", "\\|") + " |\n");
            if ("object".equals(property.path("type").asText())) {
                members(root, path + ".", property, rows);
            } else if ("array".equals(property.path("type").asText()) && property.path("items").has("properties")) {
                members(root, path + "[].", property.get("items"), rows);
            }
        });
    }

    /**
     * A member with a local {@code $ref} (e.g. {@code #/$defs/line}) as the definition it points to, the
     * member's own keywords (its description) taking precedence; array items are resolved the same way.
     */
    private static JsonNode resolve(JsonNode root, JsonNode node) {
        JsonNode resolved = node;
        String ref = node.path("$ref").asText("");
        if (ref.startsWith("#/")) {
            ObjectNode merged = resolve(root, root.at(ref.substring(1))).deepCopy();
            node.fields().forEachRemaining(f -> {
                if (!"$ref".equals(f.getKey())) {
                    merged.set(f.getKey(), f.getValue());
                }
            });
            resolved = merged;
        }
        if (resolved.has("items") && resolved.get("items").has("$ref")) {
            ObjectNode withItems = resolved.deepCopy();
            withItems.set("items", resolve(root, resolved.get("items")));
            resolved = withItems;
        }
        return resolved;
    }

    private static String type(JsonNode property) {
        if (property.has("enum")) {
            return "one of " + Stream.of(JSON.convertValue(property.get("enum"), String[].class))
                    .map(v -> "`" + v + "`").collect(Collectors.joining(", "));
        }
        String type = property.path("type").asText("any");
        if ("array".equals(type)) {
            return "array of " + property.path("items").path("type").asText("any");
        }
        return property.has("format") ? type + " (" + property.get("format").asText() + ")" : type;
    }

    private static String rules(JsonNode p) {
        List<String> rules = new ArrayList<>();
        if (p.has("pattern")) rules.add("pattern `" + p.get("pattern").asText().replace("|", "\\|") + "`");
        if (p.has("minLength")) rules.add("≥ " + p.get("minLength").asInt() + " chars");
        if (p.has("maxLength")) rules.add("≤ " + p.get("maxLength").asInt() + " chars");
        if (p.has("minimum")) rules.add("≥ " + p.get("minimum").asText());
        if (p.has("exclusiveMinimum")) rules.add("> " + p.get("exclusiveMinimum").asText());
        if (p.has("maximum")) rules.add("≤ " + p.get("maximum").asText());
        if (p.has("exclusiveMaximum")) rules.add("< " + p.get("exclusiveMaximum").asText());
        if (p.has("minItems")) rules.add("≥ " + p.get("minItems").asInt() + " items");
        if (p.has("maxItems")) rules.add("≤ " + p.get("maxItems").asInt() + " items");
        return String.join(", ", rules);
    }

    private static List<Path> schemaFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".schema.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
