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
    static final String MODEL_DATA = "ir.model.data";
    static final String ACTIVE = "active";

    /** The line fields read back to prune lines the hub removed and to compare lines. */
    static final List<String> LINE_FIELDS = List.of("bom_id", "sequence", "product_id", "product_qty");

    static final LoadTable ITEMS = new LoadTable(TEMPLATE, List.of("id", "name", "default_code", "detailed_type",
            "uom_id/id", "uom_po_id/id", "categ_id/id", "barcode", "weight", "sale_ok", "purchase_ok", ACTIVE));
    static final LoadTable PARTNERS = new LoadTable(PARTNER, List.of("id", "name", "is_company", "vat", "ref", "email",
            "phone", "street", "city", "zip", "country_id/id", "supplier_rank", "customer_rank", ACTIVE));
    static final LoadTable BANK_ACCOUNTS = new LoadTable(BANK, List.of("id", "partner_id/id", "acc_number", "acc_holder_name"));
    static final LoadTable BOMS = new LoadTable(BOM, List.of("id", "product_tmpl_id/id", "product_qty", "product_uom_id/id",
            "type", "code", ACTIVE, "bom_line_ids/id", "bom_line_ids/product_id/.id", "bom_line_ids/product_qty",
            "bom_line_ids/product_uom_id/id", "bom_line_ids/sequence"));

    /** Columns compared when reading Odoo back (drift); the rest are Odoo's to change. */
    static final Map<String, List<String>> COMPARED = Map.of(
            TEMPLATE, List.of("name", "default_code", "barcode", "uom_id/id", "sale_ok", "purchase_ok", ACTIVE),
            PARTNER, List.of("name", "vat", "ref", "email", "phone", "street", "city", "zip", "country_id/id",
                    "supplier_rank", "customer_rank", ACTIVE),
            BOM, List.of("product_qty", "code", "type", ACTIVE));
    static final Set<String> FLAGS = Set.of("sale_ok", "purchase_ok", ACTIVE, "is_company");
    static final Set<String> NUMBERS = Set.of("weight", "product_qty");
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
     * RELEASED revision can be sold and bought; BLOCKED and SUPERSEDED stay visible, OBSOLETE is archived.
     * The GTIN travels only with RELEASED and BLOCKED revisions, so the revision that supersedes one can take
     * it over (Odoo refuses a barcode two active products share).
     */
    static LoadRecord item(ReleaseEvent event, JsonNode item, ValueMappings values) {
        String baseUnit = item.path("baseUnit").asText();
        String unit = values.unit(baseUnit).orElseThrow(() -> new MappingException("no Odoo unit for the hub unit '"
                + baseUnit + "': add it to the subscription's unit mapping"));
        LifecycleState state = event.state();
        boolean tradable = state == LifecycleState.RELEASED;
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
                kilograms(item.path("weight")),
                flag(tradable),
                flag(tradable),
                flag(state != LifecycleState.OBSOLETE));
        return new LoadRecord(event, event.externalName(), List.of(row));
    }

    private static String detailedType(String hubType) {
        return switch (hubType) {
            case "service" -> "service";
            case "consumable" -> "consu";
            default -> "product"; // raw, component, subassembly, finished: storable
        };
    }

    /** Weight in kg; a weight in a unit without a fixed mass factor is not sent (""). */
    private static String kilograms(JsonNode weight) {
        BigDecimal factor = KILOGRAMS.get(weight.path("unit").asText());
        if (weight.isMissingNode() || factor == null) {
            return "";
        }
        return weight.path("value").decimalValue().multiply(factor).stripTrailingZeros().toPlainString();
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
                          ValueMappings values) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = List.of(
                xid(event.externalName()),
                xid(itemName(parentId)),
                decimal(bom.path("producedQuantity").path("value")),
                unit(values, bom.path("producedQuantity").path("unit").asText()),
                "manufacture".equals(bom.path("type").asText()) ? "normal" : "phantom",
                bom.path("bomRevision").asText(),
                flag(event.state() == LifecycleState.RELEASED));
        for (JsonNode line : lines(bom)) {
            UUID lineId = lineId(line);
            List<String> row = new ArrayList<>(rows.isEmpty() ? header : blanks(header.size()));
            row.addAll(List.of(
                    xid("bomline_" + lineId),
                    String.valueOf(variantsByLine.get(lineId)),
                    decimal(line.path("quantity")),
                    unit(values, line.path("unit").asText()),
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

    private static String decimal(JsonNode number) {
        return number.decimalValue().stripTrailingZeros().toPlainString();
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
