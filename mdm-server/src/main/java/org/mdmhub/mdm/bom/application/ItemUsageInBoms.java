package org.mdmhub.mdm.bom.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.mdmhub.mdm.bom.domain.BomReferences;
import org.mdmhub.mdm.bom.domain.Boms;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;
import org.mdmhub.mdm.lifecycle.domain.RecordRef;
import org.mdmhub.mdm.lifecycle.domain.RecordType;
import org.mdmhub.mdm.lifecycle.domain.RecordUsages;
import org.mdmhub.mdm.platform.paging.PageRequest;

/** The released BOMs that consume an item: what obsoleting that item must acknowledge. */
@ApplicationScoped
@Transactional
public class ItemUsageInBoms implements RecordUsages {
    @Inject Boms boms;
    @Inject BomReferences references;

    @Override
    public List<String> releasedUsersOf(RecordRef record) {
        if (record.type() != RecordType.ITEM) {
            return List.of();
        }
        return references.item(record.id()).map(item -> boms.whereUsed(item, new PageRequest(0, PageRequest.MAX_SIZE))
                        .content().stream()
                        .filter(usage -> usage.state() == LifecycleState.RELEASED || usage.state() == LifecycleState.BLOCKED)
                        .map(usage -> "BOM " + usage.parent().itemNumber() + "/" + usage.parent().revision() + " rev " + usage.bomRevision())
                        .toList())
                .orElse(List.of());
    }
}
