package org.mdmhub.mdm.platform.json;

/** The published request shapes, one per file in {@code schemas/}. */
public enum SchemaName {
    ITEM_V1("schemas/v1/item.schema.json"),
    ITEM_PLANT_V1("schemas/v1/item-plant.schema.json"),
    PLANT_V1("schemas/v1/plant.schema.json"),
    UNIT_V1("schemas/v1/unit.schema.json"),
    BOM_V1("schemas/v1/bom.schema.json");

    private final String path;

    SchemaName(String path) {
        this.path = path;
    }

    public String path() { return path; }
}
