package org.mdmhub.mdm.lifecycle.flowable;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.flowable.engine.TaskService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.task.api.Task;

/**
 * BPMN timer "overdue": flags every open approval of the request and offers it to its group's escalation
 * group as well (rules/decisions/approval-escalation.dmn). Task bookkeeping of the engine, so it stays here.
 */
@ApplicationScoped
public class ApprovalsOverdueDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        TaskService tasks = CommandContextUtil.getProcessEngineConfiguration().getTaskService();
        Map<String, String> escalations = ProcessVariables.escalations(execution);
        for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
            String escalateTo = escalations.get(task.getCategory());
            if (escalateTo != null) {
                tasks.addCandidateGroup(task.getId(), escalateTo);
                tasks.setVariableLocal(task.getId(), ProcessVariables.ESCALATED_TO, escalateTo);
            }
        }
    }
}
