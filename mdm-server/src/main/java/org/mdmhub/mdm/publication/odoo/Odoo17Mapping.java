package org.mdmhub.mdm.publication.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;
import org.mdmhub.mdm.lifecycle.domain.RecordType;
import org.mdmhub.mdm.publication.domain.ReleaseEvent;

/**
 * Every Odoo 17 model and field name the connector uses, and how a released hub record (its JSON Schema
 * shape) becomes {@code load} rows: items → {@code product.template}, BOMs → {@code mrp.bom} with
 * {@code mrp.bom.line}, suppliers and customers → {@code res.partner}, supplier bank accounts →
 * {@code res.partner.bank}. Cells are import text, as Odoo's importer takes them ("" clears a field, "1"/"0"
 * for flags). An Odoo 18 mapping ({@code type} + {@code is_storable} instead of {@code detailed_type}) goes
 * beside this class. The table is in docs/odoo.md.
 */
final class Odoo17Mapping {

    static final String MODULE = "mdm";
    static final String TEMPLATE = "product.template";
    static final String VARIANT_FIELD = "product_variant_id";
    static final String PARTNER = "res.partner";
    static final String BANK = "res.partner.bank";
    static final String BOM = "mrp.bom";
    static final String BOM_LINE = "mrp.bom.line";
    static final String BOM_LINES_FIELD = "bom_line_ids";
    /** How drifts name a partner's bank accounts (Odoo's one2many {@code bank_ids}). */
    static final String BANK_FIELD = "bank_ids";
    static final String MODEL_DATA = "ir.model.data";
    static final String ACTIVE = "active";

    /** The line fields read back to prune lines the hub removed and to compare lines. */
    static final List<String> LINE_FIELDS = List.of("bom_id", "sequence", "product_id", "product_qty", "product_uom_id");

    static final LoadTable ITEMS = new LoadTable(TEMPLATE, List.of("id", "name", "default_code", "detailed_type",
            "uom_id/id", "uom_po_id/id", "categ_id/id", "barcode", "weight", "sale_ok", "purchase_ok", ACTIVE, "route_ids/id"));
    static final LoadTable PARTNERS = new LoadTable(PARTNER, List.of("id", "name", "is_company", "vat", "ref", "email",
            "phone", "street", "city", "zip", "country_id/id", "supplier_rank", "customer_rank", ACTIVE));
    static final LoadTable BANK_ACCOUNTS = new LoadTable(BANK, List.of("id", "partner_id/id", "acc_number", "acc_holder_name"));
    static final LoadTable BOMS = new LoadTable(BOM, List.of("id", "product_tmpl_id/id", "product_qty", "product_uom_id/id",
            "type", "code", ACTIVE, "bom_line_ids/id", "bom_line_ids/product_id/.id", "bom_line_ids/product_qty",
            "bom_line_ids/product_uom_id/id", "bom_line_ids/sequence"));

    /**
     * Columns not compared when reading Odoo back, each with the reason; every other column of a table is
     * compared (so a column added to a table is compared unless it is added here, with its reason).
     */
    static final Map<String, String> NOT_COMPARED = Map.of(
            "id", "the external id is how the record is found",
            "is_company", "always true; a partner is found by its external id whatever it says",
            "product_tmpl_id/id", "the parent names the BOM: another parent is another record, found by its external id",
            "bom_line_ids/id", "lines are matched by position",
            "bom_line_ids/product_id/.id", "the component's variant id comes from the key map, not from the release",
            "bom_line_ids/product_qty", "compared per line by position",
            "bom_line_ids/product_uom_id/id", "compared per line by position",
            "bom_line_ids/sequence", "the position is the line's key");

    /** Columns compared when reading Odoo back (drift); one drift per column that holds something else. */
    static final Map<String, List<String>> COMPARED = Map.of(
            TEMPLATE, compared(ITEMS), PARTNER, compared(PARTNERS), BOM, compared(BOMS));

    private static List<String> compared(LoadTable table) {
        return table.columns().stream().filter(c -> !NOT_COMPARED.containsKey(c)).toList();
    }

    static final Set<String> FLAGS = Set.of("sale_ok", "purchase_ok", ACTIVE, "is_company");
    static final Set<String> NUMBERS = Set.of("weight", "product_qty");
    /** Many2many columns: comma-separated external ids, compared as sets. */
    static final Set<String> MANY2MANY = Set.of("route_ids");
    /** Odoo raises these itself (each posted bill or invoice): "1" means at least 1. */
    static final Set<String> RANKS = Set.of("supplier_rank", "customer_rank");

