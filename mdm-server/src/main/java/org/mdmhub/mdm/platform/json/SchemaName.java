package org.mdmhub.mdm.platform.json;

/** The published request shapes, one per file in {@code schemas/}. */
public enum SchemaName {
    ITEM_V1("schemas/v1/item.schema.json"),
    ITEM_PLANT_V1("schemas/v1/item-plant.schema.json"),
    PLANT_V1("schemas/v1/plant.schema.json"),
    UNIT_V1("schemas/v1/unit.schema.json"),
    CHANGE_REQUEST_V1("schemas/v1/change-request.schema.json"),
    CHANGE_REQUEST_RECORDS_V1("schemas/v1/change-request-records.schema.json"),
    TASK_DECISION_V1("schemas/v1/task-decision.schema.json"),
    LIFECYCLE_REASON_V1("schemas/v1/lifecycle-reason.schema.json"),
    SUPPLIER_V1("schemas/v1/supplier.schema.json"),
    CUSTOMER_V1("schemas/v1/customer.schema.json"),
    BOM_V1("schemas/v1/bom.schema.json"),
    SUBSCRIPTION_V1("schemas/v1/subscription.schema.json"),
    REPLAY_V1("schemas/v1/replay.schema.json"),
    INBOUND_BATCH_V1("schemas/v1/inbound-batch.schema.json"),
    INBOUND_RESULT_V1("schemas/v1/inbound-result.schema.json");

    private final String path;

    SchemaName(String path) {
        this.path = path;
    }

    public String path() { return path; }
}
