package org.mdmhub.mdm.publication.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mdmhub.mdm.publication.odoo.DoubleStore.Field;
import org.mdmhub.mdm.publication.odoo.DoubleStore.Model;
import org.mdmhub.mdm.publication.odoo.DoubleStore.Type;

/**
 * {@code model.load(fields, rows)} as Odoo 17 does it (odoo-api.md, "Upsert by external id"): an {@code id}
 * column holding external ids creates or updates; relations by external id ({@code field/id}) or database id
 * ({@code field/.id}); a one2many's lines in the rows below their record, each line with its own external id
 * or appended anew; cells are import text ("" is False). Errors are collected per record into
 * {@code messages}, and any error rolls the whole call back: {@code {"ids": false, "messages": [...]}}.
 */
final class DoubleLoad {

    private static final Set<String> TRUE = Set.of("1", "true", "yes");
    private static final Set<String> FALSE = Set.of("0", "false", "no");

    private final DoubleStore store;

    DoubleLoad(DoubleStore store) {
        this.store = store;
    }

    /** A column: the field, and for a one2many column the line field; {@code ref} is "", "id" or ".id". */
    private record Column(int index, Field field, Field subfield, String ref) {
        boolean isLine() {
            return subfield != null || (field != null && field.type() == Type.ONE2MANY);
        }
    }

    /** One record of the input: its first row, and its lines (one per row that fills a line column). */
    private record Input(int record, int from, List<JsonNode> rows) {
    }

