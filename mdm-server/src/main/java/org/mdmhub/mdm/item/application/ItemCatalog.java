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

/** Reading items: one, a filtered page, the saved states of one, one as of an instant. */
@ApplicationScoped
@Transactional
public class ItemCatalog {

    @Inject
    Items items;

    @Inject
    AuditTrail auditTrail;

    public Item get(UUID id) {
        return items.byId(id).orElseThrow(() -> MdmException.notFound("Item " + id));
    }

    public Page<Item> search(ItemSearch search, PageRequest page) {
        return items.search(search, page);
    }

    /** Every saved state of the item, oldest first. */
    public List<AuditedState<Item>> revisions(UUID id) {
        List<AuditedState<Item>> revisions = auditTrail.revisionsOf(Item.class, id);
        if (revisions.isEmpty()) {
            throw MdmException.notFound("Item " + id);
        }
        revisions.forEach(r -> r.state().plantExtensions()); // Envers loads collections lazily: load them here
        return revisions;
    }

    /** The item as it was at an instant. */
    public Item asOf(UUID id, Instant at) {
        Item then = auditTrail.asOf(Item.class, id, at).map(AuditedState::state)
                .orElseThrow(() -> MdmException.notFound("Item " + id + " as of " + at));
        then.plantExtensions(); // Envers loads collections lazily: load them inside the transaction
        return then;
    }
}
