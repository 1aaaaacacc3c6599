package org.mdmhub.mdm.lifecycle.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mdmhub.mdm.lifecycle.domain.ChangeRequest;
import org.mdmhub.mdm.lifecycle.domain.ChangeRequestStatus;
import org.mdmhub.mdm.lifecycle.domain.ChangeRequests;
import org.mdmhub.mdm.lifecycle.domain.RecordRef;

@ApplicationScoped
class JpaChangeRequests implements ChangeRequests {
    @PersistenceContext(unitName = "mdm")
    EntityManager em;

    @Override
    public Optional<ChangeRequest> byId(UUID id) {
        return Optional.ofNullable(em.find(ChangeRequest.class, id));
    }

    @Override
    public void lockForDecision(UUID id) {
        // a plain row lock: em.find with PESSIMISTIC_WRITE would load the whole request and lock in a second select
        em.createNativeQuery("select id from change_request where id = :id for update").setParameter("id", id).getResultList();
    }

    @Override
    public void add(ChangeRequest changeRequest) {
        em.persist(changeRequest);
    }

    @Override
    public List<ChangeRequest> pendingFor(RecordRef record) {
        return em.createQuery("""
                        select distinct cr from ChangeRequest cr join cr.entries e
                        where e.recordType = :type and e.recordId = :id and cr.status in :pending""", ChangeRequest.class)
                .setParameter("type", record.type())
                .setParameter("id", record.id())
                .setParameter("pending", List.of(ChangeRequestStatus.OPEN, ChangeRequestStatus.IN_REVIEW, ChangeRequestStatus.APPROVED))
                .getResultList();
    }

    @Override
    public List<ChangeRequest> recent(ChangeRequestStatus status, int limit) {
        // Two queries whatever the page size: the page's ids, then those requests with their entries in one join.
        // One query with the fetch join would page in memory; the entity query alone would load each request's
        // (eager) entries with a select of its own.
        List<UUID> ids = em.createQuery("""
                        select cr.id from ChangeRequest cr where (:status is null or cr.status = :status)
                        order by cr.updatedAt desc, cr.id""", UUID.class)
                .setParameter("status", status)
                .setMaxResults(limit)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select distinct cr from ChangeRequest cr left join fetch cr.entries where cr.id in :ids",
                        ChangeRequest.class)
                .setParameter("ids", ids)
                .getResultStream()
                .sorted(Comparator.comparingInt(cr -> ids.indexOf(cr.id())))
                .toList();
    }
}