    /** Mass units with a fixed factor to the kilogram, Odoo's weight unit. */
    private static final Map<String, BigDecimal> KILOGRAMS = Map.of(
            "KGM", BigDecimal.ONE, "GRM", new BigDecimal("0.001"), "MGM", new BigDecimal("0.000001"),
            "TNE", new BigDecimal("1000"), "LBR", new BigDecimal("0.45359237"), "ONZ", new BigDecimal("0.028349523125"));

    private Odoo17Mapping() {
    }

    /** {@code mdm.item_<id>}: the external id of a record named {@code item_<id>}. */
    static String xid(String externalName) {
        return MODULE + "." + externalName;
    }

    static String itemName(UUID itemId) {
        return RecordType.ITEM.name().toLowerCase() + "_" + itemId;
    }

    // --- items ----------------------------------------------------------------------------------------------

    /**
     * An item as a product template. default_code is the hub's business key {@code itemNumber/revision}: each
     * revision is its own golden record and so its own template, and users must tell them apart. Only a
     * RELEASED revision can be sold or bought, each as its type allows ({@link ValueMappings#trade}); BLOCKED and SUPERSEDED stay visible, OBSOLETE is archived.
     * The GTIN travels only with RELEASED and BLOCKED revisions, so the revision that supersedes one can take
     * it over (Odoo refuses a barcode two active products share).
     */
    static LoadRecord item(ReleaseEvent event, JsonNode item, ValueMappings values, Precisions precisions) {
        String baseUnit = item.path("baseUnit").asText();
        String unit = values.unit(baseUnit).orElseThrow(() -> new MappingException("no Odoo unit for the hub unit '"
                + baseUnit + "': add it to the subscription's unit mapping"));
        LifecycleState state = event.state();
        boolean tradable = state == LifecycleState.RELEASED;
        boolean[] trade = values.trade(item.path("type").asText(), text(item, "makeOrBuy"));
        boolean current = state == LifecycleState.RELEASED || state == LifecycleState.BLOCKED;
        List<String> row = List.of(
                xid(event.externalName()),
                item.path("name").asText(),
                item.path("itemNumber").asText() + "/" + item.path("revision").asText(),
                detailedType(item.path("type").asText()),
                unit,
                unit,
                values.category(text(item, "category")),
                current ? item.path("gtin").asText("") : "",
                kilograms(item.path("weight"), precisions.weight()),
                flag(tradable && trade[0]),
                flag(tradable && trade[1]),
                flag(state != LifecycleState.OBSOLETE),
                values.routes(item.path("type").asText(), text(item, "makeOrBuy")));
        return new LoadRecord(event, event.externalName(), List.of(row));
    }

    private static String detailedType(String hubType) {
        return switch (hubType) {
            case "service" -> "service";
            case "consumable" -> "consu";
            default -> "product"; // raw, component, subassembly, finished: storable
        };
    }

    /**
     * Weight in kg, Odoo's weight unit; a weight in a unit without a fixed mass factor is not sent ("").
     * Odoo's field has no unit of its own to fall back on, so a weight it would round is refused.
     */
    private static String kilograms(JsonNode weight, int digits) {
        BigDecimal factor = KILOGRAMS.get(weight.path("unit").asText());
        if (weight.isMissingNode() || factor == null) {
            return "";
        }
        BigDecimal kg = weight.path("value").decimalValue().multiply(factor).stripTrailingZeros();
        if (!Precisions.keeps(kg, digits)) {
            throw new MappingException("weight " + kg.toPlainString() + " kg needs " + kg.scale() + " decimals, but this Odoo"
                    + " keeps " + digits + " for weights (decimal precision '" + Precisions.WEIGHT + "') and would store "
                    + kg.setScale(digits, java.math.RoundingMode.HALF_UP).toPlainString() + " kg: raise that precision in"
                    + " Odoo (Settings, Technical, Decimal Accuracy), then replay");
        }
        return kg.toPlainString();
    }

    /** Odoo's refusal of a barcode another active product holds (product's barcode uniqueness constraint). */
    static boolean isIdentifierHeld(String loadMessage) {
        return loadMessage != null && loadMessage.contains("Barcode(s) already assigned");
    }

