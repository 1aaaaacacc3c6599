package org.mdmhub.mdm.bom.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import org.mdmhub.mdm.bom.domain.BomReferences;
import org.mdmhub.mdm.bom.domain.ItemRef;
import org.mdmhub.mdm.bom.domain.ItemRevision;
import org.mdmhub.mdm.item.domain.Item;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;
import org.mdmhub.mdm.quality.referencedata.ReferenceData;
import org.mdmhub.mdm.quality.referencedata.UnitOfMeasure;
import org.mdmhub.mdm.quality.referencedata.Units;

/**
 * Items, units and plants through their own repositories and the item table; the BOM structure through
 * recursive SQL ({@link BomGraphSql}).
 */
@ApplicationScoped
class JpaBomReferences implements BomReferences {

    @PersistenceContext(unitName = "mdm")
    EntityManager em;

    @Inject
    Units units;

    @Inject
    ReferenceData referenceData;

    @Override
    public Map<String, List<ItemRevision>> itemRevisions(Collection<String> itemNumbers) {
        if (itemNumbers.isEmpty()) {
            return Map.of();
        }
        Map<String, List<ItemRevision>> revisions = new HashMap<>();
        em.createQuery("""
                        select i.itemNumber, i.revision, i.baseUnit, i.state from Item i
                        where i.itemNumber in :numbers""", Object[].class)
                .setParameter("numbers", itemNumbers)
                .getResultList()
                .forEach(row -> revisions.computeIfAbsent((String) row[0], n -> new ArrayList<>()).add(new ItemRevision(
                        (String) row[0], (String) row[1], (String) row[2], (LifecycleState) row[3])));
        return revisions;
    }

    @Override
    public Map<ItemRef, UUID> itemIds(Collection<String> itemNumbers) {
        if (itemNumbers.isEmpty()) {
            return Map.of();
        }
        Map<ItemRef, UUID> ids = new HashMap<>();
        em.createQuery("select i.itemNumber, i.revision, i.id from Item i where i.itemNumber in :numbers", Object[].class)
                .setParameter("numbers", itemNumbers)
                .getResultList()
                .forEach(row -> ids.put(new ItemRef((String) row[0], (String) row[1]), (UUID) row[2]));
        return ids;
    }

    @Override
    public Optional<UnitOfMeasure> unit(String code) {
        return units.byCode(code);
    }

    @Override
    public boolean plantExists(String code) {
        return referenceData.plant(code).isPresent();
    }

    @Override
    public Optional<ItemRef> item(UUID itemId) {
        return Optional.ofNullable(em.find(Item.class, itemId))
                .map(item -> new ItemRef(item.attributes().itemNumber(), item.attributes().revision()));
    }

    @Override
    public Optional<List<String>> pathToParent(String parentNumber, Collection<String> components, UUID saved) {
        return em.unwrap(Session.class).doReturningWork(connection ->
                BomGraphSql.cyclePath(connection, parentNumber, components, saved, BomGraphSql.ANCESTOR_LIMIT));
    }
}
