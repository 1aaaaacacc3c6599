package org.mdmhub.mdm.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

/** Reads the Envers history of any audited golden record, oldest revision first. */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext(unitName = "mdm")
    EntityManager em;

    public <T> List<AuditedState<T>> revisionsOf(Class<T> type, Object id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        return rows.stream().map(row -> new AuditedState<>(
                type.cast(row[0]), toRevision((AuditRevision) row[1]), toKind((RevisionType) row[2]))).toList();
    }

    /**
     * Everyone who saved a version of the record, read as one projection over the revisions — not by
     * loading every audited state (which for a BOM with many versions means loading every version's lines).
     */
    public Set<String> authorsOf(Class<?> type, Object id) {
        // without a flush first: the history asked for is what earlier transactions committed, and what this one has
        // changed so far is its own caller's (whom the callers count anyway). A flush here would dirty-check every
        // record the transaction holds — once per record of a submission of 100,000, which was most of its cost.
        List<?> authors = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .addProjection(AuditEntity.revisionProperty("author").distinct())
                .add(AuditEntity.id().eq(id))
                .setFlushMode(org.hibernate.FlushMode.COMMIT)
                .getResultList();
        return authors.stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The record as it was at {@code at}: the last revision committed at or before that instant. */
    public <T> Optional<AuditedState<T>> asOf(Class<T> type, Object id, Instant at) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .add(AuditEntity.revisionProperty("timestamp").le(at.toEpochMilli()))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(1)
                .getResultList();
        return rows.stream().findFirst().map(row -> new AuditedState<>(
                type.cast(row[0]), toRevision((AuditRevision) row[1]), toKind((RevisionType) row[2])));
    }

    private static Revision toRevision(AuditRevision r) {
        return new Revision(r.id(), Instant.ofEpochMilli(r.timestamp()), r.author(), r.reason());
    }

    private static RevisionKind toKind(RevisionType type) {
        return switch (type) {
            case ADD -> RevisionKind.CREATED;
            case MOD -> RevisionKind.UPDATED;
            case DEL -> RevisionKind.DELETED;
        };
    }
}
