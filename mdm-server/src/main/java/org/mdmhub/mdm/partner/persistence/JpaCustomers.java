package org.mdmhub.mdm.partner.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
import org.mdmhub.mdm.partner.domain.Customer;
import org.mdmhub.mdm.partner.domain.CustomerSearch;
import org.mdmhub.mdm.partner.domain.Customers;
import org.mdmhub.mdm.platform.paging.Page;
import org.mdmhub.mdm.platform.paging.PageRequest;

@ApplicationScoped
class JpaCustomers implements Customers {

    @PersistenceContext(unitName = "mdm")
    EntityManager em;

    @Override
    public Optional<Customer> byId(UUID id) {
        return Optional.ofNullable(em.find(Customer.class, id));
    }

    @Override
    public boolean existsWithNumber(String customerNumber) {
        return !em.createQuery("select 1 from Customer c where c.customerNumber = :number", Integer.class)
                .setParameter("number", customerNumber)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public Optional<Customer> bySource(String sourceSystem, String sourceKey) {
        return em.createQuery("select c from Customer c where c.sourceSystem = :system and c.sourceKey = :key", Customer.class)
                .setParameter("system", sourceSystem)
                .setParameter("key", sourceKey)
                .getResultStream().findFirst();
    }

    @Override
    public void add(Customer customer) {
        em.persist(customer);
    }

    @Override
    public Customer flushed(Customer customer) {
        em.flush();
        return customer;
    }

    @Override
    public Page<Customer> search(CustomerSearch search, PageRequest page) {
        return new Filters()
                .add("c.customerNumber like :number escape '\\'", "number", Filters.startsWith(search.numberPrefix()))
                .add("lower(c.legalName) like :name escape '\\'", "name", Filters.containsIgnoringCase(search.nameContains()))
                .add("c.country = :country", "country", search.country())
                .add("c.state = :state", "state", search.state())
                .add("c.creditStatus = :creditStatus", "creditStatus", search.creditStatus())
                .page(em, Customer.class, "c", "c.customerNumber", page);
    }
}
