package org.mdmhub.mdm.item.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mdmhub.mdm.item.domain.Item;
import org.mdmhub.mdm.item.domain.ItemAttributes;
import org.mdmhub.mdm.item.domain.PlantExtensionAttributes;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;

/**
 * An item as it is (or was, at one audited revision), taken inside the use case's transaction: content, plant
 * extensions, identity, lineage, lifecycle state and both version numbers. Readers get this value rather than
 * the entity, so nothing lazy or managed outlives the transaction, and a past state read from the audit
 * tables looks exactly like the current one.
 *
 * @param predecessorId the item revision this one was opened from, or null
 */
public record ItemSnapshot(
        UUID id,
        ItemAttributes attributes,
        List<PlantExtensionAttributes> plants,
        UUID predecessorId,
        LifecycleState state,
        int version,
        long lockVersion,
        Instant createdAt,
        Instant updatedAt) {

    public ItemSnapshot {
        plants = List.copyOf(plants);
    }

    public static ItemSnapshot of(Item item) {
        return new ItemSnapshot(item.id(), item.attributes(), item.plantExtensions(), item.predecessorId().orElse(null),
                item.state(), item.version(), item.lockVersion(), item.createdAt(), item.updatedAt());
    }
}
