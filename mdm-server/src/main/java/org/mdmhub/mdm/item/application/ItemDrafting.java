package org.mdmhub.mdm.item.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.mdmhub.mdm.audit.ChangeReason;
import org.mdmhub.mdm.item.domain.Item;
import org.mdmhub.mdm.item.domain.ItemAttributes;
import org.mdmhub.mdm.item.domain.ItemRules;
import org.mdmhub.mdm.item.domain.Items;
import org.mdmhub.mdm.item.domain.PlantExtensionAttributes;
import org.mdmhub.mdm.platform.locking.LockVersions;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;
import org.mdmhub.mdm.quality.referencedata.ReferenceData;

/** Use cases of a steward working on item drafts: create, revise, open a new revision, extend to plants. Each is one transaction. */
@ApplicationScoped
@Transactional
public class ItemDrafting {

    @Inject
    Items items;

    @Inject
    ItemRules rules;

    @Inject
    ReferenceData referenceData;

    @Inject
    ChangeReason reason;

    @Inject
    Clock clock;

    public ItemSnapshot create(ItemAttributes attributes) {
        Item item = Item.draft(attributes, rules, clock.instant());
        if (items.existsWithKey(attributes.itemNumber(), attributes.revision())) {
            throw new MdmException(ProblemType.CONFLICT, "Item " + attributes.businessKey() + " already exists",
                    List.of(new FieldError("itemNumber", "item " + attributes.businessKey() + " already exists")));
        }
        reason.defaultTo("created");
        items.add(item);
        return ItemSnapshot.of(items.flushed(item));
    }

    /** Revises a draft, provided the caller saw its current state ({@code expectedLockVersion}). */
    public ItemSnapshot revise(UUID id, long expectedLockVersion, ItemAttributes attributes) {
        Item item = current(id, expectedLockVersion);
        item.revise(attributes, rules, clock.instant());
        return ItemSnapshot.of(items.flushed(item));
    }

    /** The item, provided the caller saw its current state (its ETag). */
    private Item current(UUID id, long expectedLockVersion) {
        Item item = items.byId(id).orElseThrow(() -> MdmException.notFound("Item " + id));
        LockVersions.requireSeen(expectedLockVersion, item.lockVersion(), "Item " + item.businessKey(), item.version());
        return item;
    }

    /** Opens the next revision of an item (A → B) as a new draft linked to it. */
    public ItemSnapshot newRevision(UUID id) {
        Item current = items.byId(id).orElseThrow(() -> MdmException.notFound("Item " + id));
        Item next = current.nextRevision(clock.instant());
        ItemAttributes a = next.attributes();
        if (items.existsWithKey(a.itemNumber(), a.revision())) {
            throw new MdmException(ProblemType.CONFLICT, "Item " + a.businessKey() + " already exists",
                    List.of(new FieldError("revision", "revision " + a.revision() + " of " + a.itemNumber() + " already exists")));
        }
        reason.defaultTo("revision " + a.revision() + " opened from " + current.businessKey());
        items.add(next);
        return ItemSnapshot.of(items.flushed(next));
    }

    /** Adds a draft item to a plant, or changes what the plant knows about it. */
    public ItemSnapshot extendToPlant(UUID id, long expectedLockVersion, PlantExtensionAttributes extension) {
        Item item = current(id, expectedLockVersion);
        if (referenceData.plant(extension.plant()).isEmpty()) {
            throw MdmException.notFound("Plant " + extension.plant());
        }
        item.extendToPlant(extension, clock.instant());
        return ItemSnapshot.of(items.flushed(item));
    }

    public ItemSnapshot removeFromPlant(UUID id, long expectedLockVersion, String plant) {
        Item item = current(id, expectedLockVersion);
        item.removeFromPlant(plant, clock.instant());
        return ItemSnapshot.of(items.flushed(item));
    }
}
