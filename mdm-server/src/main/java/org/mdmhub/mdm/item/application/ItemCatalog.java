package org.mdmhub.mdm.item.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mdmhub.mdm.audit.AuditTrail;
import org.mdmhub.mdm.audit.AuditedState;
import org.mdmhub.mdm.item.domain.Item;
import org.mdmhub.mdm.item.domain.ItemSearch;
import org.mdmhub.mdm.item.domain.Items;
import org.mdmhub.mdm.platform.paging.Page;
import org.mdmhub.mdm.platform.paging.PageRequest;
import org.mdmhub.mdm.platform.problem.MdmException;

/**
 * Reading items: one, a filtered page, the saved states of one, one as of an instant. Each answer is a
 * snapshot taken while the transaction that loaded it is still open.
 */
@ApplicationScoped
@Transactional
public class ItemCatalog {

    @Inject
    Items items;

    @Inject
    AuditTrail auditTrail;

    public ItemSnapshot get(UUID id) {
        return items.byId(id).map(ItemSnapshot::of).orElseThrow(() -> MdmException.notFound("Item " + id));
    }

    public Page<ItemSnapshot> search(ItemSearch search, PageRequest page) {
        return items.search(search, page).map(ItemSnapshot::of);
    }

    /** Every saved state of the item, oldest first. */
    public List<AuditedState<ItemSnapshot>> revisions(UUID id) {
        List<AuditedState<ItemSnapshot>> revisions = auditTrail.revisionsOf(Item.class, id).stream()
                .map(r -> r.map(ItemSnapshot::of)).toList();
        if (revisions.isEmpty()) {
            throw MdmException.notFound("Item " + id);
        }
        return revisions;
    }

    /** The item as it was at an instant. */
    public ItemSnapshot asOf(UUID id, Instant at) {
        return auditTrail.asOf(Item.class, id, at).map(state -> ItemSnapshot.of(state.state()))
                .orElseThrow(() -> MdmException.notFound("Item " + id + " as of " + at));
    }
}
