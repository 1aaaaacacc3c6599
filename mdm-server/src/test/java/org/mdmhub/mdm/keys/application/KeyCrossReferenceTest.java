package org.mdmhub.mdm.keys.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mdmhub.mdm.keys.domain.ExternalId;
import org.mdmhub.mdm.keys.domain.GoldenKeys;
import org.mdmhub.mdm.keys.domain.KeyVisibility;
import org.mdmhub.mdm.keys.domain.KeyedRecord;
import org.mdmhub.mdm.keys.domain.RecordKeys;
import org.mdmhub.mdm.keys.domain.SourceKey;
import org.mdmhub.mdm.lifecycle.domain.RecordType;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;

class KeyCrossReferenceTest {
    private final InMemoryKeys stored = new InMemoryKeys();
    private final KeyCrossReference reference = new KeyCrossReference();

    private final KeyedRecord itemA = new KeyedRecord(UUID.randomUUID(), RecordType.ITEM, "100/A", "A");
    private final KeyedRecord itemB = new KeyedRecord(UUID.randomUUID(), RecordType.ITEM, "100/B", "B");
    private final KeyedRecord supplier = new KeyedRecord(UUID.randomUUID(), RecordType.SUPPLIER, "S-1", null);

    @BeforeEach
    void store() {
        reference.keys = stored;
        stored.add(itemB, new SourceKey("PLM", "P-100", "B"));
        stored.add(supplier, new SourceKey("odoo", "res.partner,7", null));
        stored.add(itemA, new SourceKey("PLM", "P-100", "A"));
    }

    @Test
    void aSourceKeyPointsToEveryRevisionOrToTheOneAsked() {
        assertEquals(List.of(itemA, itemB), reference.resolve("PLM", "P-100", null, KeyVisibility.everySystem()));
        assertEquals(List.of(itemB), reference.resolve("PLM", "P-100", "B", KeyVisibility.everySystem()));
        assertEquals(List.of(), reference.resolve("PLM", "P-999", null, KeyVisibility.everySystem()));
    }

    @Test
    void anOdooKeyIsASourceKeyFromOdooOrAnExternalIdOfTheHub() {
        assertEquals(List.of(supplier), reference.resolve("odoo", "res.partner,7", null, KeyVisibility.everySystem()));
        String externalId = new ExternalId(RecordType.ITEM, itemA.goldenId()).toString();
        assertEquals(List.of(itemA), reference.resolve("odoo", externalId, null, KeyVisibility.everySystem()));
        assertEquals(List.of(), reference.resolve("odoo", externalId, "B", KeyVisibility.everySystem()),
                "the record it names is not at that revision");
        assertEquals(List.of(), reference.resolve("webhook", externalId, null, KeyVisibility.everySystem()),
                "only Odoo keys records by external id");
        assertEquals(List.of(), reference.resolve("odoo", new ExternalId(RecordType.BOM, itemA.goldenId()).toString(),
                null, KeyVisibility.everySystem()), "the id names an item, not a BOM");
    }

    @Test
    void aServiceAccountResolvesOnlyItsOwnSystemsKeys() {
        assertEquals(List.of(itemA, itemB), reference.resolve("PLM", "P-100", null, KeyVisibility.only("PLM")));
        MdmException refused = assertThrows(MdmException.class,
                () -> reference.resolve("odoo", "res.partner,7", null, KeyVisibility.only("PLM")));
        assertEquals(ProblemType.FORBIDDEN, refused.type());
    }

    @Test
    void aRecordTheCallerMayNotSeeIsNotFoundLikeAnUnknownOne() {
        assertEquals(itemA, reference.keysOf(itemA.goldenId(), KeyVisibility.only("PLM")).record());
        assertEquals(ProblemType.NOT_FOUND, assertThrows(MdmException.class,
                () -> reference.keysOf(supplier.goldenId(), KeyVisibility.only("PLM"))).type());
        assertEquals(ProblemType.NOT_FOUND, assertThrows(MdmException.class,
                () -> reference.keysOf(UUID.randomUUID(), KeyVisibility.everySystem())).type());
    }

    /** The repository as a list, answering in the order records were stored (the use case orders them). */
    private static final class InMemoryKeys implements GoldenKeys {
        private final List<RecordKeys> records = new ArrayList<>();

        void add(KeyedRecord record, SourceKey source) {
            records.add(new RecordKeys(record, source, List.of()));
        }

        @Override
        public Optional<RecordKeys> of(UUID goldenId) {
            return records.stream().filter(r -> r.record().goldenId().equals(goldenId)).findFirst();
        }

        @Override
        public List<KeyedRecord> bySource(String system, String key, String revision) {
            return records.stream().filter(r -> r.source() != null && r.source().system().equals(system)
                            && r.source().key().equals(key) && (revision == null || revision.equals(r.record().revision())))
                    .map(RecordKeys::record).toList();
        }

        @Override
        public Optional<KeyedRecord> byExternalId(ExternalId id, String revision) {
            return records.stream().map(RecordKeys::record)
                    .filter(r -> r.goldenId().equals(id.goldenId()) && r.domain() == id.domain()
                            && (revision == null || Objects.equals(revision, r.revision())))
                    .findFirst();
        }
    }
}
