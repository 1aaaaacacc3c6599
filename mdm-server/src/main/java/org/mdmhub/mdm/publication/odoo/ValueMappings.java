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
    /** Hub make/buy → the Odoo routes (external ids, comma-separated) that replenish the product. */
    static final String ROUTE = "route";
    static final Map<String, String> DEFAULT_ROUTES = Map.of(
            "make", "mrp.route_warehouse0_manufacture", "buy", "purchase_stock.route_warehouse0_buy");
    /** Hub item type → what Odoo users may do with the product: sale, purchase, both or none. */
    static final String TRADE = "trade";
    static final java.util.List<String> TRADES = java.util.List.of("sale", "purchase", "both", "none");
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
    private final Map<String, String> trades;

    ValueMappings(Map<String, String> units, Map<String, String> categories) {
        this(units, categories, Map.of());
    }

    private final Map<String, String> routes = new HashMap<>(DEFAULT_ROUTES);

    ValueMappings(Map<String, String> units, Map<String, String> categories, Map<String, String> trades,
                  Map<String, String> routes) {
        this(units, categories, trades);
        this.routes.putAll(routes);
    }

    ValueMappings(Map<String, String> units, Map<String, String> categories, Map<String, String> trades) {
        this.units = new HashMap<>(DEFAULT_UNITS);
        this.units.putAll(units);
        this.categories = Map.copyOf(categories);
        this.trades = Map.copyOf(trades);
    }

    /**
     * The routes that replenish an item: Manufacture when it is made, Buy when it is bought (the subscription's
     * {@code route} mapping wins); an item that does not say is made when finished, bought otherwise; a
     * service has none (Odoo does not stock it). Odoo would otherwise give every product its default, Buy.
     */
    String routes(String type, String makeOrBuy) {
        if ("service".equals(type)) {
            return "";
        }
        String how = makeOrBuy != null ? makeOrBuy : "finished".equals(type) ? "make" : "buy";
        return routes.getOrDefault(how, "");
    }

    /**
     * Whether a released item of this type is sold and bought in Odoo ({@code sale_ok}, {@code purchase_ok}),
     * unless the subscription's {@code trade} mapping says otherwise for the type. By default: raw materials
     * and consumables are bought, not sold; components and subassemblies are bought when bought in
     * ({@code makeOrBuy = buy}, or unsaid) and neither when made; finished goods and services are sold, and
     * bought too when bought in.
     *
     * @return {sale_ok, purchase_ok}
     */
    boolean[] trade(String type, String makeOrBuy) {
        String mapped = trades.get(type);
        if (mapped != null) {
            return new boolean[] {mapped.equals("sale") || mapped.equals("both"), mapped.equals("purchase") || mapped.equals("both")};
        }
        boolean bought = !"make".equals(makeOrBuy);
        return switch (type) {
            case "raw", "consumable" -> new boolean[] {false, true};
            case "component", "subassembly" -> new boolean[] {false, bought};
            case "finished", "service" -> new boolean[] {true, "buy".equals(makeOrBuy)};
            default -> new boolean[] {false, bought};
        };
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
