package org.mdmhub.mdm.lifecycle.domain;

/**
 * What an entry of a change request does: release a new record that is still a draft; change a released
 * record (the proposed content waits in the entry; readers keep seeing the released version); or lift a
 * block, or make a record obsolete — both of which need approval, unlike a block, which acts at once.
 */
public enum ChangeEntryKind {
    NEW_RECORD(Transition.SUBMIT), CHANGE(null), UNBLOCK(Transition.UNBLOCK), OBSOLETE(Transition.OBSOLETE);

    private final Transition transition;

    ChangeEntryKind(Transition transition) {
        this.transition = transition;
    }

    /** The lifecycle transition the entry asks for when it is added (SUBMIT for a new record), if any. */
    public java.util.Optional<Transition> transition() {
        return java.util.Optional.ofNullable(transition);
    }
}
