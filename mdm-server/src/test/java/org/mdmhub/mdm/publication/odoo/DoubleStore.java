package org.mdmhub.mdm.publication.odoo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The records, external ids and rules of the Odoo double: the handful of Odoo 17 models the connector uses,
 * with Odoo's defaults, required fields, relations and constraints as odoo-api.md describes them. Values are
 * stored as Java objects (String, Long, Double, Boolean; a many2one as the Long id; null for False).
 * Not thread-safe: {@link OdooDouble} serialises calls, as one Odoo worker would.
 */
final class DoubleStore {

    enum Type { CHAR, INT, FLOAT, BOOL, SELECTION, MANY2ONE, ONE2MANY, MANY2MANY }

    /** A field; {@code foreignKeyMessage}: a missing target gives Odoo's misleading foreign-key text, not MissingError. */
    record Field(String name, String label, Type type, String relation, boolean required, Object defaultValue,
                 List<String> selection, boolean foreignKeyMessage, boolean readonly, String inverse) {
    }

    /** One model: its fields and records. */
    static final class Model {
        final String name;
        final String description;
        final Map<String, Field> fields = new LinkedHashMap<>();
        /** Float fields rounded to a decimal.precision (by its name), as Odoo's {@code digits='…'} does. */
        final Map<String, String> digits = new HashMap<>();
        TreeMap<Long, Map<String, Object>> records = new TreeMap<>();
        long nextId = 1;

        Model(String name, String description) {
            this.name = name;
            this.description = description;
        }

        Model field(String name, String label, Type type) {
            return add(new Field(name, label, type, null, false, null, null, false, false, null));
        }

        Model add(Field field) {
            fields.put(field.name(), field);
            return this;
        }

        Field field(String name) {
            Field field = fields.get(name);
            if (field == null && !"id".equals(name)) {
                throw DoubleError.value("Invalid field '" + name + "' on model '" + this.name + "'");
            }
            return field;
        }

        Model digits(String field, String precision) {
            digits.put(field, precision);
            return this;
        }

        boolean hasActive() {
            return fields.containsKey("active");
        }
    }

    /** Where an external id points. */
    record Xid(String model, long id) {
    }

    private final Map<String, Model> models = new LinkedHashMap<>();
    private Map<String, Xid> xids = new HashMap<>();

    DoubleStore() {
        DoubleSchema.define(this);
    }

    Model define(String name, String description) {
        Model model = new Model(name, description);
        models.put(name, model);
        return model;
    }

    Model model(String name) {
        Model model = models.get(name);
        if (model == null) {
            throw new DoubleError(DoubleError.USER, "Object " + name + " doesn't exist");
        }
        return model;
    }

    // --- external ids ---------------------------------------------------------------------------------------

    Xid xid(String fullName) {
        return xids.get(fullName);
    }

    void registerXid(String fullName, String model, long id) {
        xids.put(fullName, new Xid(model, id));
    }

    /** A seeded record with an external id, e.g. {@code uom.product_uom_unit}. */
    long seed(String xid, String model, Map<String, Object> values) {
        long id = insert(model(model), values);
        registerXid(xid, model, id);
        return id;
    }

    // --- all-or-nothing -------------------------------------------------------------------------------------

    /** A copy of everything, to roll a failed call back. */
    Runnable snapshot() {
        Map<String, TreeMap<Long, Map<String, Object>>> records = new HashMap<>();
        Map<String, Long> nextIds = new HashMap<>();
        models.values().forEach(m -> {
            TreeMap<Long, Map<String, Object>> copy = new TreeMap<>();
            m.records.forEach((id, row) -> copy.put(id, new HashMap<>(row)));
            records.put(m.name, copy);
            nextIds.put(m.name, m.nextId);
        });
        Map<String, Xid> xidCopy = new HashMap<>(xids);
        return () -> {
            models.values().forEach(m -> {
                m.records = records.get(m.name);
                m.nextId = nextIds.get(m.name);
            });
            xids = xidCopy;
        };
    }

    // --- reading --------------------------------------------------------------------------------------------

    Map<String, Object> row(String model, long id) {
        return model(model).records.get(id);
    }

    boolean exists(String model, long id) {
        return model(model).records.containsKey(id);
    }

    boolean isActive(String model, long id) {
        Map<String, Object> row = row(model, id);
        return row != null && !Boolean.FALSE.equals(row.get("active"));
    }

    /** What Odoo shows for a record in a many2one ([id, display_name]). */
    String displayName(String model, long id) {
        Map<String, Object> row = row(model, id);
        if (row == null) {
            return model + "," + id;
        }
        return switch (model) {
            case "product.product" -> {
                Map<String, Object> template = row("product.template", (Long) row.get("product_tmpl_id"));
                String code = template == null ? null : (String) template.get("default_code");
                String name = template == null ? "" : (String) template.get("name");
                yield code == null ? name : "[" + code + "] " + name;
            }
            case "mrp.bom" -> displayName("product.template", (Long) row.get("product_tmpl_id"));
            case "mrp.bom.line" -> displayName("product.product", (Long) row.get("product_id"));
            case "res.partner.bank" -> String.valueOf(row.get("acc_number"));
            default -> String.valueOf(row.getOrDefault("name", model + "," + id));
        };
    }

