package org.mdmhub.mdm.lifecycle.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
        return em.createQuery("select cr from ChangeRequest cr where (:status is null or cr.status = :status) order by cr.updatedAt desc",
                        ChangeRequest.class)
                .setParameter("status", status)
                .setMaxResults(limit)
                .getResultList();
    }
}
