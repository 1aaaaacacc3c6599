package org.mdmhub.mdm.lifecycle.domain;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * An approval waiting for a person: which change request, for which approver group, who holds it (if
 * claimed), when it is due, the group it was escalated to once overdue (else null), and who may never
 * complete it (the authors of what it would approve).
 */
public record ApprovalTask(String id, String name, UUID changeRequestId, String group, String assignee,
                           Instant created, Instant due, String escalatedTo, Set<String> authors) {

    /** Whether the task is overdue at {@code now}: escalated already, or past its due time. */
    public boolean overdue(Instant now) {
        return escalatedTo != null || (due != null && due.isBefore(now));
    }

    /** Whether someone in these groups may work on the task: its own group, or its escalation group once escalated. */
    public boolean offeredTo(Set<String> groups) {
        return groups.contains(group) || (escalatedTo != null && groups.contains(escalatedTo));
    }
}
