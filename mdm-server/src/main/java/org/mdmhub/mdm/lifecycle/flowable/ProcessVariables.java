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
    /** "group=escalation group;…" for the groups of this request (a plain string, as all variables here). */
    static final String ESCALATIONS = "escalations";
    /** Task-local: set when the task became overdue and was offered to its escalation group. */
    static final String ESCALATED_TO = "escalatedTo";

    private ProcessVariables() {
    }

    static java.util.Map<String, String> escalations(VariableScope scope) {
        java.util.Map<String, String> map = new java.util.HashMap<>();
        String value = (String) scope.getVariable(ESCALATIONS);
        if (value != null && !value.isEmpty()) {
            for (String pair : value.split(";")) {
                String[] parts = pair.split("=", 2);
                map.put(parts[0], parts[1]);
            }
        }
        return map;
    }

    static UUID changeRequestId(VariableScope scope) {
        return UUID.fromString((String) scope.getVariable(CHANGE_REQUEST_ID));
    }
}
