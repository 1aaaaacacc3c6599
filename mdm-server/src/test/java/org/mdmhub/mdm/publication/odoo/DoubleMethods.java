package org.mdmhub.mdm.publication.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.mdmhub.mdm.publication.odoo.DoubleStore.Field;
import org.mdmhub.mdm.publication.odoo.DoubleStore.Model;
import org.mdmhub.mdm.publication.odoo.DoubleStore.Type;

/**
 * The ORM methods of the double as {@code execute_kw} reaches them: create, write, unlink, read, search,
 * search_read, search_count, load, and {@code ir.model.data.check_object_reference}; everything else on a
 * known model is an AttributeError, a private method an AccessError (odoo-api.md, "Error shapes").
 */
final class DoubleMethods {

    private final DoubleStore store;
    private final DoubleLoad load;

    DoubleMethods(DoubleStore store) {
        this.store = store;
        this.load = new DoubleLoad(store);
    }

    /** Runs one method; a failed write leaves no trace (Odoo runs each call in one transaction). */
    Object call(String model, String method, JsonNode args, JsonNode kwargs) {
        if (method.startsWith("_")) {
            throw new DoubleError(DoubleError.ACCESS, "Private methods (such as '" + method + "') cannot be called remotely.");
        }
        if ("ir.model.data".equals(model)) {
            return modelData(method, args);
        }
        Model m = store.model(model);
        return switch (method) {
            case "read" -> read(m, ids(arg(args, kwargs, 0, "ids")), fields(arg(args, kwargs, 1, "fields")));
            case "search_read" -> searchRead(m, arg(args, kwargs, 0, "domain"), fields(arg(args, kwargs, 1, "fields")), kwargs);
            case "search" -> search(m, arg(args, kwargs, 0, "domain"), kwargs).toList();
            case "search_count" -> search(m, arg(args, kwargs, 0, "domain"), kwargs).count();
            case "create", "write", "unlink", "load" -> transactional(() -> switch (method) {
                case "create" -> create(m, arg(args, kwargs, 0, "vals_list"));
                case "write" -> {
                    store.write(model, ids(arg(args, kwargs, 0, "ids")), values(m, arg(args, kwargs, 1, "vals")));
                    yield true;
                }
                case "unlink" -> {
                    store.unlink(model, ids(arg(args, kwargs, 0, "ids")));
                    yield true;
                }
                default -> load.load(model, strings(arg(args, kwargs, 0, "fields")), arg(args, kwargs, 1, "data"));
            });
            default -> throw new DoubleError(DoubleError.ATTRIBUTE,
                    "The method '" + method + "' does not exist on the model '" + model + "'");
        };
    }

    private Object transactional(java.util.function.Supplier<Object> work) {
        Runnable rollback = store.snapshot();
        try {
            return work.get();
        } catch (RuntimeException e) {
            rollback.run();
            throw e;
        }
    }

    /**
     * The integration user is not an admin: of ir.model.data only {@code check_object_reference} answers,
     * with [model, id], or [model, false] when the record is archived (its search finds nothing).
     */
    private Object modelData(String method, JsonNode args) {
        if (!"check_object_reference".equals(method)) {
            throw new DoubleError(DoubleError.ACCESS, "You are not allowed to access 'Model Data' (ir.model.data) records.\n\n"
                    + "This operation is allowed for the following groups:\n\t- Administration/Access Rights");
        }
        String name = args.path(0).asText() + "." + args.path(1).asText();
        DoubleStore.Xid xid = store.xid(name);
        if (xid == null || !store.exists(xid.model(), xid.id())) {
            throw DoubleError.value("External ID not found in the system: " + name);
        }
        List<Object> answer = new ArrayList<>();
        answer.add(xid.model());
        answer.add(store.isActive(xid.model(), xid.id()) ? (Object) xid.id() : Boolean.FALSE);
        return answer;
    }

    private static JsonNode arg(JsonNode args, JsonNode kwargs, int position, String name) {
        JsonNode value = args.path(position);
        return value.isMissingNode() ? kwargs.path(name) : value;
    }

