package org.mdmhub.mdm.lifecycle.domain;

/** The lifecycle verbs of DESIGN.md. Which one is allowed from which state is decided by {@link LifecycleState#after}. */
public enum Transition { SUBMIT, APPROVE, REJECT, RELEASE, BLOCK, UNBLOCK, OBSOLETE, SUPERSEDE }
