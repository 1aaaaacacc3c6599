package org.mdmhub.mdm.lifecycle.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** All change requests. */
public interface ChangeRequests {
    Optional<ChangeRequest> byId(UUID id);

    void add(ChangeRequest changeRequest);

    /** The open or in-review requests that carry a record (a record is in at most one at a time). */
    List<ChangeRequest> pendingFor(RecordRef record);

    List<ChangeRequest> recent(ChangeRequestStatus status, int limit);
}