    // --- partners -------------------------------------------------------------------------------------------

    /**
     * A supplier or customer as a company partner. Odoo 17 has no standard "blocked" flag on partners in the
     * modules we can count on, so BLOCKED archives the partner like OBSOLETE does (no new orders can pick an
     * archived partner); unblocking makes it active again. The address is the legal one (else billing, else
     * the first); email and phone come from the first contact that has them.
     */
    static LoadRecord partner(ReleaseEvent event, JsonNode partner) {
        boolean supplier = event.domain() == RecordType.SUPPLIER;
        JsonNode address = address(partner.path("addresses"));
        List<String> row = List.of(
                xid(event.externalName()),
                partner.path("legalName").asText(),
                flag(true),
                partner.path("vatId").asText(""),
                partner.path(supplier ? "supplierNumber" : "customerNumber").asText(),
                firstContact(partner.path("contacts"), "email"),
                firstContact(partner.path("contacts"), "phone"),
                address.path("street").asText(""),
                address.path("city").asText(""),
                address.path("postalCode").asText(""),
                "base." + address.path("country").asText(partner.path("country").asText()).toLowerCase(),
                supplier ? "1" : "0",
                supplier ? "0" : "1",
                flag(event.state() == LifecycleState.RELEASED));
        return new LoadRecord(event, event.externalName(), List.of(row));
    }

    private static JsonNode address(JsonNode addresses) {
        for (String type : List.of("legal", "billing")) {
            for (JsonNode address : addresses) {
                if (type.equals(address.path("type").asText())) {
                    return address;
                }
            }
        }
        return addresses.path(0);
    }

    private static String firstContact(JsonNode contacts, String field) {
        for (JsonNode contact : contacts) {
            if (contact.hasNonNull(field)) {
                return contact.get(field).asText();
            }
        }
        return "";
    }

    /**
     * A supplier's bank accounts, one row each ({@code mdm.bank_<supplier id>_<account id>}); empty when it has
     * none. Odoo needs the whole IBAN: when the subscription sees only masked ones, no account can be sent.
     *
     * @throws MaskedIbanException when an IBAN arrived masked
     */
    static List<List<String>> bankAccounts(ReleaseEvent supplier, JsonNode document) {
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (JsonNode account : document.path("bankAccounts")) {
            n++;
            String iban = account.path("iban").asText().replace(" ", "");
            if (iban.contains("*")) {
                throw new MaskedIbanException();
            }
            String key = account.hasNonNull("id") ? account.get("id").asText() : String.valueOf(n);
            rows.add(List.of(xid("bank_" + supplier.recordId() + "_" + key), xid(supplier.externalName()),
                    iban.toUpperCase(), account.path("accountHolder").asText("")));
        }
        return rows;
    }

    /** The subscription may not see IBANs unmasked, so Odoo cannot get the accounts. */
    static final class MaskedIbanException extends RuntimeException {
        MaskedIbanException() {
            super("bank accounts not sent: the IBANs arrived masked (the subscription does not include sensitive data)");
        }
    }

    // --- BOMs -----------------------------------------------------------------------------------------------

    /**
     * A BOM with its lines, one row per line ordered by position. The parent is named by its item's external
     * id, each line's component by the {@code product.product} (variant) database id Odoo needs there, and
     * each line has its own external id ({@code mdm.bomline_<line id>}) so a re-load updates instead of
     * appending. Only a RELEASED BOM is active.
     *
     * @param parentId       golden id of the parent item revision
     * @param variantsByLine component variant database id per line id
     */
    static LoadRecord bom(ReleaseEvent event, JsonNode bom, UUID parentId, Map<UUID, Long> variantsByLine,
                          ValueMappings values, Precisions precisions) {
        List<List<String>> rows = new ArrayList<>();
        Quantity produced = quantity(bom.path("producedQuantity").path("value"), bom.path("producedQuantity").path("unit").asText(),
                values, precisions.quantity(), "the produced quantity");
        List<String> header = List.of(
                xid(event.externalName()),
                xid(itemName(parentId)),
                produced.value(),
                produced.unit(),
                "manufacture".equals(bom.path("type").asText()) ? "normal" : "phantom",
                bom.path("bomRevision").asText(),
                flag(event.state() == LifecycleState.RELEASED));
        for (JsonNode line : lines(bom)) {
            UUID lineId = lineId(line);
            List<String> row = new ArrayList<>(rows.isEmpty() ? header : blanks(header.size()));
            Quantity quantity = quantity(line.path("quantity"), line.path("unit").asText(), values, precisions.quantity(),
                    "the quantity of the line at position " + line.path("position").asText());
            row.addAll(List.of(
                    xid("bomline_" + lineId),
                    String.valueOf(variantsByLine.get(lineId)),
                    quantity.value(),
                    quantity.unit(),
                    line.path("position").asText()));
            rows.add(row);
        }
        return new LoadRecord(event, event.externalName(), rows);
    }

