package org.mdmhub.mdm.inbound.csv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mdmhub.mdm.platform.json.Json;
import org.mdmhub.mdm.platform.problem.FieldError;

/**
 * The columns of one domain's CSV, read from its JSON Schema ({@code schemas/v1/*.schema.json} on the classpath):
 * a top-level property is a column; a nested object's properties are dotted columns ({@code weight.value}); a list
 * of objects has numbered columns from 1 ({@code addresses[1].city}, {@code addresses[2].city}); a list of plain
 * values is one column, its values separated by {@code |} ({@code plants}). For BOM lines the line's properties
 * are {@code line.} columns and {@code lines} itself is not a column. Lines' {@code id}s are not columns (a file
 * does not know them), nor is {@code source.system} (it is {@code CSV}).
 */
final class CsvShape {
    static final String LINE = "line.";
    static final String LIST_SEPARATOR = "|";
    private static final Pattern STEP = Pattern.compile("([A-Za-z][A-Za-z0-9]*)(?:\\[([1-9][0-9]{0,2})])?");
    private static final Map<CsvDomain, CsvShape> SHAPES = new EnumMap<>(CsvDomain.class);

    private final CsvDomain domain;
    private final JsonNode root;
    /** The schema the columns are read against: the record's, or (BOM lines, {@code line.} columns) a line's. */
    private final JsonNode record;
    private final JsonNode line;

    private CsvShape(CsvDomain domain, JsonNode root) {
        this.domain = domain;
        this.root = root;
        this.record = root;
        this.line = domain.groupsRows() ? resolve(root.path("properties").path("lines").path("items")) : null;
    }

    static synchronized CsvShape of(CsvDomain domain) {
        return SHAPES.computeIfAbsent(domain, d -> new CsvShape(d, load(d.schema().path())));
    }

    /** What a leaf column holds. */
    enum Type { TEXT, NUMBER, INTEGER, BOOLEAN, LIST }

    /** One step of a column's path: a property, and for an element of a list of objects its 1-based number. */
    record Step(String name, int element) {
    }

    /** A column of the file: its header, where its value goes, and what it holds. {@code line}: a BOM line's column. */
    record Column(String header, boolean line, List<Step> steps, Type type) {
    }

    /** The template's header row, in the schema's order. */
    List<String> templateColumns() {
        List<String> columns = new ArrayList<>();
        walk(record, "", columns, true);
        if (line != null) {
            walk(line, LINE, columns, false);
        }
        return columns;
    }

