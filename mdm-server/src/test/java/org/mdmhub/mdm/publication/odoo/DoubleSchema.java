package org.mdmhub.mdm.publication.odoo;

import static org.mdmhub.mdm.publication.odoo.DoubleStore.Type.BOOL;
import static org.mdmhub.mdm.publication.odoo.DoubleStore.Type.CHAR;
import static org.mdmhub.mdm.publication.odoo.DoubleStore.Type.FLOAT;
import static org.mdmhub.mdm.publication.odoo.DoubleStore.Type.INT;
import static org.mdmhub.mdm.publication.odoo.DoubleStore.Type.MANY2MANY;
import static org.mdmhub.mdm.publication.odoo.DoubleStore.Type.MANY2ONE;
import static org.mdmhub.mdm.publication.odoo.DoubleStore.Type.ONE2MANY;
import static org.mdmhub.mdm.publication.odoo.DoubleStore.Type.SELECTION;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mdmhub.mdm.publication.odoo.DoubleStore.Field;
import org.mdmhub.mdm.publication.odoo.DoubleStore.Type;

/**
 * The Odoo 17 models of the double (modules product, uom, mrp, contacts) and the records a fresh database
 * has: units and unit categories, the "All" product category, every ISO country. Field names, labels,
 * required flags and defaults as Odoo 17 has them, for the fields the connector touches.
 */
final class DoubleSchema {

    private DoubleSchema() {
    }

    static void define(DoubleStore store) {
        store.define("uom.category", "Product UoM Categories").field("name", "Unit of Measure Category", CHAR);
        store.define("uom.uom", "Product Unit of Measure")
                .add(required("name", "Unit of Measure", CHAR))
                .add(many2one("category_id", "Category", "uom.category", true, null, false))
                .field("factor", "Ratio", FLOAT)
                .add(defaulted("active", "Active", BOOL, true));
        store.define("product.category", "Product Category").add(required("name", "Name", CHAR));
        store.define("res.country", "Country").add(required("name", "Country Name", CHAR)).field("code", "Country Code", CHAR);

        store.define("decimal.precision", "Decimal Precision")
                .add(required("name", "Usage", CHAR))
                .add(defaulted("digits", "Digits", INT, 2L));

        store.define("stock.route", "Inventory Routes")
                .add(required("name", "Route", CHAR))
                .add(defaulted("active", "Active", BOOL, true));

        store.define("product.template", "Product")
                .add(required("name", "Name", CHAR))
                .field("default_code", "Internal Reference", CHAR)
                .add(new Field("detailed_type", "Product Type", SELECTION, null, true, "consu",
                        List.of("consu", "service", "product"), false, false, null))
                .add(many2one("uom_id", "Unit of Measure", "uom.uom", true, "uom.product_uom_unit", true))
                .add(many2one("uom_po_id", "Purchase UoM", "uom.uom", true, "uom.product_uom_unit", true))
                .add(many2one("categ_id", "Product Category", "product.category", true, "product.product_category_all", false))
                .field("barcode", "Barcode", CHAR)
                .add(defaulted("weight", "Weight", FLOAT, 0.0)).digits("weight", "Stock Weight")
                .add(defaulted("list_price", "Sales Price", FLOAT, 1.0))
                .add(defaulted("standard_price", "Cost", FLOAT, 0.0))
                .add(defaulted("sale_ok", "Can be Sold", BOOL, true))
                .add(defaulted("purchase_ok", "Can be Purchased", BOOL, true))
                .add(defaulted("active", "Active", BOOL, true))
                .add(new Field("route_ids", "Routes", MANY2MANY, "stock.route", false, null, null, false, false, null))
                .add(new Field("product_variant_id", "Product", MANY2ONE, "product.product", false, null, null, false, true, null));
        store.define("product.product", "Product Variant")
                .add(many2one("product_tmpl_id", "Product Template", "product.template", true, null, false))
                .add(defaulted("active", "Active", BOOL, true));

        store.define("res.partner", "Contact")
                .field("name", "Name", CHAR)
                .add(defaulted("is_company", "Is a Company", BOOL, false))
                .field("vat", "Tax ID", CHAR)
                .field("ref", "Reference", CHAR)
                .field("email", "Email", CHAR)
                .field("phone", "Phone", CHAR)
                .field("street", "Street", CHAR)
                .field("city", "City", CHAR)
                .field("zip", "Zip", CHAR)
                .add(many2one("country_id", "Country", "res.country", false, null, true))
                .add(defaulted("supplier_rank", "Supplier Rank", INT, 0L))
                .add(defaulted("customer_rank", "Customer Rank", INT, 0L))
                .add(defaulted("active", "Active", BOOL, true));
        store.define("res.partner.bank", "Bank Accounts")
                .add(many2one("partner_id", "Account Holder", "res.partner", true, null, false))
                .add(required("acc_number", "Account Number", CHAR))
                .field("acc_holder_name", "Account Holder Name", CHAR)
                .add(defaulted("active", "Active", BOOL, true));

        store.define("mrp.bom", "Bill of Material")
                .add(many2one("product_tmpl_id", "Product", "product.template", true, null, false))
                .add(many2one("product_id", "Product Variant", "product.product", false, null, false))
                .add(defaulted("product_qty", "Quantity", FLOAT, 1.0)).digits("product_qty", "Product Unit of Measure")
                .add(many2one("product_uom_id", "Unit of Measure", "uom.uom", true, "uom.product_uom_unit", true))
                .add(new Field("type", "BoM Type", SELECTION, null, true, "normal", List.of("normal", "phantom"), false, false, null))
                .field("code", "Reference", CHAR)
                .add(defaulted("active", "Active", BOOL, true))
                .add(defaulted("sequence", "Sequence", INT, 0L))
                .add(new Field("bom_line_ids", "BoM Lines", ONE2MANY, "mrp.bom.line", false, null, null, false, false, "bom_id"));
        store.define("mrp.bom.line", "Bill of Material Line")
                .add(many2one("bom_id", "Parent BoM", "mrp.bom", true, null, false))
                .add(many2one("product_id", "Component", "product.product", true, null, false))
                .add(defaulted("product_qty", "Quantity", FLOAT, 1.0)).digits("product_qty", "Product Unit of Measure")
                .add(many2one("product_uom_id", "Product Unit of Measure", "uom.uom", true, "uom.product_uom_unit", true))
                .add(defaulted("sequence", "Sequence", INT, 1L));
        seed(store);
    }

