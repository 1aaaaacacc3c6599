package org.mdmhub.mdm.lifecycle.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.mdmhub.mdm.lifecycle.domain.ApprovalDecision;
import org.mdmhub.mdm.lifecycle.domain.ApprovalDecisions;

@ApplicationScoped
class JpaApprovalDecisions implements ApprovalDecisions {
    @PersistenceContext(unitName = "mdm")
    EntityManager em;

    @Override
    public void add(ApprovalDecision decision) {
        em.persist(decision);
    }

    @Override
    public List<ApprovalDecision> of(UUID changeRequestId) {
        return em.createQuery("select d from ApprovalDecision d where d.changeRequestId = :id order by d.decidedAt",
                ApprovalDecision.class).setParameter("id", changeRequestId).getResultList();
    }
}