    /** The ids of the one2many's records (by their inverse many2one). */
    List<Long> one2many(Field field, long id) {
        List<Long> ids = new ArrayList<>();
        model(field.relation()).records.forEach((lineId, line) -> {
            if (Objects.equals(line.get(field.inverse()), id)) {
                ids.add(lineId);
            }
        });
        return ids;
    }

    // --- writing --------------------------------------------------------------------------------------------

    /** Creates a record from stored values (defaults filled in), checked and with Odoo's side effects. */
    long create(String modelName, Map<String, Object> values) {
        Model model = model(modelName);
        values = rounded(model, values);
        Map<String, Object> row = new HashMap<>();
        model.fields.values().stream()
                .filter(f -> f.type() != Type.ONE2MANY && f.defaultValue() != null)
                .forEach(f -> row.put(f.name(), f.defaultValue() instanceof String s && f.type() == Type.MANY2ONE
                        ? xids.get(s).id() : f.defaultValue()));
        row.putAll(values);
        if ("product.template".equals(modelName) && !values.containsKey("uom_po_id")) {
            row.put("uom_po_id", row.get("uom_id")); // Odoo 17 computes the purchase unit from the unit
        }
        if ("product.template".equals(modelName) && !values.containsKey("route_ids")) {
            row.put("route_ids", List.of(xids.get("purchase_stock.route_warehouse0_buy").id())); // purchase_stock's default
        }
        checkRelations(model, row);
        checkRequired(model, row);
        long id = insert(model, row);
        if ("product.template".equals(modelName)) {
            long variant = insert(model("product.product"),
                    new HashMap<>(Map.of("product_tmpl_id", id, "active", row.getOrDefault("active", true))));
            model.records.get(id).put("product_variant_id", variant);
        }
        checkConstraints(modelName, id);
        return id;
    }

    /** Updates records (all must exist) from stored values. */
    void write(String modelName, Collection<Long> ids, Map<String, Object> values) {
        Model model = model(modelName);
        values = rounded(model, values);
        requireExisting(model, ids);
        for (long id : ids) {
            Map<String, Object> row = model.records.get(id);
            Map<String, Object> updated = new HashMap<>(row);
            updated.putAll(values);
            checkRelations(model, values);
            checkRequired(model, updated);
            row.putAll(values);
            if ("product.template".equals(modelName) && values.containsKey("active")) {
                Map<String, Object> variant = row("product.product", (Long) row.get("product_variant_id"));
                if (variant != null) {
                    variant.put("active", values.get("active")); // archiving a template archives its variant
                }
            }
            checkConstraints(modelName, id);
        }
    }

    /**
     * Values as Odoo stores them: a float field with a decimal precision is rounded half-up to its current
     * digits (Odoo's {@code float_round}), silently.
     */
    private Map<String, Object> rounded(Model model, Map<String, Object> values) {
        if (model.digits.isEmpty()) {
            return values;
        }
        Map<String, Object> rounded = new LinkedHashMap<>(values);
        model.digits.forEach((field, precision) -> {
            if (rounded.get(field) instanceof Double value) {
                rounded.put(field, java.math.BigDecimal.valueOf(value)
                        .setScale(precisionDigits(precision), java.math.RoundingMode.HALF_UP).doubleValue());
            }
        });
        return rounded;
    }

    /** The digits of the decimal.precision named so (2 when there is none, as Odoo's default). */
    int precisionDigits(String name) {
        return model("decimal.precision").records.values().stream().filter(r -> name.equals(r.get("name")))
                .map(r -> ((Long) r.get("digits")).intValue()).findFirst().orElse(2);
    }

    /** Deletes records (all must exist), their dependants and their external ids, as Odoo does. */
    void unlink(String modelName, Collection<Long> ids) {
        Model model = model(modelName);
        requireExisting(model, ids);
        for (long id : List.copyOf(ids)) {
            if (!model.records.containsKey(id)) {
                continue;
            }
            model.records.remove(id);
            xids.values().removeIf(x -> x.model().equals(modelName) && x.id() == id);
            switch (modelName) {
                case "product.template" -> unlink("product.product", idsWhere("product.product", "product_tmpl_id", id));
                case "mrp.bom" -> unlink("mrp.bom.line", idsWhere("mrp.bom.line", "bom_id", id));
                case "res.partner" -> unlink("res.partner.bank", idsWhere("res.partner.bank", "partner_id", id));
                default -> {
                }
            }
        }
    }

