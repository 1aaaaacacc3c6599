package org.mdmhub.mdm.bench;

import java.util.UUID;

/**
 * One client of a workflow round, holding its own connection: takes one record through both steps of its
 * approval, the start (DRAFT → IN_REVIEW) and the completion (IN_REVIEW → RELEASED), or throws.
 */
interface WorkflowClient extends AutoCloseable {

    /** Moves the record into review; returns what {@link #complete} needs (the API's task id). */
    String start(UUID record) throws Exception;

    /** Releases the record, given what {@link #start} returned. */
    void complete(UUID record, String handle) throws Exception;

    /** Opens one client; a round opens all of them before its clock starts. */
    @FunctionalInterface
    interface Factory {
        WorkflowClient open() throws Exception;
    }
}
