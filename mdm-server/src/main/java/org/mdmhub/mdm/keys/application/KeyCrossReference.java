package org.mdmhub.mdm.keys.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mdmhub.mdm.keys.domain.ExternalId;
import org.mdmhub.mdm.keys.domain.GoldenKeys;
import org.mdmhub.mdm.keys.domain.KeyVisibility;
import org.mdmhub.mdm.keys.domain.KeyedRecord;
import org.mdmhub.mdm.keys.domain.RecordKeys;
import org.mdmhub.mdm.keys.domain.TargetKey;
import org.mdmhub.mdm.platform.problem.MdmException;

/** Reads the key cross-reference both ways, as the caller may see it. */
@ApplicationScoped
@Transactional
public class KeyCrossReference {

    @Inject
    GoldenKeys keys;

    /** Every key of a golden record the caller may see; not found when there is none or it is not theirs to see. */
    public RecordKeys keysOf(UUID goldenId, KeyVisibility visibility) {
        return keys.of(goldenId).flatMap(visibility::apply)
                .orElseThrow(() -> MdmException.notFound("Golden record " + goldenId));
    }

    /**
     * The golden records a system's key points to: records whose source key it is and, for Odoo, the record its
     * external id ({@code mdm.item_<id>}) names. Ordered by domain and business key; empty when the key is unknown.
     *
     * @param revision null: every revision
     */
    public List<KeyedRecord> resolve(String system, String key, String revision, KeyVisibility visibility) {
        visibility.requireMayResolve(system);
        Map<UUID, KeyedRecord> found = new LinkedHashMap<>();
        keys.bySource(system, key, revision).forEach(r -> found.put(r.goldenId(), r));
        if (TargetKey.ODOO.equalsIgnoreCase(system)) {
            ExternalId.parse(key).flatMap(id -> keys.byExternalId(id, revision))
                    .ifPresent(r -> found.putIfAbsent(r.goldenId(), r));
        }
        List<KeyedRecord> records = new ArrayList<>(found.values());
        records.sort(Comparator.comparing(KeyedRecord::domain).thenComparing(KeyedRecord::businessKey));
        return records;
    }
}
