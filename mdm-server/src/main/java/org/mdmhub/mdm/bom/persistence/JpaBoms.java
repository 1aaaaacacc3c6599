package org.mdmhub.mdm.bom.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;
import org.mdmhub.mdm.bom.domain.Bom;
import org.mdmhub.mdm.bom.domain.BomSearch;
import org.mdmhub.mdm.bom.domain.BomSummary;
import org.mdmhub.mdm.bom.domain.BomUsage;
import org.mdmhub.mdm.bom.domain.Boms;
import org.mdmhub.mdm.bom.domain.ItemRef;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;
import org.mdmhub.mdm.platform.paging.Page;
import org.mdmhub.mdm.platform.paging.PageRequest;

@ApplicationScoped
class JpaBoms implements Boms {
    /** The advisory lock that serialises BOM structure changes ("MDMBOM" in ASCII). */
    static final long STRUCTURE_LOCK = 0x4D444D424F4DL;

    @PersistenceContext(unitName = "mdm")
    EntityManager em;

    @Override
    public java.util.List<Bom> releasedRevisions(ItemRef parent, UUID except) {
        return em.createQuery("""
                        select b from Bom b where b.parentItemNumber = :number and b.parentRevision = :revision
                        and b.id <> :except""", Bom.class)
                .setParameter("number", parent.itemNumber())
                .setParameter("revision", parent.revision())
                .setParameter("except", except)
                // no flush first, the state judged in memory: see JpaItems.releasedRevisions
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
                .getResultStream()
                .filter(b -> b.state() == org.mdmhub.mdm.lifecycle.domain.LifecycleState.RELEASED
                        || b.state() == org.mdmhub.mdm.lifecycle.domain.LifecycleState.BLOCKED)
                .toList();
    }

    @Override
    public Optional<Bom> byId(UUID id) {
        return em.createQuery("select b from Bom b left join fetch b.lines where b.id = :id", Bom.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Bom> bySource(String sourceSystem, String sourceKey, String bomRevision) {
        return em.createQuery("""
                        select b from Bom b where b.sourceSystem = :system and b.sourceKey = :key and b.bomRevision = :revision""",
                        Bom.class)
                .setParameter("system", sourceSystem)
                .setParameter("key", sourceKey)
                .setParameter("revision", bomRevision)
                .getResultStream().findFirst();
    }

    @Override
    public boolean existsWithKey(ItemRef parent, String bomRevision) {
        return !em.createQuery("""
                        select 1 from Bom b where b.parentItemNumber = :number and b.parentRevision = :revision
                        and b.bomRevision = :bomRevision""", Integer.class)
                .setParameter("number", parent.itemNumber())
                .setParameter("revision", parent.revision())
                .setParameter("bomRevision", bomRevision)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public void add(Bom bom) {
        em.persist(bom);
    }

    @Override
    public Bom flushed(Bom bom) {
        em.flush();
        return bom;
    }

    @Override
    public Page<BomSummary> search(BomSearch search, PageRequest page) {
        StringJoiner where = new StringJoiner(" and ", " where ", "").setEmptyValue("");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (search.parentNumberPrefix() != null) {
            where.add("b.parentItemNumber like :number escape '\\'");
            parameters.put("number", escapeLike(search.parentNumberPrefix()) + "%");
        }
        if (search.componentNumber() != null) {
            where.add("exists (select 1 from BomLine l where l.bom = b and l.componentItemNumber = :component)");
            parameters.put("component", search.componentNumber());
        }
        if (search.state() != null) {
            where.add("b.state = :state");
            parameters.put("state", search.state());
        }
        if (search.type() != null) {
            where.add("b.type = :type");
            parameters.put("type", search.type());
        }
        if (search.plant() != null) {
            where.add("(b.plants is empty or :plant member of b.plants)");
            parameters.put("plant", search.plant());
        }
        TypedQuery<Long> count = em.createQuery("select count(b) from Bom b" + where, Long.class);
        TypedQuery<Bom> select = em.createQuery(
                "select b from Bom b" + where + " order by b.parentItemNumber, b.parentRevision, b.bomRevision", Bom.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        long total = count.getSingleResult();
        if (total <= page.offset()) {
            return new Page<>(List.of(), page, total);
        }
        List<Bom> boms = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        Map<UUID, Long> lineCounts = new HashMap<>();
        em.createQuery("select l.bom.id, count(l) from BomLine l where l.bom.id in :ids group by l.bom.id", Object[].class)
                .setParameter("ids", boms.stream().map(Bom::id).toList())
                .getResultList()
                .forEach(row -> lineCounts.put((UUID) row[0], (Long) row[1]));
        return new Page<>(boms.stream().map(b -> b.summary(lineCounts.getOrDefault(b.id(), 0L).intValue())).toList(), page, total);
    }

    @Override
    public Page<BomUsage> whereUsed(ItemRef item, PageRequest page) {
        String uses = "l.componentItemNumber = :number and (l.componentRevision is null or l.componentRevision = :revision)";
        long total = em.createQuery("select count(distinct l.bom.id) from BomLine l where " + uses, Long.class)
                .setParameter("number", item.itemNumber())
                .setParameter("revision", item.revision())
                .getSingleResult();
        if (total <= page.offset()) {
            return new Page<>(List.of(), page, total);
        }
        List<UUID> ids = em.createQuery("""
                        select b.id from Bom b where exists (select 1 from BomLine l where l.bom = b and %s)
                        order by b.parentItemNumber, b.parentRevision, b.bomRevision""".formatted(uses), UUID.class)
                .setParameter("number", item.itemNumber())
                .setParameter("revision", item.revision())
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        Map<UUID, List<BomUsage.UsingLine>> linesByBom = new LinkedHashMap<>();
        Map<UUID, Object[]> headers = new HashMap<>();
        ids.forEach(id -> linesByBom.put(id, new ArrayList<>()));
        em.createQuery("""
                        select b.id, b.parentItemNumber, b.parentRevision, b.bomRevision, b.state,
                               l.id, l.position, l.quantity, l.unit, l.componentRevision
                        from BomLine l join l.bom b where b.id in :ids and %s order by l.position""".formatted(uses), Object[].class)
                .setParameter("ids", ids)
                .setParameter("number", item.itemNumber())
                .setParameter("revision", item.revision())
                .getResultList()
                .forEach(row -> {
                    headers.putIfAbsent((UUID) row[0], row);
                    linesByBom.get((UUID) row[0]).add(new BomUsage.UsingLine((UUID) row[5], (Integer) row[6],
                            (BigDecimal) row[7], (String) row[8], (String) row[9]));
                });
        List<BomUsage> usages = ids.stream().map(id -> {
            Object[] h = headers.get(id);
            return new BomUsage(id, new ItemRef((String) h[1], (String) h[2]), (String) h[3], (LifecycleState) h[4],
                    List.copyOf(linesByBom.get(id)));
        }).toList();
        return new Page<>(usages, page, total);
    }

    @Override
    public void lockStructure() {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(:key)) locked")
                .setParameter("key", STRUCTURE_LOCK)
                .getSingleResult();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
