package org.mdmhub.mdm.keys.api;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mdmhub.mdm.keys.domain.SourceKey;
import org.mdmhub.mdm.keys.domain.TargetKey;

/**
 * One key of a golden record: either its key in the system it came from ({@code system}, {@code key},
 * {@code revision}) or its keys at one subscription of a target ({@code system}, {@code subscription},
 * {@code externalId}, {@code model}, {@code databaseId}). Members that do not apply are left out.
 */
@Schema(name = "RecordKey", description = "A key of the record in a source system, or at one target subscription")
public record KeyView(
        @Schema(description = "the system: the record's source system (e.g. PLM) or a target type (odoo)", required = true) String system,
        @Schema(description = "the key in the source system") String key,
        @Schema(description = "the record's revision (items and BOMs)") String revision,
        @Schema(description = "the subscription that delivered the record to the target") UUID subscription,
        @Schema(description = "the external id at the target, e.g. mdm.item_<golden id>") String externalId,
        @Schema(description = "the target's model, e.g. product.template") String model,
        @Schema(description = "the target's database id") Long databaseId) {

    static KeyView of(SourceKey source) {
        return new KeyView(source.system(), source.key(), source.revision(), null, null, null, null);
    }

    static KeyView of(TargetKey target) {
        return new KeyView(target.system(), null, null, target.subscription(), target.externalId(), target.model(),
                target.databaseId());
    }
}
