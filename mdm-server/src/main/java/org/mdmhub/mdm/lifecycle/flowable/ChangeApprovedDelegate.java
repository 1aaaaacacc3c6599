package org.mdmhub.mdm.lifecycle.flowable;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.mdmhub.mdm.lifecycle.application.ChangeOutcomes;

/** BPMN service task "all approvals given": tells the lifecycle. */
@ApplicationScoped
public class ChangeApprovedDelegate implements JavaDelegate {
    @Inject ChangeOutcomes outcomes;

    @Override
    public void execute(DelegateExecution execution) {
        outcomes.approved(ProcessVariables.changeRequestId(execution));
    }
}
