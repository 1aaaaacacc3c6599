package org.mdmhub.mdm.audit;

import java.util.function.Function;

/** A record as one revision left it. */
public record AuditedState<T>(T state, Revision revision, RevisionKind kind) {

    /** The same revision with its state turned into something else, such as a snapshot taken inside the transaction. */
    public <R> AuditedState<R> map(Function<? super T, ? extends R> mapper) {
        return new AuditedState<>(mapper.apply(state), revision, kind);
    }
}