    private static Field required(String name, String label, Type type) {
        return new Field(name, label, type, null, true, null, null, false, false, null);
    }

    private static Field defaulted(String name, String label, Type type, Object value) {
        return new Field(name, label, type, null, false, value, null, false, false, null);
    }

    private static Field many2one(String name, String label, String relation, boolean required, String defaultXid,
                                  boolean foreignKeyMessage) {
        return new Field(name, label, MANY2ONE, relation, required, defaultXid, null, foreignKeyMessage, false, null);
    }

    private static void seed(DoubleStore store) {
        Map<String, Long> categories = Map.of(
                "unit", store.seed("uom.product_uom_categ_unit", "uom.category", Map.of("name", "Unit")),
                "kgm", store.seed("uom.product_uom_categ_kgm", "uom.category", Map.of("name", "Weight")),
                "time", store.seed("uom.uom_categ_wtime", "uom.category", Map.of("name", "Working Time")),
                "length", store.seed("uom.uom_categ_length", "uom.category", Map.of("name", "Length / Distance")),
                "surface", store.seed("uom.uom_categ_surface", "uom.category", Map.of("name", "Surface")),
                "volume", store.seed("uom.product_uom_categ_vol", "uom.category", Map.of("name", "Volume")));
        unit(store, "product_uom_unit", "Units", categories.get("unit"), 1.0);
        unit(store, "product_uom_dozen", "Dozens", categories.get("unit"), 1 / 12.0);
        unit(store, "product_uom_kgm", "kg", categories.get("kgm"), 1.0);
        unit(store, "product_uom_gram", "g", categories.get("kgm"), 1000.0);
        unit(store, "product_uom_ton", "t", categories.get("kgm"), 0.001);
        unit(store, "product_uom_lb", "lb", categories.get("kgm"), 2.20462);
        unit(store, "product_uom_oz", "oz", categories.get("kgm"), 35.274);
        unit(store, "product_uom_hour", "Hours", categories.get("time"), 8.0);
        unit(store, "product_uom_day", "Days", categories.get("time"), 1.0);
        unit(store, "product_uom_meter", "m", categories.get("length"), 1.0);
        unit(store, "product_uom_cm", "cm", categories.get("length"), 100.0);
        unit(store, "product_uom_millimeter", "mm", categories.get("length"), 1000.0);
        unit(store, "product_uom_km", "km", categories.get("length"), 0.001);
        unit(store, "product_uom_inch", "in", categories.get("length"), 39.3701);
        unit(store, "product_uom_foot", "ft", categories.get("length"), 3.28084);
        unit(store, "uom_square_meter", "m²", categories.get("surface"), 1.0);
        unit(store, "product_uom_litre", "L", categories.get("volume"), 1.0);
        unit(store, "product_uom_cubic_meter", "m³", categories.get("volume"), 0.001);
        // Odoo 17's own precisions (modules product and uom), all 2 digits in a fresh database
        store.seed("product.decimal_price", "decimal.precision", Map.of("name", "Product Price", "digits", 2L));
        store.seed("product.decimal_discount", "decimal.precision", Map.of("name", "Discount", "digits", 2L));
        store.seed("product.decimal_stock_weight", "decimal.precision", Map.of("name", "Stock Weight", "digits", 2L));
        store.seed("product.decimal_volume", "decimal.precision", Map.of("name", "Volume", "digits", 2L));
        store.seed("uom.decimal_product_uom", "decimal.precision", Map.of("name", "Product Unit of Measure", "digits", 2L));
        // the warehouse routes of modules stock, mrp and purchase_stock; MTO is archived in a fresh database
        store.seed("stock.route_warehouse0_mto", "stock.route", Map.of("name", "Replenish on Order (MTO)", "active", false));
        store.seed("mrp.route_warehouse0_manufacture", "stock.route", Map.of("name", "Manufacture", "active", true));
        store.seed("purchase_stock.route_warehouse0_buy", "stock.route", Map.of("name", "Buy", "active", true));
        store.seed("product.product_category_all", "product.category", Map.of("name", "All"));
        for (String code : Locale.getISOCountries()) {
            store.seed("base." + code.toLowerCase(Locale.ROOT), "res.country",
                    Map.of("name", new Locale("", code).getDisplayCountry(Locale.ENGLISH), "code", code));
        }
    }

    private static void unit(DoubleStore store, String name, String label, long category, double factor) {
        store.seed("uom." + name, "uom.uom", Map.of("name", label, "category_id", category, "factor", factor, "active", true));
    }
}
