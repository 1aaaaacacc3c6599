package org.mdmhub.mdm.publication.domain;

import org.mdmhub.mdm.lifecycle.domain.LifecycleState;
import org.mdmhub.mdm.lifecycle.domain.RecordType;

/**
 * What happened to a released record. Derived from the state it was last published in and the state it is in
 * now, so the lifecycle only has to say "this record changed".
 */
public enum EventType {
    /** First release, or an approved change released as the record's next version. */
    RELEASED,
    BLOCKED,
    UNBLOCKED,
    OBSOLETE,
    SUPERSEDED;

    /** The event for a record now in {@code now}, last published in {@code previous} (null: never published). */
    public static EventType between(LifecycleState previous, LifecycleState now) {
        return switch (now) {
            case RELEASED -> previous == LifecycleState.BLOCKED ? UNBLOCKED : RELEASED;
            case BLOCKED -> BLOCKED;
            case OBSOLETE -> OBSOLETE;
            case SUPERSEDED -> SUPERSEDED;
            default -> throw new IllegalArgumentException("a " + now + " record is never published");
        };
    }

    /** The CloudEvents type attribute, e.g. {@code org.mdmhub.item.released}. */
    public String cloudEventType(RecordType domain) {
        return "org.mdmhub." + domain.name().toLowerCase() + "." + name().toLowerCase();
    }
}
