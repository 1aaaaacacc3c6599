package org.mdmhub.mdm.lifecycle.flowable;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.stream.Collectors;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.mdmhub.mdm.lifecycle.domain.ConcurrentDecision;
import org.flowable.identitylink.api.IdentityLinkInfo;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskInfo;
import org.flowable.variable.api.persistence.entity.VariableInstance;
import org.mdmhub.mdm.lifecycle.domain.ApprovalTask;
import org.mdmhub.mdm.lifecycle.domain.ApprovalWorkflow;

/**
 * {@link ApprovalWorkflow} on Flowable: the DMN decision {@code approval-groups} picks approver groups, the
 * BPMN process {@code change-approval} opens one task per group, and the first rejection or the last
 * approval ends it. Engine types stay inside this package.
 */
@ApplicationScoped
class FlowableApprovalWorkflow implements ApprovalWorkflow {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(FlowableApprovalWorkflow.class.getName());
    static final String DECISION_KEY = "approval-groups";
    static final String ESCALATION_KEY = "approval-escalation";
    /** The process variables an {@link ApprovalTask} is made of. */
    private static final Set<String> TASK_VARIABLES = Set.of(ProcessVariables.CHANGE_REQUEST_ID, ProcessVariables.AUTHORS);

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
            // the process was changed by another transaction at the same instant: refused whole, can be retried
            LOG.fine(() -> "decision on task " + taskId + " raced: " + e.getMessage());
            throw new ConcurrentDecision();
        }
    }

    @Override
    public Map<UUID, List<ApprovalTask>> openTasks(Collection<String> handles) {
        if (handles.isEmpty()) {
            return Map.of(); // the engine refuses an empty processInstanceIdIn
        }
        // by process instance id (the handle): the engine's task query has no "business key in"
        List<Task> tasks = flowable.engine().getTaskService().createTaskQuery()
                .processInstanceIdIn(handles)
                .includeTaskLocalVariables().includeIdentityLinks()
                .orderByTaskCreateTime().asc().list();
        if (tasks.isEmpty()) {
            return Map.of();
        }
        // The two process variables a task needs, for all these processes in one more query, their values not
        // initialised: the list of approver groups is stored apart (a serialised value), and reading it, as
        // includeProcessVariables with getProcessVariables() does, costs one more query per process.
        Map<String, Map<String, Object>> variables = new HashMap<>();
        Set<String> processes = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        for (VariableInstance variable : flowable.engine().getRuntimeService().createVariableInstanceQuery()
                .executionIds(processes).excludeTaskVariables().excludeVariableInitialization().list()) {
            if (TASK_VARIABLES.contains(variable.getName())) {
                variables.computeIfAbsent(variable.getExecutionId(), process -> new HashMap<>())
                        .put(variable.getName(), variable.getValue());
            }
        }
        return tasks.stream().map(task -> toTask(task, variables.getOrDefault(task.getProcessInstanceId(), Map.of())))
                .collect(Collectors.groupingBy(ApprovalTask::changeRequestId, LinkedHashMap::new, Collectors.toList()));
    }

    private static ApprovalTask toTask(TaskInfo task) {
        return toTask(task, task.getProcessVariables());
    }

    /** {@code variables}: the task's process variables, at least {@link #TASK_VARIABLES}. */
    private static ApprovalTask toTask(TaskInfo task, Map<String, Object> variables) {
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
