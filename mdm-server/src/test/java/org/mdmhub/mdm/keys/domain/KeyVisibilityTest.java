package org.mdmhub.mdm.keys.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mdmhub.mdm.lifecycle.domain.RecordType;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;

class KeyVisibilityTest {
    private static final UUID ID = UUID.randomUUID();
    private static final KeyedRecord ITEM = new KeyedRecord(ID, RecordType.ITEM, "100-200/A", "A");
    private static final TargetKey IN_ODOO = new TargetKey(TargetKey.ODOO, UUID.randomUUID(), "mdm.item_" + ID,
            "product.template", 42);

    private static RecordKeys from(String system) {
        return new RecordKeys(ITEM, new SourceKey(system, "P-100", "A"), List.of(IN_ODOO));
    }

    @Test
    void everySystemSeesEveryKeyAndMayResolveAnySystem() {
        KeyVisibility all = KeyVisibility.everySystem();
        assertEquals(Optional.of(from("PLM")), all.apply(from("PLM")));
        RecordKeys madeInTheHub = new RecordKeys(ITEM, null, List.of(IN_ODOO));
        assertEquals(Optional.of(madeInTheHub), all.apply(madeInTheHub));
        all.requireMayResolve("odoo");
        all.requireMayResolve("PLM");
    }

    @Test
    void aSourceSystemSeesOnlyItsOwnKeysOfItsOwnRecords() {
        KeyVisibility plm = KeyVisibility.only("PLM");
        assertEquals(Optional.of(new RecordKeys(ITEM, new SourceKey("PLM", "P-100", "A"), List.of())),
                plm.apply(from("PLM")));
        assertTrue(plm.apply(from("CSV")).isEmpty(), "a record from another system is not there for it");
        assertTrue(plm.apply(from("plm")).isEmpty(), "systems are compared exactly, as they are stored");
        assertTrue(plm.apply(new RecordKeys(ITEM, null, List.of(IN_ODOO))).isEmpty(), "nor one made in the hub");
    }

    @Test
    void aSourceSystemMayResolveOnlyItsOwnKeys() {
        KeyVisibility plm = KeyVisibility.only("PLM");
        plm.requireMayResolve("PLM");
        MdmException refused = assertThrows(MdmException.class, () -> plm.requireMayResolve("odoo"));
        assertEquals(ProblemType.FORBIDDEN, refused.type());
        assertEquals(ProblemType.FORBIDDEN, assertThrows(MdmException.class, () -> plm.requireMayResolve("CSV")).type());
    }
}
