package org.mdmhub.mdm.publication.odoo;

import java.util.Objects;

/**
 * Where a hub record sits in one Odoo: its database id in {@code model} and, for an item, the id of the
 * template's one variant ({@code product.product}), which BOM lines need.
 *
 * @param externalName e.g. {@code item_<golden id>} (the external id without the module)
 * @param model        e.g. {@code product.template}
 * @param odooId       the database id
 * @param variantId    for a product template: its variant's database id; else null
 */
public record OdooKey(String externalName, String model, long odooId, Long variantId) {

    public OdooKey {
        Objects.requireNonNull(externalName);
        Objects.requireNonNull(model);
    }
}