    private void walk(JsonNode schema, String prefix, List<String> columns, boolean top) {
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String name = property.getKey();
            JsonNode value = resolve(property.getValue());
            if ((top && line != null && name.equals("lines")) || (!top && name.equals("id"))
                    || (prefix + name).equals("source.system")) {
                continue;
            }
            if (isObject(value)) {
                walk(value, prefix + name + ".", columns, false);
            } else if (isArray(value) && isObject(resolve(value.path("items")))) {
                walk(resolve(value.path("items")), prefix + name + "[1].", columns, false);
            } else {
                columns.add(prefix + name);
            }
        }
    }

    /**
     * The columns of a header row; or the errors naming the columns the schema does not know, the ones given twice
     * and the required ones missing.
     */
    Headers columns(List<String> headers) {
        List<Column> columns = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String header : headers) {
            if (!seen.add(header)) {
                errors.add(new FieldError(header, "is a column twice"));
            }
            column(header).ifPresentOrElse(columns::add, () -> errors.add(new FieldError(header.isEmpty() ? "(empty)" : header,
                    "is not a column of " + domain.path() + " (see GET /api/v1/inbound/csv/" + domain.path() + "/template)")));
        }
        for (String required : requiredColumns()) {
            if (!seen.contains(required)) {
                errors.add(new FieldError(required, "is a required column"));
            }
        }
        return new Headers(columns, errors);
    }

    record Headers(List<Column> columns, List<FieldError> errors) {
    }

    /** The columns without which no row can be a valid record: the schema's required leaves, and the source key. */
    List<String> requiredColumns() {
        List<String> required = new ArrayList<>();
        required(record, "", required);
        if (line != null) {
            required(line, LINE, required);
        }
        return required;
    }

    private void required(JsonNode schema, String prefix, List<String> into) {
        for (JsonNode name : schema.path("required")) {
            String column = prefix + name.asText();
            JsonNode value = resolve(schema.path("properties").path(name.asText()));
            if (column.equals("source.system") || (prefix.isEmpty() && line != null && column.equals("lines"))) {
                continue;
            }
            if (isObject(value)) {
                required(value, column + ".", into);
            } else if (!isArray(value)) {
                into.add(column);
            }
        }
        if (prefix.isEmpty() && !into.contains("source.key")) {
            into.add("source.key"); // a record of a batch is keyed by its source key
        }
    }

    private Optional<Column> column(String header) {
        boolean isLine = line != null && header.startsWith(LINE);
        JsonNode schema = isLine ? line : record;
        String path = isLine ? header.substring(LINE.length()) : header;
        List<Step> steps = new ArrayList<>();
        for (String segment : path.split("\\.", -1)) {
            Matcher m = STEP.matcher(segment);
            if (!m.matches() || !isObject(schema) || !schema.path("properties").has(m.group(1))) {
                return Optional.empty();
            }
            JsonNode property = resolve(schema.path("properties").path(m.group(1)));
            if ((isLine || !steps.isEmpty()) && m.group(1).equals("id") || (!isLine && line != null && steps.isEmpty()
                    && m.group(1).equals("lines"))) {
                return Optional.empty();
            }
            int element = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (element > 0) {
                if (!isArray(property) || !isObject(resolve(property.path("items")))) {
                    return Optional.empty();
                }
                property = resolve(property.path("items"));
            }
            steps.add(new Step(m.group(1), element));
            schema = property;
        }
        if (isObject(schema) || (isArray(schema) && isObject(resolve(schema.path("items"))))) {
            return Optional.empty(); // a column holds a value, not an object
        }
        return Optional.of(new Column(header, isLine, List.copyOf(steps), typeOf(schema)));
    }

    /**
     * Puts a cell's value into the document (an empty cell puts nothing), or answers why it cannot: a number that
     * is not one, a boolean that is neither true nor false.
     */
    static Optional<FieldError> put(ObjectNode document, Column column, String cell) {
        if (cell.isEmpty()) {
            return Optional.empty();
        }
        JsonNode value;
        try {
            value = value(column.type(), cell);
        } catch (NumberFormatException e) {
            return Optional.of(new FieldError(column.header(), "'" + cell + "' is not a "
                    + (column.type() == Type.INTEGER ? "whole number" : "number") + " (write 1234.5, no thousands separators)"));
        } catch (IllegalArgumentException e) {
            return Optional.of(new FieldError(column.header(), e.getMessage()));
        }
        JsonNode node = document;
        List<Step> steps = column.steps();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            boolean last = i == steps.size() - 1;
            ObjectNode parent = (ObjectNode) node;
            if (step.element() > 0) {
                ArrayNode list = parent.has(step.name()) ? (ArrayNode) parent.get(step.name()) : parent.putArray(step.name());
                while (list.size() < step.element()) {
                    list.addNull(); // an element left empty in the file: dropped by compact()
                }
                if (list.get(step.element() - 1).isNull()) {
                    list.set(step.element() - 1, JsonNodeFactory.instance.objectNode());
                }
                node = list.get(step.element() - 1);
            } else if (last) {
                parent.set(step.name(), value);
            } else {
                node = parent.has(step.name()) ? parent.get(step.name()) : parent.putObject(step.name());
            }
        }
        return Optional.empty();
    }

    /** The document without the list elements whose cells were all empty. */
    static void compact(JsonNode node) {
        if (node.isArray()) {
            for (int i = node.size() - 1; i >= 0; i--) {
                if (node.get(i).isNull()) {
                    ((ArrayNode) node).remove(i);
                }
            }
        }
        node.forEach(CsvShape::compact);
    }

    private static JsonNode value(Type type, String cell) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        return switch (type) {
            case TEXT -> json.textNode(cell);
            case NUMBER -> json.numberNode(new BigDecimal(cell));
            case INTEGER -> json.numberNode(new BigInteger(cell));
            case BOOLEAN -> {
                if (!cell.equalsIgnoreCase("true") && !cell.equalsIgnoreCase("false")) {
                    throw new IllegalArgumentException("'" + cell + "' is neither true nor false");
                }
                yield json.booleanNode(Boolean.parseBoolean(cell.toLowerCase()));
            }
            case LIST -> {
                ArrayNode list = json.arrayNode();
                for (String element : cell.split(Pattern.quote(LIST_SEPARATOR), -1)) {
                    list.add(element.strip());
                }
                yield list;
            }
        };
    }

    private Type typeOf(JsonNode schema) {
        if (isArray(schema)) {
            return Type.LIST;
        }
        return switch (schema.path("type").asText("string")) {
            case "number" -> Type.NUMBER;
            case "integer" -> Type.INTEGER;
            case "boolean" -> Type.BOOLEAN;
            default -> Type.TEXT;
        };
    }

    private static boolean isObject(JsonNode schema) {
        return "object".equals(schema.path("type").asText());
    }

    private static boolean isArray(JsonNode schema) {
        return "array".equals(schema.path("type").asText());
    }

    /** A property's schema, its {@code $ref} (within the same file) followed. */
    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; current.has("$ref") && hops < 10; hops++) {
            current = root.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    private static JsonNode load(String path) {
        try (InputStream in = CsvShape.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("JSON Schema not on the classpath: " + path);
            }
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
