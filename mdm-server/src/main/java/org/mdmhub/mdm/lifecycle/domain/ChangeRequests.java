package org.mdmhub.mdm.lifecycle.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** All change requests. */
public interface ChangeRequests {
    Optional<ChangeRequest> byId(UUID id);

    void add(ChangeRequest changeRequest);

    /**
     * Locks the request's row until the transaction ends, so that decisions on one request are taken one
     * after the other (the workflow engine would otherwise refuse the second with an optimistic-lock failure).
     */
    void lockForDecision(UUID id);

    /** The open or in-review requests that carry a record (a record is in at most one at a time). */
    List<ChangeRequest> pendingFor(RecordRef record);

    List<ChangeRequest> recent(ChangeRequestStatus status, int limit);
}
