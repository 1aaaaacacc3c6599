package org.mdmhub.mdm.lifecycle.domain;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * An approval waiting for a person: which change request, for which approver group, who holds it (if
 * claimed), and who may never complete it (the authors of what it would approve).
 */
public record ApprovalTask(String id, String name, UUID changeRequestId, String group, String assignee,
                           Instant created, Instant due, boolean escalated, Set<String> authors) {
}
