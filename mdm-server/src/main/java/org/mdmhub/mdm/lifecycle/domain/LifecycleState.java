package org.mdmhub.mdm.lifecycle.domain;

/**
 * The states of every golden record (DESIGN.md, Lifecycle). Records are born DRAFT; the workflow moves
 * them on.
 */
public enum LifecycleState {
    DRAFT, IN_REVIEW, APPROVED, RELEASED, BLOCKED, SUPERSEDED, OBSOLETE;

    /** Only drafts may be edited in place; a released record changes through a change request. */
    public boolean isEditable() {
        return this == DRAFT;
    }
}
