package org.mdmhub.mdm.lifecycle.flowable;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.stream.Collectors;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.identitylink.api.IdentityLinkInfo;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskInfo;
import org.mdmhub.mdm.lifecycle.domain.ApprovalTask;
import org.mdmhub.mdm.lifecycle.domain.ApprovalWorkflow;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;

/**
 * {@link ApprovalWorkflow} on Flowable: the DMN decision {@code approval-groups} picks approver groups, the
 * BPMN process {@code change-approval} opens one task per group, and the first rejection or the last
 * approval ends it. Engine types stay inside this package.
 */
@ApplicationScoped
class FlowableApprovalWorkflow implements ApprovalWorkflow {
    static final String DECISION_KEY = "approval-groups";
    static final String ESCALATION_KEY = "approval-escalation";

    @Inject
    Clock clock;

    @Inject
    FlowableEngine flowable;

    @Override
    public Set<String> requiredApprovals(Map<String, Object> facts) {
        List<Map<String, Object>> rows = flowable.decisions().createExecuteDecisionBuilder()
                .decisionKey(DECISION_KEY).variables(new HashMap<>(facts)).execute();
        return rows.stream().map(row -> (String) row.get("group")).filter(g -> g != null && !g.isBlank())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    public String start(UUID changeRequestId, Set<String> approverGroups, Set<String> authors, Instant releaseAt) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.CHANGE_REQUEST_ID, changeRequestId.toString());
        variables.put(ProcessVariables.APPROVAL_GROUPS, new ArrayList<>(approverGroups));
        variables.put(ProcessVariables.AUTHORS, String.join(",", authors));
        variables.put(ProcessVariables.REJECTED, false);
        variables.put(ProcessVariables.RELEASE_AT, releaseAt == null ? null : releaseAt.toString());
        Duration dueAfter = null;
        StringJoiner escalations = new StringJoiner(";");
        for (String group : approverGroups) {
            Map<String, Object> rule = flowable.decisions().createExecuteDecisionBuilder().decisionKey(ESCALATION_KEY)
                    .variable("group", group).executeWithSingleResult();
            Duration groupDue = Duration.parse((String) rule.get("dueAfter"));
            dueAfter = dueAfter == null || groupDue.compareTo(dueAfter) < 0 ? groupDue : dueAfter;
            escalations.add(group + "=" + rule.get("escalateTo"));
        }
        // the request is due when its strictest group is; then all its open approvals escalate together
        variables.put(ProcessVariables.DUE, java.util.Date.from(clock.instant().plus(dueAfter)));
        variables.put(ProcessVariables.ESCALATIONS, escalations.toString());
        return flowable.engine().getRuntimeService()
                .startProcessInstanceByKey(ProcessVariables.PROCESS_KEY, changeRequestId.toString(), variables)
                .getProcessInstanceId();
    }

    @Override
    public List<ApprovalTask> tasksFor(String user, Set<String> groups) {
        var query = flowable.engine().getTaskService().createTaskQuery()
                .processDefinitionKey(ProcessVariables.PROCESS_KEY)
                .includeProcessVariables().includeTaskLocalVariables().includeIdentityLinks();
        if (groups.isEmpty()) {
            query.taskAssignee(user);
        } else {
            query.or().taskCandidateGroupIn(groups).taskAssignee(user).endOr();
        }
        return query.orderByTaskCreateTime().asc().list().stream().map(FlowableApprovalWorkflow::toTask).toList();
    }

    @Override
    public Optional<ApprovalTask> task(String taskId) {
        return Optional.ofNullable(flowable.engine().getTaskService().createTaskQuery().taskId(taskId)
                .includeProcessVariables().includeTaskLocalVariables().includeIdentityLinks().singleResult())
                .map(FlowableApprovalWorkflow::toTask);
    }

    @Override
    public void claim(String taskId, String user) {
        flowable.engine().getTaskService().setAssignee(taskId, user);
    }

    @Override
    public void delegate(String taskId, String toUser) {
        flowable.engine().getTaskService().setAssignee(taskId, toUser);
    }

    @Override
    public void decide(String taskId, boolean approve) {
        Task task = flowable.engine().getTaskService().createTaskQuery().taskId(taskId).singleResult();
        try {
            if (!approve) {
                flowable.engine().getRuntimeService().setVariable(task.getProcessInstanceId(), ProcessVariables.REJECTED, true);
            }
            flowable.engine().getTaskService().complete(taskId);
        } catch (FlowableOptimisticLockingException e) {
            // two decisions on one request at the same instant: the later one is refused whole and can be retried
            throw new MdmException(ProblemType.CONFLICT, "Another decision on this change request was saved at the "
                    + "same moment; nothing was changed by yours, try again");
        }
    }

    @Override
    public List<ApprovalTask> openTasks(UUID changeRequestId) {
        return flowable.engine().getTaskService().createTaskQuery()
                .processInstanceBusinessKey(changeRequestId.toString())
                .includeProcessVariables().includeTaskLocalVariables().includeIdentityLinks()
                .orderByTaskCreateTime().asc().list().stream().map(FlowableApprovalWorkflow::toTask).toList();
    }

    private static ApprovalTask toTask(TaskInfo task) {
        Map<String, Object> variables = task.getProcessVariables();
        // the task's own approver group travels as its category; escalation may add further candidate groups
        String group = task.getCategory() != null ? task.getCategory() : task.getIdentityLinks().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLinkInfo::getGroupId).findFirst().orElse(null);
        String authors = (String) variables.getOrDefault(ProcessVariables.AUTHORS, "");
        return new ApprovalTask(task.getId(), task.getName(),
                UUID.fromString((String) variables.get(ProcessVariables.CHANGE_REQUEST_ID)), group, task.getAssignee(),
                task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                (String) task.getTaskLocalVariables().get(ProcessVariables.ESCALATED_TO),
                authors.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(authors.split(","))));
    }
}
