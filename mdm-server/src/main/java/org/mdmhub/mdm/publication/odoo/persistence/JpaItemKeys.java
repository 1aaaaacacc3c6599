package org.mdmhub.mdm.publication.odoo.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.mdmhub.mdm.publication.odoo.ItemKeys;
import org.mdmhub.mdm.publication.odoo.ItemNumberRevision;

/** Golden ids of item revisions from the {@code item} table, all revisions of the numbers asked in one query. */
@ApplicationScoped
class JpaItemKeys implements ItemKeys {

    @PersistenceContext(unitName = "mdm")
    EntityManager em;

    @Override
    public Map<ItemNumberRevision, UUID> revisions(Collection<String> itemNumbers) {
        Map<ItemNumberRevision, UUID> ids = new HashMap<>();
        if (itemNumbers.isEmpty()) {
            return ids;
        }
        em.createQuery("select i.itemNumber, i.revision, i.id from Item i where i.itemNumber in :numbers", Object[].class)
                .setParameter("numbers", itemNumbers)
                .getResultList()
                .forEach(row -> ids.put(new ItemNumberRevision((String) row[0], (String) row[1]), (UUID) row[2]));
        return ids;
    }
}
