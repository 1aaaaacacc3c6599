package org.mdmhub.mdm.quality.referencedata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
class JpaUnits implements Units {
    @PersistenceContext(unitName = "mdm")
    EntityManager em;

    @Override
    public Optional<UnitOfMeasure> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(UnitOfMeasure.class, code));
    }
}
