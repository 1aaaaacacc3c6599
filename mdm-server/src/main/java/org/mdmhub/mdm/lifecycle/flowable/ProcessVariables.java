package org.mdmhub.mdm.lifecycle.flowable;

import java.util.UUID;
import org.flowable.variable.api.delegate.VariableScope;

/**
 * The variables of the change-approval process (rules/workflows/change-approval.bpmn20.xml). Only ids and
 * primitives: records stay in their tables, never in the engine.
 */
final class ProcessVariables {
    static final String PROCESS_KEY = "change-approval";
    static final String CHANGE_REQUEST_ID = "changeRequestId";
    static final String APPROVAL_GROUPS = "approvalGroups";
    static final String AUTHORS = "authors";
    static final String REJECTED = "rejected";
    static final String RELEASE_AT = "releaseAt";
    static final String DUE = "due";

    private ProcessVariables() {
    }

    static UUID changeRequestId(VariableScope scope) {
        return UUID.fromString((String) scope.getVariable(CHANGE_REQUEST_ID));
    }
}
