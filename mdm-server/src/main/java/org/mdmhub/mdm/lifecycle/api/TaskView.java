package org.mdmhub.mdm.lifecycle.api;

import java.time.Instant;
import java.util.UUID;
import org.mdmhub.mdm.lifecycle.domain.ApprovalTask;

/**
 * A task in an approver's inbox. {@code overdue} is set once its due time has passed; {@code escalatedTo}
 * names the group it was then offered to as well.
 */
public record TaskView(String id, String name, UUID changeRequestId, String group, String assignee, Instant created,
                       Instant due, boolean overdue, String escalatedTo) {
    static TaskView of(ApprovalTask t, Instant now) {
        return new TaskView(t.id(), t.name(), t.changeRequestId(), t.group(), t.assignee(), t.created(), t.due(),
                t.overdue(now), t.escalatedTo());
    }
}