    private static List<Long> ids(JsonNode node) {
        if (node.isIntegralNumber()) {
            return List.of(node.asLong());
        }
        List<Long> ids = new ArrayList<>();
        node.forEach(id -> ids.add(id.asLong()));
        return ids;
    }

    private static List<String> strings(JsonNode node) {
        List<String> strings = new ArrayList<>();
        node.forEach(s -> strings.add(s.asText()));
        return strings;
    }

    private static List<String> fields(JsonNode node) {
        return node.isMissingNode() || node.isNull() || node.isEmpty() ? null : strings(node);
    }

    // --- reading --------------------------------------------------------------------------------------------

    private List<Map<String, Object>> read(Model model, Collection<Long> ids, List<String> fields) {
        List<String> names = fields == null ? List.copyOf(model.fields.keySet()) : fields;
        names.forEach(model::field); // unknown field → ValueError
        return ids.stream().filter(id -> model.records.containsKey(id)).map(id -> view(model, id, names)).toList();
    }

    private Map<String, Object> view(Model model, long id, List<String> names) {
        Map<String, Object> row = model.records.get(id);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        for (String name : names) {
            if ("id".equals(name)) {
                continue;
            }
            Field field = model.field(name);
            Object value = row.get(name);
            view.put(name, switch (field.type()) {
                case MANY2ONE -> value == null ? false : List.of(value, store.displayName(field.relation(), (Long) value));
                case ONE2MANY -> store.one2many(field, id);
                case MANY2MANY -> value == null ? List.of() : value;
                case CHAR, SELECTION -> value == null ? false : value;
                case INT -> value == null ? 0 : value;
                case FLOAT -> value == null ? 0.0 : value;
                case BOOL -> Boolean.TRUE.equals(value);
            });
        }
        return view;
    }

    private List<Map<String, Object>> searchRead(Model model, JsonNode domain, List<String> fields, JsonNode kwargs) {
        return read(model, search(model, domain, kwargs).toList(), fields);
    }

    private Stream<Long> search(Model model, JsonNode domain, JsonNode kwargs) {
        List<Predicate<Map<String, Object>>> terms = new ArrayList<>();
        boolean mentionsActive = false;
        for (JsonNode term : domain.isMissingNode() ? List.<JsonNode>of() : iterable(domain)) {
            if (term.isTextual()) {
                if (!"&".equals(term.asText())) {
                    throw DoubleError.value("the double supports only and-ed domains, not '" + term.asText() + "'");
                }
                continue;
            }
            String field = term.path(0).asText();
            mentionsActive |= "active".equals(field);
            if (!"id".equals(field)) {
                model.field(field);
            }
            terms.add(predicate(field, term.path(1).asText(), term.path(2)));
        }
        boolean activeTest = kwargs.path("context").path("active_test").asBoolean(true);
        if (model.hasActive() && !mentionsActive && activeTest) {
            terms.add(row -> !Boolean.FALSE.equals(row.get("active")));
        }
        Stream<Long> ids = model.records.values().stream()
                .filter(row -> terms.stream().allMatch(t -> t.test(row)))
                .map(row -> (Long) row.get("id"));
        if (kwargs.has("offset")) {
            ids = ids.skip(kwargs.get("offset").asLong());
        }
        if (kwargs.has("limit") && !kwargs.get("limit").isNull()) {
            ids = ids.limit(kwargs.get("limit").asLong());
        }
        return ids;
    }

    private static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static Predicate<Map<String, Object>> predicate(String field, String operator, JsonNode value) {
        return switch (operator) {
            case "=" -> row -> same(row.get(field), value);
            case "!=" -> row -> !same(row.get(field), value);
            case "in" -> row -> iterable(value).stream().anyMatch(v -> same(row.get(field), v));
            case "not in" -> row -> iterable(value).stream().noneMatch(v -> same(row.get(field), v));
            case "ilike" -> row -> row.get(field) != null
                    && DoubleStore.lower(row.get(field).toString()).contains(DoubleStore.lower(value.asText()));
            default -> throw DoubleError.value("Invalid leaf " + List.of(field, operator, value.toString()));
        };
    }

