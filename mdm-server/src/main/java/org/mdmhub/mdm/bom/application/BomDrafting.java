package org.mdmhub.mdm.bom.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.mdmhub.mdm.audit.ChangeReason;
import org.mdmhub.mdm.bom.domain.Bom;
import org.mdmhub.mdm.bom.domain.BomAttributes;
import org.mdmhub.mdm.bom.domain.BomRules;
import org.mdmhub.mdm.bom.domain.BomSnapshot;
import org.mdmhub.mdm.bom.domain.Boms;
import org.mdmhub.mdm.platform.locking.LockVersions;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;

/**
 * Use cases of a steward working on BOM drafts: create one, revise one, start the next revision. Each is one
 * transaction that holds the BOM structure lock from the rule check to the commit, so the cycle check sees
 * every structure change committed before it.
 */
@ApplicationScoped
@Transactional
public class BomDrafting {

    @Inject
    Boms boms;

    @Inject
    BomRules rules;

    @Inject
    ChangeReason reason;

    @Inject
    Clock clock;

    public BomSnapshot create(BomAttributes attributes) {
        boms.lockStructure();
        Bom bom = Bom.draft(attributes, rules, clock.instant());
        requireNew(attributes);
        reason.defaultTo("created");
        boms.add(bom);
        return boms.flushed(bom).snapshot();
    }

    /** Revises a draft, provided the caller saw its current state ({@code expectedLockVersion}). */
    public BomSnapshot revise(UUID id, long expectedLockVersion, BomAttributes attributes) {
        Bom bom = boms.byId(id).orElseThrow(() -> MdmException.notFound("BOM " + id));
        LockVersions.requireSeen(expectedLockVersion, bom.lockVersion(), "BOM " + bom.businessKey(), bom.version());
        boms.lockStructure();
        bom.revise(attributes, rules, clock.instant());
        return boms.flushed(bom).snapshot();
    }

    /** Starts the next revision of a BOM (A → B): a new draft record, copied from this one. */
    public BomSnapshot startNextRevision(UUID id) {
        Bom predecessor = boms.byId(id).orElseThrow(() -> MdmException.notFound("BOM " + id));
        boms.lockStructure();
        Bom next = predecessor.nextRevision(rules, clock.instant());
        requireNew(next.attributes());
        reason.defaultTo("revision " + next.bomRevision() + " started from " + predecessor.businessKey());
        boms.add(next);
        return boms.flushed(next).snapshot();
    }

    private void requireNew(BomAttributes attributes) {
        if (boms.existsWithKey(attributes.parent(), attributes.bomRevision())) {
            throw new MdmException(ProblemType.CONFLICT, "BOM " + attributes.businessKey() + " already exists",
                    List.of(new FieldError("bomRevision", "BOM " + attributes.businessKey() + " already exists")));
        }
    }
}
