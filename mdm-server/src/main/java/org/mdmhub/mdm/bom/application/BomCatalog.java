package org.mdmhub.mdm.bom.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mdmhub.mdm.audit.AuditTrail;
import org.mdmhub.mdm.audit.AuditedState;
import org.mdmhub.mdm.bom.domain.Bom;
import org.mdmhub.mdm.bom.domain.BomHistory;
import org.mdmhub.mdm.bom.domain.BomReferences;
import org.mdmhub.mdm.bom.domain.BomSearch;
import org.mdmhub.mdm.bom.domain.BomSnapshot;
import org.mdmhub.mdm.bom.domain.BomSummary;
import org.mdmhub.mdm.bom.domain.Boms;
import org.mdmhub.mdm.bom.domain.ItemRef;
import org.mdmhub.mdm.platform.paging.Page;
import org.mdmhub.mdm.platform.paging.PageRequest;
import org.mdmhub.mdm.platform.problem.MdmException;

/**
 * Reading BOMs: one, a filtered page, the saved states of one, one as of an instant, and where an item is
 * used. Each answer is a snapshot taken while the transaction that loaded it is still open: a BOM's lines and
 * plants are collections, and nothing lazy may outlive the persistence context that loads them.
 */
@ApplicationScoped
@Transactional
public class BomCatalog {

    @Inject
    Boms boms;

    @Inject
    BomHistory history;

    @Inject
    BomReferences references;

    @Inject
    AuditTrail auditTrail;

    public BomSnapshot get(UUID id) {
        return boms.byId(id).map(Bom::snapshot).orElseThrow(() -> MdmException.notFound("BOM " + id));
    }

    public Page<BomSummary> search(BomSearch search, PageRequest page) {
        return boms.search(search, page);
    }

    /** Every saved state of the BOM, oldest first. */
    public List<AuditedState<BomSnapshot>> revisions(UUID id) {
        List<AuditedState<BomSnapshot>> revisions = history.revisionsOf(id);
        if (revisions.isEmpty()) {
            throw MdmException.notFound("BOM " + id);
        }
        return revisions;
    }

    /** The BOM as it was at an instant, lines and plants as they were then. */
    public BomSnapshot asOf(UUID id, Instant at) {
        return auditTrail.asOf(Bom.class, id, at).map(state -> state.state().snapshot())
                .orElseThrow(() -> MdmException.notFound("BOM " + id + " as of " + at));
    }

    /** The BOMs whose lines use the item with this id: pinned to its revision, or floating. */
    public WhereUsed whereUsed(UUID itemId, PageRequest page) {
        ItemRef item = references.item(itemId).orElseThrow(() -> MdmException.notFound("Item " + itemId));
        return new WhereUsed(itemId, item, boms.whereUsed(item, page));
    }
}