    private List<Long> idsWhere(String model, String field, long value) {
        List<Long> ids = new ArrayList<>();
        model(model).records.forEach((id, row) -> {
            if (Objects.equals(row.get(field), value)) {
                ids.add(id);
            }
        });
        return ids;
    }

    private long insert(Model model, Map<String, Object> row) {
        long id = model.nextId++;
        Map<String, Object> stored = new HashMap<>(row);
        stored.put("id", id);
        model.records.put(id, stored);
        return id;
    }

    static DoubleError missing(String model, Collection<Long> ids) {
        return new DoubleError(DoubleError.MISSING, "Record does not exist or has been deleted.\n(Record: " + model
                + "(" + String.join(", ", ids.stream().map(String::valueOf).toList()) + ",), User: 2)");
    }

    private static void requireExisting(Model model, Collection<Long> ids) {
        List<Long> missing = ids.stream().filter(id -> !model.records.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            throw missing(model.name, missing);
        }
    }

    /** Odoo's text for a missing mandatory field and for a foreign-key violation alike. */
    static String mandatoryMessage(Model model, Field field) {
        return "The operation cannot be completed:\n- Create/update: a mandatory field is not set.\n"
                + "- Delete: another model requires the record being deleted. If possible, archive it instead.\n\n"
                + "Model: " + model.description + " (" + model.name + ")\nField: " + field.label() + " (" + field.name() + ")";
    }

    private void checkRequired(Model model, Map<String, Object> row) {
        for (Field field : model.fields.values()) {
            if (field.required() && row.get(field.name()) == null) {
                throw DoubleError.validation(mandatoryMessage(model, field));
            }
        }
    }

    private void checkRelations(Model model, Map<String, Object> values) {
        for (Map.Entry<String, Object> value : values.entrySet()) {
            Field field = model.fields.get(value.getKey());
            if (field != null && field.type() == Type.MANY2MANY && value.getValue() instanceof List<?> targets) {
                for (Object target : targets) {
                    if (!exists(field.relation(), (Long) target)) {
                        throw missing(field.relation(), List.of((Long) target));
                    }
                }
            }
            if (field != null && field.type() == Type.MANY2ONE && value.getValue() != null
                    && !exists(field.relation(), (Long) value.getValue())) {
                if (field.foreignKeyMessage()) {
                    throw DoubleError.validation(mandatoryMessage(model, field));
                }
                throw missing(field.relation(), List.of((Long) value.getValue()));
            }
        }
    }

    private void checkConstraints(String model, long id) {
        Map<String, Object> row = row(model, id);
        switch (model) {
            case "product.template" -> {
                String barcode = (String) row.get("barcode");
                if (barcode != null && !Boolean.FALSE.equals(row.get("active"))) {
                    List<String> others = model("product.template").records.values().stream()
                            .filter(r -> !Objects.equals(r.get("id"), id) && barcode.equals(r.get("barcode"))
                                    && !Boolean.FALSE.equals(r.get("active")))
                            .map(r -> displayName("product.product", (Long) r.get("product_variant_id")))
                            .toList();
                    if (!others.isEmpty()) {
                        throw DoubleError.validation("Barcode(s) already assigned:\n\n- Barcode \"" + barcode
                                + "\" already assigned to product(s): " + String.join(", ", others));
                    }
                }
                if (!sameUnitCategory((Long) row.get("uom_id"), (Long) row.get("uom_po_id"))) {
                    throw DoubleError.validation(
                            "The default Unit of Measure and the purchase Unit of Measure must be in the same category.");
                }
            }
            case "mrp.bom" -> {
                Map<String, Object> template = row("product.template", (Long) row.get("product_tmpl_id"));
                if (!sameUnitCategory((Long) row.get("product_uom_id"), (Long) template.get("uom_id"))) {
                    throw DoubleError.validation("The Product Unit of Measure you chose has a different category than"
                            + " in the product form.");
                }
            }
            case "mrp.bom.line" -> {
                Map<String, Object> variant = row("product.product", (Long) row.get("product_id"));
                Map<String, Object> template = row("product.template", (Long) variant.get("product_tmpl_id"));
                if (!sameUnitCategory((Long) row.get("product_uom_id"), (Long) template.get("uom_id"))) {
                    throw DoubleError.validation("The Product Unit of Measure you chose has a different category than"
                            + " in the product form.");
                }
                Map<String, Object> bom = row("mrp.bom", (Long) row.get("bom_id"));
                if (Objects.equals(bom.get("product_tmpl_id"), variant.get("product_tmpl_id"))) {
                    throw DoubleError.validation("BoM line product " + displayName("product.product", (Long) row.get("product_id"))
                            + " should not be the same as BoM product.");
                }
            }
            default -> {
            }
        }
    }

    private boolean sameUnitCategory(Long a, Long b) {
        if (a == null || b == null) {
            return true;
        }
        return Objects.equals(row("uom.uom", a).get("category_id"), row("uom.uom", b).get("category_id"));
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
