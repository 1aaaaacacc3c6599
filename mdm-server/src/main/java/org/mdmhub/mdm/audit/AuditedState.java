package org.mdmhub.mdm.audit;

/** A record as one revision left it. */
public record AuditedState<T>(T state, Revision revision, RevisionKind kind) {
}
