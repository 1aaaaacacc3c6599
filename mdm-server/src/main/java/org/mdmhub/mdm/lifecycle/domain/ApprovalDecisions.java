package org.mdmhub.mdm.lifecycle.domain;

import java.util.List;
import java.util.UUID;

/** The decisions taken on change requests, oldest first. */
public interface ApprovalDecisions {
    void add(ApprovalDecision decision);

    List<ApprovalDecision> of(UUID changeRequestId);
}
