package org.mdmhub.mdm.platform.json;

/** The published request shapes, one per file in {@code schemas/}. */
public enum SchemaName {
    ITEM_V1("schemas/v1/item.schema.json"),
    BOM_V1("schemas/v1/bom.schema.json");

    private final String path;

    SchemaName(String path) {
        this.path = path;
    }

    public String path() { return path; }
}
