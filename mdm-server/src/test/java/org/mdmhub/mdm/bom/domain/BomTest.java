package org.mdmhub.mdm.bom.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;
import org.mdmhub.mdm.lifecycle.domain.Transition;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;

class BomTest {
    private static final Instant NOW = Instant.parse("2027-01-01T00:00:00Z");
    private static final BomRules RULES = new BomRules(new FakeReferences().item("BIKE", "A", "C62").item("BIKE", "B", "C62")
            .item("A", "A", "C62").item("B", "A", "C62").item("C", "A", "C62").plant("P1").plant("P2"));

    private static BomLineAttributes line(UUID id, int position, String component, String quantity) {
        return new BomLineAttributes(id, position, new ComponentRef(component, null), new BigDecimal(quantity), "C62",
                null, null, null);
    }

    private static BomAttributes attributes(BomLineAttributes... lines) {
        return new BomAttributes(new ItemRef("BIKE", "A"), "A", new Quantity(new BigDecimal("1.000"), "C62"),
                BomType.MANUFACTURE, List.of("P2", "P1"), null, null, List.of(lines), null);
    }

    @Test
    void aDraftGivesEachLineAnIdAndSortsLinesAndPlants() {
        Bom bom = Bom.draft(attributes(line(null, 20, "B", "2"), line(null, 10, "A", "1.50")), RULES, NOW);
        BomAttributes a = bom.attributes();
        assertEquals(List.of(10, 20), a.lines().stream().map(BomLineAttributes::position).toList());
        assertEquals(List.of("P1", "P2"), a.plants());
        assertEquals(new BigDecimal("1.5"), a.lines().get(0).quantity());
        assertEquals("1", a.producedQuantity().value().toPlainString());
        a.lines().forEach(l -> assertNotEquals(null, l.id()));
        assertEquals(1, bom.version());
    }

    @Test
    void quantitiesKeepAPlainForm() {
        assertEquals("10", new Quantity(new BigDecimal("10.000000"), "C62").value().toString());
    }

    @Test
    void revisingKeepsLinesSentWithTheirIdAddsNewOnesAndDropsTheRest() {
        Bom bom = Bom.draft(attributes(line(null, 10, "A", "1"), line(null, 20, "B", "2")), RULES, NOW);
        List<BomLineAttributes> before = bom.attributes().lines();
        bom.revise(attributes(line(before.get(1).id(), 20, "B", "3"), line(null, 30, "C", "1")), RULES, NOW);
        List<BomLineAttributes> after = bom.attributes().lines();
        assertEquals(List.of(before.get(1).id()), after.stream().filter(l -> l.position() == 20).map(BomLineAttributes::id).toList());
        assertEquals(new BigDecimal("3"), after.get(0).quantity());
        assertEquals(List.of(20, 30), after.stream().map(BomLineAttributes::position).toList());
        assertEquals(2, bom.version());
    }

    /** The rules are the verbs' own: a BOM breaking one is neither drafted, revised, nor released. */
    @Test
    void noVerbTakesABomThatBreaksTheRules() {
        BomAttributes unknownComponent = attributes(line(null, 10, "NOPE", "1"));
        List<String> expected = List.of("lines[0].component.itemNumber");
        assertEquals(expected, fields(assertThrows(MdmException.class, () -> Bom.draft(unknownComponent, RULES, NOW))));

        Bom bom = Bom.draft(attributes(line(null, 10, "A", "1")), RULES, NOW);
        assertEquals(expected, fields(assertThrows(MdmException.class, () -> bom.revise(unknownComponent, RULES, NOW))));
        assertEquals(1, bom.version());

        bom.transition(Transition.SUBMIT, NOW);
        bom.transition(Transition.APPROVE, NOW);
        MdmException unreleased = assertThrows(MdmException.class, () -> bom.release(RULES, NOW));
        assertEquals(List.of(new FieldError("lines[0].component", "component A has no RELEASED revision to float to")),
                unreleased.errors());
        assertEquals(LifecycleState.APPROVED, bom.state());
    }

    private static List<String> fields(MdmException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void aForeignLineIdAndAChangedKeyAreRefused() {
        Bom bom = Bom.draft(attributes(line(null, 10, "A", "1")), RULES, NOW);
        BomAttributes changed = new BomAttributes(new ItemRef("BIKE", "B"), "C", new Quantity(BigDecimal.ONE, "C62"),
                BomType.KIT, List.of(), null, null, List.of(line(UUID.randomUUID(), 10, "A", "1")), null);
        MdmException e = assertThrows(MdmException.class, () -> bom.revise(changed, RULES, NOW));
        assertEquals(List.of("parent.revision", "bomRevision", "lines[0].id"), e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void aNewBomCannotKeepLines() {
        MdmException e = assertThrows(MdmException.class, () -> Bom.draft(attributes(line(UUID.randomUUID(), 10, "A", "1")), RULES, NOW));
        assertEquals("lines[0].id", e.errors().get(0).field());
    }

    @Test
    void revisionsRunOutAtZz() {
        Bom zz = Bom.draft(new BomAttributes(new ItemRef("BIKE", "A"), "ZZ", new Quantity(BigDecimal.ONE, "C62"),
                BomType.MANUFACTURE, List.of(), null, null, List.of(line(null, 10, "A", "1")), null), RULES, NOW);
        assertEquals("bomRevision", assertThrows(MdmException.class, () -> zz.nextRevision(RULES, NOW)).errors().get(0).field());
        Bom z = Bom.draft(new BomAttributes(new ItemRef("BIKE", "A"), "Z", new Quantity(BigDecimal.ONE, "C62"),
                BomType.MANUFACTURE, List.of(), null, null, List.of(line(null, 10, "A", "1")), null), RULES, NOW);
        assertEquals("AA", z.nextRevision(RULES, NOW).bomRevision());
    }

    @Test
    void theNextRevisionCopiesHeaderAndLinesWithNewIds() {
        Bom a = Bom.draft(attributes(line(null, 10, "A", "1"), line(null, 20, "B", "2")), RULES, NOW);
        Bom b = a.nextRevision(RULES, NOW);
        assertEquals("B", b.bomRevision());
        assertEquals(a.id(), b.snapshot().predecessorId());
        assertEquals(1, b.version());
        assertEquals(a.attributes().lines().stream().map(BomLineAttributes::withoutId).toList(),
                b.attributes().lines().stream().map(BomLineAttributes::withoutId).toList());
        assertNotEquals(a.attributes().lines().get(0).id(), b.attributes().lines().get(0).id());
    }
}
