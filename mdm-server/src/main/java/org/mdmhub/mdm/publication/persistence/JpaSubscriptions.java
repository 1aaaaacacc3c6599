package org.mdmhub.mdm.publication.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mdmhub.mdm.publication.domain.Subscription;
import org.mdmhub.mdm.publication.domain.Subscriptions;

@ApplicationScoped
class JpaSubscriptions implements Subscriptions {

    @PersistenceContext(unitName = "mdm")
    EntityManager em;

    @Override
    public List<Subscription> all() {
        return em.createQuery("select s from Subscription s order by s.name", Subscription.class).getResultList();
    }

    @Override
    public List<Subscription> active() {
        return em.createQuery("select s from Subscription s where s.active = true order by s.name", Subscription.class)
                .getResultList();
    }

    @Override
    public Optional<Subscription> byId(UUID id) {
        return Optional.ofNullable(em.find(Subscription.class, id));
    }

    @Override
    public Optional<Subscription> byName(String name) {
        return em.createQuery("select s from Subscription s where s.name = :name", Subscription.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    @Override
    public void add(Subscription subscription) {
        em.persist(subscription);
    }
}
