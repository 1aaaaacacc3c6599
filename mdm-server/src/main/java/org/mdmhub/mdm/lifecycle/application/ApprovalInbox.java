package org.mdmhub.mdm.lifecycle.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.mdmhub.mdm.audit.ChangeReason;
import org.mdmhub.mdm.lifecycle.domain.ApprovalDecision;
import org.mdmhub.mdm.lifecycle.domain.ApprovalDecisions;
import org.mdmhub.mdm.lifecycle.domain.ApprovalTask;
import org.mdmhub.mdm.lifecycle.domain.ApprovalWorkflow;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;
import org.mdmhub.mdm.security.CurrentUser;

/**
 * An approver's inbox: list, claim, approve, reject (with a comment), delegate. Four eyes is enforced here,
 * whatever roles a person holds: nobody completes a task for content they authored.
 */
@ApplicationScoped
@Transactional
public class ApprovalInbox {

    @Inject
    Clock clock;
    @Inject ApprovalWorkflow workflow;
    @Inject ApprovalDecisions decisions;
    @Inject CurrentUser user;
    @Inject ChangeReason reason;

    public List<ApprovalTask> tasks(Set<String> groups) {
        return workflow.tasksFor(user.name(), groups);
    }

    public ApprovalTask claim(String taskId, Set<String> groups) {
        ApprovalTask task = authorized(taskId, groups);
        if (task.assignee() != null && !task.assignee().equals(user.name())) {
            throw new MdmException(ProblemType.CONFLICT, "Task " + taskId + " is already claimed by " + task.assignee());
        }
        workflow.claim(taskId, user.name());
        return workflow.task(taskId).orElseThrow();
    }

    public void delegate(String taskId, String toUser, Set<String> groups) {
        authorized(taskId, groups);
        if (toUser == null || toUser.isBlank()) {
            throw MdmException.validation(List.of(new FieldError("user", "name the person to delegate to")));
        }
        workflow.delegate(taskId, toUser.strip());
    }

    public void approve(String taskId, String comment, Set<String> groups) {
        decide(taskId, true, comment, groups);
    }

    public void reject(String taskId, String comment, Set<String> groups) {
        if (comment == null || comment.isBlank()) {
            throw MdmException.validation(List.of(new FieldError("comment", "a rejection needs a comment saying why")));
        }
        decide(taskId, false, comment, groups);
    }

    private void decide(String taskId, boolean approve, String comment, Set<String> groups) {
        ApprovalTask task = authorized(taskId, groups);
        reason.set((approve ? "approved" : "rejected") + " by " + user.name() + " for " + task.group()
                + (comment == null || comment.isBlank() ? "" : ": " + comment.strip()));
        decisions.add(new ApprovalDecision(task.changeRequestId(), task.group(), user.name(), approve,
                comment == null ? null : comment.strip(), clock.instant()));
        workflow.decide(taskId, approve);
    }

    /** The task, if the caller may work on it: in its group, not held by someone else, and no author of what it approves. */
    private ApprovalTask authorized(String taskId, Set<String> groups) {
        ApprovalTask task = workflow.task(taskId).orElseThrow(() -> MdmException.notFound("Task " + taskId));
        String me = user.name();
        // membership of the task's group (or of its escalation group once overdue) is needed even for a
        // delegated task: delegation never widens rights
        boolean mine = task.offeredTo(groups) && (task.assignee() == null || me.equals(task.assignee()));
        if (!mine) {
            throw new MdmException(ProblemType.FORBIDDEN, "Task " + taskId + " belongs to group " + task.group()
                    + (task.assignee() == null ? "" : " and is held by " + task.assignee()));
        }
        if (task.authors().contains(me)) {
            throw new MdmException(ProblemType.FORBIDDEN, "Four eyes: " + me
                    + " authored content of this change request and cannot approve or reject it");
        }
        return task;
    }
}
