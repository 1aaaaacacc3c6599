package org.mdmhub.mdm.lifecycle.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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

    @Override
    public Map<UUID, List<ApprovalDecision>> ofAll(Collection<UUID> changeRequestIds) {
        if (changeRequestIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select d from ApprovalDecision d where d.changeRequestId in :ids order by d.decidedAt",
                        ApprovalDecision.class).setParameter("ids", changeRequestIds).getResultStream()
                .collect(Collectors.groupingBy(ApprovalDecision::changeRequestId, LinkedHashMap::new, Collectors.toList()));
    }
}
