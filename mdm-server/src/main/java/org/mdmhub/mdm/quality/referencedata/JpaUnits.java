package org.mdmhub.mdm.quality.referencedata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaUnits implements Units {
    @PersistenceContext(unitName = "mdm")
    EntityManager em;

    @Override
    public Optional<UnitOfMeasure> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(UnitOfMeasure.class, code));
    }

    @Override
    public List<UnitOfMeasure> all() {
        return em.createQuery("select u from UnitOfMeasure u order by u.dimension, u.code", UnitOfMeasure.class).getResultList();
    }

    @Override
    public void add(UnitOfMeasure unit) {
        em.persist(unit);
    }
}