    Map<String, Object> load(String modelName, List<String> fieldNames, JsonNode rows) {
        Model model = store.model(modelName);
        List<Map<String, Object>> messages = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < fieldNames.size(); i++) {
            Column column = column(model, i, fieldNames.get(i), messages);
            if (column != null) {
                columns.add(column);
            }
        }
        if (!messages.isEmpty()) {
            return Map.of("ids", false, "messages", messages);
        }
        Runnable rollback = store.snapshot();
        List<Long> ids = new ArrayList<>();
        for (Input input : split(rows, columns)) {
            try {
                Long id = apply(model, columns, input, messages);
                if (id != null) {
                    ids.add(id);
                }
            } catch (DoubleError e) {
                messages.add(message(input, null, e.getMessage()));
            }
        }
        if (messages.stream().anyMatch(m -> "error".equals(m.get("type")))) {
            rollback.run();
            return Map.of("ids", false, "messages", messages);
        }
        return Map.of("ids", ids, "messages", messages);
    }

    private Column column(Model model, int index, String name, List<Map<String, Object>> messages) {
        if ("id".equals(name)) {
            return new Column(index, null, null, "xid");
        }
        String[] path = name.split("/");
        Field field = model.fields.get(path[0]);
        if (field == null) {
            messages.add(Map.of("type", "error", "field", path[0],
                    "message", "Invalid field '" + path[0] + "' on model '" + model.name + "'"));
            return null;
        }
        if (field.type() == Type.ONE2MANY && path.length > 1) {
            if ("id".equals(path[1])) {
                return new Column(index, field, null, "xid");
            }
            Field sub = store.model(field.relation()).fields.get(path[1]);
            if (sub == null) {
                messages.add(Map.of("type", "error", "field", name,
                        "message", "Invalid field '" + path[1] + "' on model '" + field.relation() + "'"));
                return null;
            }
            return new Column(index, field, sub, path.length > 2 ? path[2] : "");
        }
        return new Column(index, field, null, path.length > 1 ? path[1] : "");
    }

    /** Rows into records: a row starts a new record when any of its non-line cells is filled. */
    private static List<Input> split(JsonNode rows, List<Column> columns) {
        List<Input> inputs = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            JsonNode row = rows.get(r);
            boolean starts = inputs.isEmpty() || columns.stream()
                    .filter(c -> !c.isLine()).anyMatch(c -> !cell(row, c).isEmpty());
            if (starts) {
                inputs.add(new Input(inputs.size(), r, new ArrayList<>()));
            }
            inputs.get(inputs.size() - 1).rows().add(row);
        }
        return inputs;
    }

    private static String cell(JsonNode row, Column column) {
        JsonNode value = row.path(column.index());
        if (value.isMissingNode() || value.isNull() || (value.isBoolean() && !value.asBoolean())) {
            return "";
        }
        if (!value.isTextual()) {
            throw DoubleError.value("load takes import text in every cell (as Odoo's importer converts it), got "
                    + value + " in column " + column.index());
        }
        return value.asText();
    }

    /** Converts and writes one record; null when a cell did not convert (messages say why). */
    private Long apply(Model model, List<Column> columns, Input input, List<Map<String, Object>> messages) {
        JsonNode first = input.rows().get(0);
        String xid = null;
        Map<String, Object> values = new LinkedHashMap<>();
        int errors = messages.size();
        for (Column column : columns) {
            if (column.isLine()) {
                continue;
            }
            String text = cell(first, column);
            if (column.field() == null) {
                xid = text.isEmpty() ? null : qualified(text);
                continue;
            }
            convert(column.field(), column.ref(), text, input, values, messages);
        }
        List<Map.Entry<String, Map<String, Object>>> lines = new ArrayList<>();
        for (JsonNode row : input.rows()) {
            if (columns.stream().filter(Column::isLine).allMatch(c -> cell(row, c).isEmpty())) {
                continue;
            }
            String lineXid = null;
            Map<String, Object> lineValues = new LinkedHashMap<>();
            for (Column column : columns) {
                if (!column.isLine()) {
                    continue;
                }
                String text = cell(row, column);
                if (column.subfield() == null) {
                    lineXid = text.isEmpty() ? null : qualified(text);
                } else {
                    convert(column.subfield(), column.ref(), text, input, lineValues, messages);
                }
            }
            lines.add(new java.util.AbstractMap.SimpleEntry<>(lineXid, lineValues));
        }
        if (messages.size() > errors) {
            return null;
        }
        long id = upsert(model.name, xid, values);
        for (Map.Entry<String, Map<String, Object>> line : lines) {
            Field o2m = columns.stream().filter(Column::isLine).findFirst().orElseThrow().field();
            Map<String, Object> lineValues = new HashMap<>(line.getValue());
            lineValues.put(o2m.inverse(), id);
            upsert(o2m.relation(), line.getKey(), lineValues);
        }
        return id;
    }

    private long upsert(String model, String xid, Map<String, Object> values) {
        DoubleStore.Xid existing = xid == null ? null : store.xid(xid);
        if (existing != null && existing.model().equals(model) && store.exists(model, existing.id())) {
            store.write(model, List.of(existing.id()), values);
            return existing.id();
        }
        long id = store.create(model, values);
        if (xid != null) {
            store.registerXid(xid, model, id);
        }
        return id;
    }

    private static String qualified(String xid) {
        return xid.contains(".") ? xid : "__import__." + xid;
    }

    private void convert(Field field, String ref, String text, Input input, Map<String, Object> values,
                         List<Map<String, Object>> messages) {
        if (text.isEmpty()) {
            values.put(field.name(), field.type() == Type.BOOL ? Boolean.FALSE : field.type() == Type.MANY2MANY ? List.of() : null);
            return;
        }
        try {
            values.put(field.name(), switch (field.type()) {
                case CHAR -> text;
                case INT -> parseInt(text, field);
                case FLOAT -> parseFloat(text, field);
                case BOOL -> {
                    String lower = DoubleStore.lower(text);
                    if (!TRUE.contains(lower) && !FALSE.contains(lower)) {
                        messages.add(warning(input, field, "Unknown value '" + text + "' for boolean field '"
                                + field.label() + "', assuming 'yes'"));
                    }
                    yield !FALSE.contains(lower);
                }
                case SELECTION -> {
                    if (!field.selection().contains(text)) {
                        throw DoubleError.value("Value '" + text + "' not found in selection field '" + field.label() + "'");
                    }
                    yield text;
                }
                case MANY2ONE -> reference(field, ref, text);
                case ONE2MANY -> throw DoubleError.value("one2many " + field.name() + " takes sub-columns");
                case MANY2MANY -> { // comma-separated references, as Odoo's importer reads them
                    List<Long> ids = new ArrayList<>();
                    for (String part : text.split(",")) {
                        ids.add(reference(field, ref, part.strip()));
                    }
                    yield List.copyOf(ids);
                }
            });
        } catch (DoubleError e) {
            messages.add(message(input, field.name(), e.getMessage()));
        }
    }

    private Long reference(Field field, String ref, String text) {
        switch (ref) {
            case "id" -> {
                DoubleStore.Xid xid = store.xid(qualified(text));
                if (xid == null || !xid.model().equals(field.relation())) {
                    throw DoubleError.value("No matching record found for external id '" + text + "' in field '"
                            + field.label() + "'");
                }
                return xid.id();
            }
            case ".id" -> {
                long id;
                try {
                    id = Long.parseLong(text);
                } catch (NumberFormatException e) {
                    throw DoubleError.value("Invalid database id '" + text + "' for the field '" + field.label() + "'");
                }
                if (!store.exists(field.relation(), id)) {
                    throw DoubleError.value("No matching record found for database id '" + text + "' in field '"
                            + field.label() + "'");
                }
                return id;
            }
            default -> {
                return store.model(field.relation()).records.values().stream()
                        .filter(r -> text.equals(store.displayName(field.relation(), (Long) r.get("id"))))
                        .map(r -> (Long) r.get("id"))
                        .findFirst()
                        .orElseThrow(() -> DoubleError.value("No matching record found for name '" + text
                                + "' in field '" + field.label() + "'"));
            }
        }
    }

    private static long parseInt(String text, Field field) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw DoubleError.value("'" + text + "' does not seem to be an integer for field '" + field.label() + "'");
        }
    }

    private static double parseFloat(String text, Field field) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw DoubleError.value("'" + text + "' does not seem to be a number for field '" + field.label() + "'");
        }
    }

    private static Map<String, Object> message(Input input, String field, String text) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", "error");
        message.put("record", input.record());
        message.put("rows", Map.of("from", input.from(), "to", input.from() + input.rows().size() - 1));
        if (field != null) {
            message.put("field", field);
        }
        message.put("message", text);
        return message;
    }

    private static Map<String, Object> warning(Input input, Field field, String text) {
        Map<String, Object> message = message(input, field.name(), text);
        message.put("type", "warning");
        return message;
    }
}
