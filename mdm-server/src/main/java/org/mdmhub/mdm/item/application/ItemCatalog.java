package org.mdmhub.mdm.item.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.mdmhub.mdm.audit.AuditTrail;
import org.mdmhub.mdm.audit.AuditedState;
import org.mdmhub.mdm.audit.RecordDiff;
import org.mdmhub.mdm.item.domain.Item;
import org.mdmhub.mdm.item.domain.ItemAttributes;
import org.mdmhub.mdm.item.domain.ItemSearch;
import org.mdmhub.mdm.item.domain.Items;
import org.mdmhub.mdm.platform.paging.Page;
import org.mdmhub.mdm.platform.paging.PageRequest;
import org.mdmhub.mdm.platform.problem.MdmException;

/** Reading items: one, a filtered page, and the version history of one. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
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

    /** Every saved version of the item, oldest first, each with the fields it changed. */
    public List<ItemVersion> history(UUID id) {
        List<AuditedState<Item>> revisions = auditTrail.revisionsOf(Item.class, id);
        if (revisions.isEmpty()) {
            throw MdmException.notFound("Item " + id);
        }
        List<ItemVersion> versions = new ArrayList<>(revisions.size());
        ItemAttributes previous = null;
        for (AuditedState<Item> revision : revisions) {
            ItemAttributes current = revision.state().attributes();
            List<String> changed = previous == null ? List.of() : RecordDiff.changedFields(previous, current);
            versions.add(new ItemVersion(revision.state().version(), revision.state().state(), revision.revision(),
                    revision.kind(), changed, current));
            previous = current;
        }
        return versions;
    }
}
