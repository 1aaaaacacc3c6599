package org.mdmhub.mdm.lifecycle.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The approval workflow as the domain sees it, in business verbs. The BPMN process and DMN decisions
 * behind it live in {@code rules/}; the engine (Flowable) is one implementation of this port and nothing
 * outside its adapter knows it.
 */
public interface ApprovalWorkflow {

    /** The approver groups (Keycloak roles) the rules require for one record's change. */
    Set<String> requiredApprovals(Map<String, Object> facts);

    /** Starts the approval of a change request; returns the workflow's handle. */
    String start(UUID changeRequestId, Set<String> approverGroups, Set<String> authors, Instant releaseAt);

    /** Open tasks a person may work on: those of their groups, and those assigned to them. */
    List<ApprovalTask> tasksFor(String user, Set<String> groups);

    Optional<ApprovalTask> task(String taskId);

    void claim(String taskId, String user);

    void delegate(String taskId, String toUser);

    /** Records a decision; the last approval (or the first rejection) moves the change request on. */
    void decide(String taskId, boolean approve);

    /**
     * Tasks still open in the workflows started with these handles ({@link #start}'s result), by change request,
     * oldest first, in one look-up: a page of requests does not cost one per request. A request without open
     * tasks has no key.
     */
    Map<UUID, List<ApprovalTask>> openTasks(Collection<String> handles);
}
