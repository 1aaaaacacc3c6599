package org.mdmhub.mdm.lifecycle.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The decisions taken on change requests, oldest first. */
public interface ApprovalDecisions {
    void add(ApprovalDecision decision);

    List<ApprovalDecision> of(UUID changeRequestId);

    /** The decisions on each of these requests, oldest first, in one look-up; a request without any has no key. */
    Map<UUID, List<ApprovalDecision>> ofAll(Collection<UUID> changeRequestIds);
}
