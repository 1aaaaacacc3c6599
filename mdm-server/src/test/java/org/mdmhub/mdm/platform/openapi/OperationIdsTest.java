package org.mdmhub.mdm.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OperationIdsTest {

    @Test
    void joinsTheResourceNounAndTheMethod() {
        assertEquals("itemCreate", OperationIds.of("ItemResource_create"));
        assertEquals("referenceDataAddPlant", OperationIds.of("ReferenceDataResource_addPlant"));
    }

    @Test
    void doesNotRepeatAVerbTheNounAlreadyEndsWith() {
        assertEquals("recordSubmit", OperationIds.of("RecordSubmitResource_submit"));
        assertEquals("whereUsed", OperationIds.of("WhereUsedResource_whereUsed"));
    }

    @Test
    void leavesAnIdGivenInAnAnnotationAlone() {
        assertEquals("listThings", OperationIds.of("listThings"));
    }
}
