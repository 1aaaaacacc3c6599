package org.mdmhub.mdm.partner.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
import org.mdmhub.mdm.partner.domain.Supplier;
import org.mdmhub.mdm.partner.domain.SupplierSearch;
import org.mdmhub.mdm.partner.domain.Suppliers;
import org.mdmhub.mdm.platform.paging.Page;
import org.mdmhub.mdm.platform.paging.PageRequest;

@ApplicationScoped
class JpaSuppliers implements Suppliers {

    @PersistenceContext(unitName = "mdm")
    EntityManager em;

    @Override
    public Optional<Supplier> byId(UUID id) {
        return Optional.ofNullable(em.find(Supplier.class, id));
    }

    @Override
    public boolean existsWithNumber(String supplierNumber) {
        return !em.createQuery("select 1 from Supplier s where s.supplierNumber = :number", Integer.class)
                .setParameter("number", supplierNumber)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public Optional<Supplier> bySource(String sourceSystem, String sourceKey) {
        return em.createQuery("select s from Supplier s where s.sourceSystem = :system and s.sourceKey = :key", Supplier.class)
                .setParameter("system", sourceSystem)
                .setParameter("key", sourceKey)
                .getResultStream().findFirst();
    }

    @Override
    public void add(Supplier supplier) {
        em.persist(supplier);
    }

    @Override
    public Supplier flushed(Supplier supplier) {
        em.flush();
        return supplier;
    }

    @Override
    public Page<Supplier> search(SupplierSearch search, PageRequest page) {
        return new Filters()
                .add("s.supplierNumber like :number escape '\\'", "number", Filters.startsWith(search.numberPrefix()))
                .add("lower(s.legalName) like :name escape '\\'", "name", Filters.containsIgnoringCase(search.nameContains()))
                .add("s.country = :country", "country", search.country())
                .add("s.state = :state", "state", search.state())
                .page(em, Supplier.class, "s", "s.supplierNumber", page);
    }
}
