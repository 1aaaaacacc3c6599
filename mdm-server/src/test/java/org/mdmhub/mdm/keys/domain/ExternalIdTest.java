package org.mdmhub.mdm.keys.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mdmhub.mdm.lifecycle.domain.RecordType;

class ExternalIdTest {
    private static final UUID ID = UUID.fromString("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b");

    @Test
    void namesARecordAsTheOdooAdapterDoes() {
        ExternalId id = new ExternalId(RecordType.ITEM, ID);
        assertEquals("item_" + ID, id.name());
        assertEquals("mdm.item_" + ID, id.toString());
        assertEquals("mdm.customer_" + ID, new ExternalId(RecordType.CUSTOMER, ID).toString());
    }

    @Test
    void parsesEveryDomainBackToItsRecord() {
        for (RecordType type : RecordType.values()) {
            ExternalId id = new ExternalId(type, ID);
            assertEquals(Optional.of(id), ExternalId.parse(id.toString()));
        }
    }

    @Test
    void anythingElseNamesNoRecord() {
        assertTrue(ExternalId.parse(null).isEmpty());
        assertTrue(ExternalId.parse("item_" + ID).isEmpty(), "the module is part of the external id");
        assertTrue(ExternalId.parse("other.item_" + ID).isEmpty());
        assertTrue(ExternalId.parse("mdm.widget_" + ID).isEmpty(), "not a domain");
        assertTrue(ExternalId.parse("mdm.Item_" + ID).isEmpty(), "domains are lower case");
        assertTrue(ExternalId.parse("mdm.bomline_" + ID).isEmpty(), "a BOM line is not a golden record");
        assertTrue(ExternalId.parse("mdm.item_1-2-3-4-5").isEmpty(), "only the canonical UUID form");
        assertTrue(ExternalId.parse("mdm.item_" + ID.toString().toUpperCase()).isEmpty());
        assertTrue(ExternalId.parse("mdm.item_" + ID + "x").isEmpty());
        assertTrue(ExternalId.parse("mdm.item").isEmpty());
        assertTrue(ExternalId.parse("res.partner,42").isEmpty());
    }
}
