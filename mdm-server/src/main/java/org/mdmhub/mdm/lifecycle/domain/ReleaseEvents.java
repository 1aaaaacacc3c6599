package org.mdmhub.mdm.lifecycle.domain;

/**
 * Where the lifecycle reports that a released record changed: released (first time or as its next
 * version), blocked, unblocked, made obsolete or superseded. The publication outbox implements it and writes
 * the event in the caller's transaction, so the change and its event commit or roll back together.
 */
public interface ReleaseEvents {

    /** {@code record} has just changed in a way subscribers must hear about; call after the change is made. */
    void changed(RecordRef record);
}