    /** The BOM's lines in position order. */
    static List<JsonNode> lines(JsonNode bom) {
        return StreamSupport.stream(bom.path("lines").spliterator(), false)
                .sorted(Comparator.comparingInt(l -> l.path("position").asInt()))
                .toList();
    }

    static UUID lineId(JsonNode line) {
        if (!line.hasNonNull("id")) {
            throw new MappingException("BOM line at position " + line.path("position").asText()
                    + " has no id (published lines always carry one)");
        }
        return UUID.fromString(line.get("id").asText());
    }

    /** A quantity as sent: import text and the Odoo unit's external id. */
    record Quantity(String value, String unit) {
    }

    /**
     * Finer units of the same Odoo unit category, with their factor, tried in order when Odoo would round a
     * quantity in the hub's unit: 0.0005 KGM is kept as 0.5 GRM. Odoo converts between units of one category
     * itself, so a line in grams of a component stocked in kilograms is what an Odoo user would enter too.
     */
    private static final Map<String, List<Map.Entry<String, BigDecimal>>> FINER = Map.of(
            "TNE", List.of(Map.entry("KGM", new BigDecimal(1000)), Map.entry("GRM", new BigDecimal(1_000_000))),
            "KGM", List.of(Map.entry("GRM", new BigDecimal(1000))),
            "LBR", List.of(Map.entry("ONZ", new BigDecimal(16))),
            "KMT", List.of(Map.entry("MTR", new BigDecimal(1000)), Map.entry("MMT", new BigDecimal(1_000_000))),
            "MTR", List.of(Map.entry("CMT", new BigDecimal(100)), Map.entry("MMT", new BigDecimal(1000))),
            "CMT", List.of(Map.entry("MMT", BigDecimal.TEN)),
            "MTQ", List.of(Map.entry("LTR", new BigDecimal(1000))),
            "DZN", List.of(Map.entry("C62", new BigDecimal(12))));

    /**
     * The quantity in the hub's unit when Odoo keeps it exactly at {@code digits} decimals, else in the first
     * finer mapped unit that does; refused when none does, rather than letting Odoo round it.
     */
    static Quantity quantity(JsonNode number, String unitCode, ValueMappings values, int digits, String what) {
        BigDecimal value = number.decimalValue().stripTrailingZeros();
        String unit = unit(values, unitCode);
        if (Precisions.keeps(value, digits)) {
            return new Quantity(value.toPlainString(), unit);
        }
        for (Map.Entry<String, BigDecimal> finer : FINER.getOrDefault(unitCode, List.of())) {
            BigDecimal converted = value.multiply(finer.getValue()).stripTrailingZeros();
            var finerUnit = values.unit(finer.getKey());
            if (finerUnit.isPresent() && Precisions.keeps(converted, digits)) {
                return new Quantity(converted.toPlainString(), finerUnit.get());
            }
        }
        throw new MappingException(what + " " + value.toPlainString() + " " + unitCode + " needs " + value.scale()
                + " decimals, but this Odoo keeps " + digits + " for quantities (decimal precision '" + Precisions.QUANTITY
                + "') and no finer mapped unit holds it exactly: raise that precision in Odoo (Settings, Technical,"
                + " Decimal Accuracy), then replay");
    }

    private static List<String> blanks(int n) {
        return new ArrayList<>(java.util.Collections.nCopies(n, ""));
    }

    private static String unit(ValueMappings values, String code) {
        return values.unit(code).orElseThrow(() -> new MappingException("no Odoo unit for the hub unit '" + code
                + "': add it to the subscription's unit mapping"));
    }

    // --- cells ----------------------------------------------------------------------------------------------

    private static String flag(boolean value) {
        return value ? "1" : "0";
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
