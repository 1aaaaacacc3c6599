package org.mdmhub.mdm.lifecycle.domain;

import java.util.EnumMap;
import java.util.Map;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;

/**
 * The states of every golden record (DESIGN.md, Lifecycle) and the one table of legal transitions between
 * them, shared by all domains:
 * <pre>
 * DRAFT --submit--> IN_REVIEW --approve--> APPROVED --release--> RELEASED
 * IN_REVIEW --reject--> DRAFT
 * RELEASED --block--> BLOCKED --unblock--> RELEASED
 * RELEASED | BLOCKED --obsolete--> OBSOLETE (terminal)
 * RELEASED --supersede--> SUPERSEDED (a newer revision was released)
 * </pre>
 */
public enum LifecycleState {
    DRAFT, IN_REVIEW, APPROVED, RELEASED, BLOCKED, SUPERSEDED, OBSOLETE;

    private static final Map<LifecycleState, Map<Transition, LifecycleState>> TABLE = new EnumMap<>(LifecycleState.class);

    static {
        allow(DRAFT, Transition.SUBMIT, IN_REVIEW);
        allow(IN_REVIEW, Transition.APPROVE, APPROVED);
        allow(IN_REVIEW, Transition.REJECT, DRAFT);
        allow(APPROVED, Transition.RELEASE, RELEASED);
        allow(RELEASED, Transition.BLOCK, BLOCKED);
        allow(BLOCKED, Transition.UNBLOCK, RELEASED);
        allow(RELEASED, Transition.OBSOLETE, OBSOLETE);
        allow(BLOCKED, Transition.OBSOLETE, OBSOLETE);
        allow(RELEASED, Transition.SUPERSEDE, SUPERSEDED);
    }

    private static void allow(LifecycleState from, Transition transition, LifecycleState to) {
        TABLE.computeIfAbsent(from, s -> new EnumMap<>(Transition.class)).put(transition, to);
    }

    /** The state after {@code transition}, or a 409 problem naming what is and is not allowed. */
    public LifecycleState after(Transition transition, String record) {
        LifecycleState next = TABLE.getOrDefault(this, Map.of()).get(transition);
        if (next == null) {
            throw new MdmException(ProblemType.ILLEGAL_TRANSITION, record + " is " + this + ": cannot "
                    + transition.name().toLowerCase() + " (allowed: " + TABLE.getOrDefault(this, Map.of()).keySet() + ")");
        }
        return next;
    }

    /** Only drafts may be edited in place; a released record changes through a change request. */
    public boolean isEditable() {
        return this == DRAFT;
    }

    /** Released data: what readers and subscribers see as current. */
    public boolean isReleased() {
        return this == RELEASED || this == BLOCKED;
    }
}
