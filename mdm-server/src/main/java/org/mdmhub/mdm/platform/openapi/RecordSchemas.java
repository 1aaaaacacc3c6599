package org.mdmhub.mdm.platform.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.mdmhub.mdm.platform.json.SchemaName;
import org.mdmhub.mdm.platform.json.Json;

/**
 * The record JSON Schemas ({@code schemas/v1/*.schema.json}, on the classpath) as OpenAPI schema components, so the
 * document and the request validation use the very same files. OpenAPI 3.1 schemas are JSON Schema 2020-12, so the
 * keywords pass through unchanged; only what tools resolve badly inside a bigger document is rewritten: a file's
 * {@code $defs} become components of their own ({@code Bom} + {@code line} = {@code BomLine}) and its local
 * {@code #/$defs/...} references point at them, and {@code $id}/{@code $schema} are dropped because they would make
 * resolvers fetch the published URL instead of reading the document.
 */
final class RecordSchemas {

    /** Keywords whose value is one schema, a list of schemas, or a map of schemas (JSON Schema 2020-12). */
    private static final Set<String> ONE_SCHEMA = Set.of("items", "additionalProperties", "not", "if", "then", "else",
            "contains", "propertyNames", "unevaluatedItems", "unevaluatedProperties");
    private static final Set<String> SCHEMA_LIST = Set.of("allOf", "anyOf", "oneOf", "prefixItems");
    private static final Set<String> SCHEMA_MAP = Set.of("properties", "patternProperties", "dependentSchemas");

    private RecordSchemas() {
    }

    /** Component name of each record schema, e.g. {@code item-plant.schema.json} → {@code ItemPlant}. */
    static String componentName(SchemaName schema) {
        String file = schema.path().substring(schema.path().lastIndexOf('/') + 1).replace(".schema.json", "");
        StringBuilder name = new StringBuilder();
        for (String part : file.split("-")) {
            name.append(capitalize(part));
        }
        return name.toString();
    }

    /** Every record schema and its hoisted definitions, by component name, in {@link SchemaName} order. */
    static Map<String, Schema> components() {
        Map<String, Schema> components = new LinkedHashMap<>();
        for (SchemaName schema : SchemaName.values()) {
            String name = componentName(schema);
            JsonNode root = read(schema.path());
            JsonNode defs = root.path("$defs");
            for (Iterator<String> it = defs.fieldNames(); it.hasNext(); ) {
                String def = it.next();
                components.put(name + capitalize(def), convert(defs.get(def), name));
            }
            components.put(name, convert(root, name));
        }
        return components;
    }

    private static JsonNode read(String path) {
        try (InputStream in = RecordSchemas.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the classpath");
            }
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema convert(JsonNode node, String owner) {
        Schema schema = OASFactory.createSchema();
        if (node.isBoolean()) {
            // "additionalProperties": false and friends: a boolean schema; SmallRye writes it back as such
            schema.setBooleanSchema(node.booleanValue());
            return schema;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            switch (key) {
                case "$schema", "$id", "$defs" -> { }
                case "$ref" -> schema.setRef(localRef(value.asText(), owner));
                // typed where the model has a typed getter, so nothing that reads the model back trips over a String
                case "type" -> schema.setType(types(value));
                case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf" ->
                        schema.set(key, value.decimalValue());
                default -> {
                    if (ONE_SCHEMA.contains(key) && (value.isObject() || value.isBoolean())) {
                        schema.set(key, convert(value, owner));
                    } else if (SCHEMA_LIST.contains(key)) {
                        List<Schema> list = new ArrayList<>();
                        value.forEach(element -> list.add(convert(element, owner)));
                        schema.set(key, list);
                    } else if (SCHEMA_MAP.contains(key)) {
                        Map<String, Schema> map = new LinkedHashMap<>();
                        value.fields().forEachRemaining(e -> map.put(e.getKey(), convert(e.getValue(), owner)));
                        schema.set(key, map);
                    } else {
                        schema.set(key, plain(value));
                    }
                }
            }
        }
        return schema;
    }

    private static List<Schema.SchemaType> types(JsonNode value) {
        List<Schema.SchemaType> types = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(t -> types.add(Schema.SchemaType.valueOf(t.asText().toUpperCase(Locale.ROOT))));
        } else {
            types.add(Schema.SchemaType.valueOf(value.asText().toUpperCase(Locale.ROOT)));
        }
        return types;
    }

    private static String localRef(String ref, String owner) {
        if (ref.startsWith("#/$defs/")) {
            return "#/components/schemas/" + owner + capitalize(ref.substring("#/$defs/".length()));
        }
        throw new IllegalStateException("A record schema refers outside its file (" + ref + "): hoist it here first");
    }

    private static Object plain(JsonNode value) {
        return Json.mapper().convertValue(value, Object.class);
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