    private static boolean same(Object stored, JsonNode value) {
        if (value.isNull() || (value.isBoolean() && !value.asBoolean() && !(stored instanceof Boolean))) {
            return stored == null;
        }
        if (stored instanceof Long l) {
            return value.isNumber() && l == value.asLong();
        }
        if (stored instanceof Double d) {
            return value.isNumber() && d == value.asDouble();
        }
        if (stored instanceof Boolean b) {
            return value.isBoolean() && b == value.asBoolean();
        }
        return Objects.equals(stored, value.asText(null));
    }

    // --- writing --------------------------------------------------------------------------------------------

    private Object create(Model model, JsonNode vals) {
        if (vals.isArray()) {
            List<Long> ids = new ArrayList<>();
            vals.forEach(v -> ids.add(createOne(model, v)));
            return ids;
        }
        return createOne(model, vals);
    }

    private long createOne(Model model, JsonNode vals) {
        Map<String, Object> values = values(model, vals);
        List<JsonNode> commands = new ArrayList<>();
        Field o2m = null;
        for (Field field : model.fields.values()) {
            if (field.type() == Type.ONE2MANY && vals.has(field.name())) {
                o2m = field;
                vals.get(field.name()).forEach(commands::add);
            }
        }
        long id = store.create(model.name, values);
        if (o2m != null) {
            applyCommands(o2m, id, commands);
        }
        return id;
    }

    /** One2many commands (0, 0, vals) create, (1, id, vals) update, (2, id) delete, (5, 0, 0) clear. */
    private void applyCommands(Field o2m, long id, List<JsonNode> commands) {
        Model lines = store.model(o2m.relation());
        for (JsonNode command : commands) {
            switch (command.path(0).asInt()) {
                case 0 -> {
                    Map<String, Object> values = values(lines, command.path(2));
                    values.put(o2m.inverse(), id);
                    store.create(lines.name, values);
                }
                case 1 -> store.write(lines.name, List.of(command.path(1).asLong()), values(lines, command.path(2)));
                case 2 -> store.unlink(lines.name, List.of(command.path(1).asLong()));
                case 5 -> store.unlink(lines.name, store.one2many(o2m, id));
                default -> throw DoubleError.value("the double does not know the one2many command " + command);
            }
        }
    }

    /** A many2many value: (6, 0, ids) replaces, a plain list of ids too (the double takes no other command). */
    private static List<Long> many2many(JsonNode v) {
        List<Long> ids = new ArrayList<>();
        for (JsonNode item : v) {
            if (item.isArray() && item.path(0).asInt() == 6) {
                item.path(2).forEach(id -> ids.add(id.asLong()));
            } else if (item.isIntegralNumber()) {
                ids.add(item.asLong());
            } else {
                throw DoubleError.value("the double takes many2many values as [(6, 0, ids)], not " + item);
            }
        }
        return List.copyOf(ids);
    }

    /** JSON vals (create/write) into stored values, checked like Odoo checks them. */
    private Map<String, Object> values(Model model, JsonNode vals) {
        Map<String, Object> values = new LinkedHashMap<>();
        vals.fields().forEachRemaining(entry -> {
            Field field = model.field(entry.getKey());
            if (field == null || field.type() == Type.ONE2MANY) {
                return;
            }
            JsonNode v = entry.getValue();
            boolean empty = v.isNull() || (v.isBoolean() && !v.asBoolean() && field.type() != Type.BOOL);
            values.put(field.name(), empty ? null : switch (field.type()) {
                case CHAR -> v.asText();
                case INT -> v.asLong();
                case FLOAT -> v.asDouble();
                case BOOL -> v.asBoolean();
                case SELECTION -> {
                    if (!field.selection().contains(v.asText())) {
                        throw DoubleError.value("Wrong value for " + model.name + "." + field.name() + ": '" + v.asText() + "'");
                    }
                    yield v.asText();
                }
                case MANY2ONE -> v.asLong();
                case ONE2MANY -> null;
                case MANY2MANY -> many2many(v);
            });
        });
        return values;
    }
}
