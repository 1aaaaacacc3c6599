package org.mdmhub.mdm.item.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;
import org.mdmhub.mdm.item.domain.Item;
import org.mdmhub.mdm.item.domain.ItemSearch;
import org.mdmhub.mdm.item.domain.Items;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;
import org.mdmhub.mdm.platform.paging.Page;
import org.mdmhub.mdm.platform.paging.PageRequest;

@ApplicationScoped
class JpaItems implements Items {

    @PersistenceContext(unitName = "mdm")
    EntityManager em;

    @Override
    public Optional<Item> byId(UUID id) {
        return Optional.ofNullable(em.find(Item.class, id));
    }

    @Override
    public boolean existsWithKey(String itemNumber, String revision) {
        return !em.createQuery("select 1 from Item i where i.itemNumber = :number and i.revision = :revision", Integer.class)
                .setParameter("number", itemNumber)
                .setParameter("revision", revision)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public Optional<Item> bySource(String sourceSystem, String sourceKey, String revision) {
        return em.createQuery("""
                        select i from Item i where i.sourceSystem = :system and i.sourceKey = :key and i.revision = :revision""",
                        Item.class)
                .setParameter("system", sourceSystem)
                .setParameter("key", sourceKey)
                .setParameter("revision", revision)
                .getResultStream().findFirst();
    }

    @Override
    public void add(Item item) {
        em.persist(item);
    }

    @Override
    public Item flushed(Item item) {
        em.flush();
        return item;
    }

    @Override
    public Optional<Item> releasedWithGtin(String gtin, String exceptItemNumber) {
        return em.createQuery("select i from Item i where i.gtin = :gtin and i.itemNumber <> :number and i.state in :released",
                        Item.class)
                .setParameter("gtin", gtin)
                .setParameter("number", exceptItemNumber)
                .setParameter("released", java.util.List.of(LifecycleState.RELEASED, LifecycleState.BLOCKED))
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public java.util.List<Item> releasedRevisions(String itemNumber, UUID except) {
        // Every revision of the number, without flushing first, and the state judged in memory: a revision this
        // transaction has released or superseded already is the managed instance the query returns, with its new
        // state. A flush before the query would dirty-check every record the transaction holds, once per record:
        // releasing a change request of N items cost O(N²) (3,000 items: 50 s, nearly all of it in these flushes).
        return em.createQuery("select i from Item i where i.itemNumber = :number and i.id <> :except", Item.class)
                .setParameter("number", itemNumber)
                .setParameter("except", except)
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
                .getResultStream()
                .filter(i -> i.state() == LifecycleState.RELEASED || i.state() == LifecycleState.BLOCKED)
                .toList();
    }

    @Override
    public Page<Item> search(ItemSearch search, PageRequest page) {
        StringJoiner where = new StringJoiner(" and ", " where ", "").setEmptyValue("");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (search.numberPrefix() != null) {
            where.add("i.itemNumber like :number escape '\\'");
            parameters.put("number", escapeLike(search.numberPrefix()) + "%");
        }
        if (search.nameContains() != null) {
            where.add("lower(i.name) like :name escape '\\'");
            parameters.put("name", "%" + escapeLike(search.nameContains().toLowerCase()) + "%");
        }
        if (search.state() != null) {
            where.add("i.state = :state");
            parameters.put("state", search.state());
        }
        if (search.type() != null) {
            where.add("i.type = :type");
            parameters.put("type", search.type());
        }
        TypedQuery<Long> count = em.createQuery("select count(i) from Item i" + where, Long.class);
        TypedQuery<Item> select = em.createQuery(
                "select i from Item i" + where + " order by i.itemNumber, i.revision", Item.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        long total = count.getSingleResult();
        var content = total <= page.offset() ? java.util.List.<Item>of()
                : select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(content, page, total);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
