package org.mdmhub.mdm.inbound.csv;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.mdmhub.mdm.platform.json.SchemaName;

/**
 * The domains a CSV file can carry, by the name in the path ({@code /inbound/csv/items}), with the record kind
 * they become and one example row for the template: values every reference table of a fresh hub knows, so the
 * template imports cleanly as it is (the BOM example names the two example items, which must exist).
 */
public enum CsvDomain {
    ITEMS("items", "item", SchemaName.ITEM_V1, Map.ofEntries(
            Map.entry("itemNumber", "CSV-EXAMPLE-PART"), Map.entry("revision", "A"), Map.entry("name", "Example part"),
            Map.entry("description", "A part imported from the CSV template"), Map.entry("type", "component"),
            Map.entry("baseUnit", "C62"), Map.entry("gtin", "4006381333931"), Map.entry("makeOrBuy", "buy"),
            Map.entry("weight.value", "0.25"), Map.entry("weight.unit", "KGM"), Map.entry("effectiveFrom", "2026-01-01"),
            Map.entry("source.key", "CSV-EXAMPLE-PART-A"))),
    SUPPLIERS("suppliers", "supplier", SchemaName.SUPPLIER_V1, Map.ofEntries(
            Map.entry("supplierNumber", "CSV-EXAMPLE-S1"), Map.entry("legalName", "Example Supplies GmbH"),
            Map.entry("vatId", "DE136695976"), Map.entry("country", "DE"),
            Map.entry("addresses[1].type", "legal"), Map.entry("addresses[1].street", "Beispielstr. 1"),
            Map.entry("addresses[1].postalCode", "10115"), Map.entry("addresses[1].city", "Berlin"),
            Map.entry("addresses[1].country", "DE"),
            Map.entry("contacts[1].name", "Erika Muster"), Map.entry("contacts[1].role", "sales"),
            Map.entry("contacts[1].email", "erika@example.com"), Map.entry("contacts[1].phone", "+49 30 1234567"),
            Map.entry("bankAccounts[1].iban", "DE89370400440532013000"), Map.entry("bankAccounts[1].bic", "COBADEFFXXX"),
            Map.entry("bankAccounts[1].accountHolder", "Example Supplies GmbH"),
            Map.entry("bankAccounts[1].bankName", "Commerzbank"),
            Map.entry("paymentTerms", "NET30"), Map.entry("currency", "EUR"), Map.entry("source.key", "CSV-EXAMPLE-S1"))),
    CUSTOMERS("customers", "customer", SchemaName.CUSTOMER_V1, Map.ofEntries(
            Map.entry("customerNumber", "CSV-EXAMPLE-C1"), Map.entry("legalName", "Example Retail GmbH"),
            Map.entry("vatId", "DE136695976"), Map.entry("country", "DE"),
            Map.entry("addresses[1].type", "billing"), Map.entry("addresses[1].street", "Musterweg 2"),
            Map.entry("addresses[1].postalCode", "20095"), Map.entry("addresses[1].city", "Hamburg"),
            Map.entry("addresses[1].country", "DE"),
            Map.entry("contacts[1].name", "Max Muster"), Map.entry("contacts[1].role", "purchasing"),
            Map.entry("contacts[1].email", "max@example.com"), Map.entry("contacts[1].phone", "+49 40 7654321"),
            Map.entry("creditLimit.amount", "10000"), Map.entry("creditLimit.currency", "EUR"),
            Map.entry("creditStatus", "ok"), Map.entry("paymentTerms", "NET30"),
            Map.entry("incoterm.code", "DAP"), Map.entry("incoterm.place", "Hamburg"),
            Map.entry("source.key", "CSV-EXAMPLE-C1"))),
    BOM_LINES("bom-lines", "bom", SchemaName.BOM_V1, Map.ofEntries(
            Map.entry("parent.itemNumber", "CSV-EXAMPLE-ASSY"), Map.entry("parent.revision", "A"),
            Map.entry("bomRevision", "A"), Map.entry("producedQuantity.value", "1"), Map.entry("producedQuantity.unit", "C62"),
            Map.entry("type", "manufacture"), Map.entry("effectiveFrom", "2026-01-01"),
            Map.entry("source.key", "CSV-EXAMPLE-ASSY-A-A"),
            Map.entry("line.position", "10"), Map.entry("line.component.itemNumber", "CSV-EXAMPLE-PART"),
            Map.entry("line.component.revision", "A"), Map.entry("line.quantity", "2"), Map.entry("line.unit", "C62")));

    private final String path;
    private final String kind;
    private final SchemaName schema;
    private final Map<String, String> example;

    CsvDomain(String path, String kind, SchemaName schema, Map<String, String> example) {
        this.path = path;
        this.kind = kind;
        this.schema = schema;
        this.example = example;
    }

    public static Optional<CsvDomain> byPath(String path) {
        return Arrays.stream(values()).filter(d -> d.path.equals(path)).findFirst();
    }

    public String path() { return path; }

    /** The record kind of the batch ({@code item}, {@code bom}…). */
    public String kind() { return kind; }

    SchemaName schema() { return schema; }

    /** One row's lines, grouped into one document per BOM (BOM lines), rather than one document per row. */
    boolean groupsRows() { return this == BOM_LINES; }

    /** The example value of a template column, or empty. */
    String example(String column) { return example.getOrDefault(column, ""); }
}
