package org.mdmhub.mdm.quality.referencedata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaReferenceData implements ReferenceData {
    @PersistenceContext(unitName = "mdm")
    EntityManager em;

    @Override
    public Optional<Country> country(String code) { return find(Country.class, code); }

    @Override
    public Optional<Currency> currency(String code) { return find(Currency.class, code); }

    @Override
    public Optional<Incoterm> incoterm(String code) { return find(Incoterm.class, code); }

    @Override
    public Optional<Plant> plant(String code) { return find(Plant.class, code); }

    @Override
    public List<Country> countries() { return all(Country.class); }

    @Override
    public List<Currency> currencies() { return all(Currency.class); }

    @Override
    public List<Incoterm> incoterms() { return all(Incoterm.class); }

    @Override
    public List<Plant> plants() { return all(Plant.class); }

    @Override
    public void addPlant(Plant plant) { em.persist(plant); }

    private <T> Optional<T> find(Class<T> type, String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(type, code));
    }

    private <T> List<T> all(Class<T> type) {
        return em.createQuery("select r from " + type.getSimpleName() + " r order by r.code", type).getResultList();
    }
}
