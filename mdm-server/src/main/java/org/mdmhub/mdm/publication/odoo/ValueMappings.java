package org.mdmhub.mdm.publication.odoo;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Hub codes to Odoo external ids: units (UN/CEFACT Recommendation 20 → {@code uom.*}) and product categories
 * (hub category code → {@code product.category} external id). The subscription's own mapping wins; for units
 * the common Rec 20 codes have defaults that match a fresh Odoo 17; an item without a mapped category goes
 * to Odoo's "All" category.
 */
final class ValueMappings {
    static final String UNIT = "unit";
    static final String CATEGORY = "category";
    static final String DEFAULT_CATEGORY = "product.product_category_all";

    /** Rec 20 code → the unit Odoo 17 ships with (module uom). */
    static final Map<String, String> DEFAULT_UNITS = Map.ofEntries(
            Map.entry("C62", "uom.product_uom_unit"), // one
            Map.entry("H87", "uom.product_uom_unit"), // piece
            Map.entry("EA", "uom.product_uom_unit"),  // each
            Map.entry("DZN", "uom.product_uom_dozen"),
            Map.entry("KGM", "uom.product_uom_kgm"),
            Map.entry("GRM", "uom.product_uom_gram"),
            Map.entry("TNE", "uom.product_uom_ton"),
            Map.entry("LBR", "uom.product_uom_lb"),
            Map.entry("ONZ", "uom.product_uom_oz"),
            Map.entry("MTR", "uom.product_uom_meter"),
            Map.entry("CMT", "uom.product_uom_cm"),
            Map.entry("MMT", "uom.product_uom_millimeter"),
            Map.entry("KMT", "uom.product_uom_km"),
            Map.entry("INH", "uom.product_uom_inch"),
            Map.entry("FOT", "uom.product_uom_foot"),
            Map.entry("MTK", "uom.uom_square_meter"),
            Map.entry("LTR", "uom.product_uom_litre"),
            Map.entry("MTQ", "uom.product_uom_cubic_meter"),
            Map.entry("HUR", "uom.product_uom_hour"),
            Map.entry("DAY", "uom.product_uom_day"));

    private final Map<String, String> units;
    private final Map<String, String> categories;

    ValueMappings(Map<String, String> units, Map<String, String> categories) {
        this.units = new HashMap<>(DEFAULT_UNITS);
        this.units.putAll(units);
        this.categories = Map.copyOf(categories);
    }

    /** The Odoo unit for a hub unit code, if one is mapped. */
    Optional<String> unit(String code) {
        return Optional.ofNullable(units.get(code));
    }

    /** The Odoo category for a hub category code (null or unmapped: "All"). */
    String category(String code) {
        return code == null ? DEFAULT_CATEGORY : categories.getOrDefault(code, DEFAULT_CATEGORY);
    }
}
