package org.mdmhub.mdm.bom.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;
import org.mdmhub.mdm.platform.problem.FieldError;

class BomRulesTest {
    private final FakeReferences refs = new FakeReferences()
            .item("BIKE", "A", "C62")
            .item("FRAME", "A", "C62").item("FRAME", "B", "C62")
            .item("STEEL", "A", "KGM")
            .item("BOLT", "A", "C62")
            .plant("P100");

    private static BomLineAttributes line(int position, String component, String revision, String quantity, String unit) {
        return new BomLineAttributes(null, position, new ComponentRef(component, revision), new BigDecimal(quantity), unit,
                null, null, null);
    }

    private static BomAttributes bom(String parent, List<String> plants, LocalDate from, LocalDate to, BomLineAttributes... lines) {
        return new BomAttributes(new ItemRef(parent, "A"), "A", new Quantity(BigDecimal.ONE, "C62"), BomType.MANUFACTURE,
                plants, from, to, List.of(lines), null);
    }

    private static BomAttributes bom(String parent, BomLineAttributes... lines) {
        return bom(parent, List.of(), null, null, lines);
    }

    private List<FieldError> violations(BomAttributes bom) {
        return new BomRules(refs).violations(bom, null);
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aBomOfExistingComponentsInTheirUnitsIsValid() {
        assertEquals(List.of(), violations(bom("BIKE", List.of("P100"), null, null,
                line(10, "FRAME", "B", "1", "C62"), line(20, "STEEL", null, "0.5", "KGM"), line(30, "BOLT", null, "4", "H87"))));
    }

    @Test
    void aLineUnitMustConvertToTheComponentsBaseUnit() {
        List<FieldError> errors = violations(bom("BIKE", line(10, "STEEL", null, "250", "GRM"),
                line(20, "BOLT", "A", "2", "KGM"), line(30, "BOLT", null, "1", "BX"), line(40, "FRAME", null, "1", "XYZ")));
        assertEquals(List.of("lines[1].unit", "lines[2].unit", "lines[3].unit"), fields(errors));
        assertTrue(errors.get(0).message().contains("'KGM' does not convert to C62, the base unit of item BOLT/A"), errors.toString());
        assertTrue(errors.get(2).message().contains("not a known"), errors.toString());
    }

    @Test
    void missingParentComponentsAndPinnedRevisionsAreNamedFieldByField() {
        BomAttributes bom = new BomAttributes(new ItemRef("BIKE", "C"), "A", new Quantity(BigDecimal.ONE, "C62"),
                BomType.KIT, List.of("P100", "P999"), null, null,
                List.of(line(10, "NOPE", null, "1", "C62"), line(20, "FRAME", "Z", "1", "C62"), line(30, "BIKE", null, "1", "C62")), null);
        List<FieldError> errors = violations(bom);
        assertEquals(List.of("parent.revision", "plants[1]", "lines[0].component.itemNumber", "lines[1].component.revision",
                "lines[2].component.itemNumber"), fields(errors));
        assertTrue(errors.get(4).message().contains("parent item itself"), errors.toString());
    }

    @Test
    void positionsAreUniqueAndQuantitiesPositive() {
        List<FieldError> errors = violations(bom("BIKE", line(10, "FRAME", null, "1", "C62"), line(10, "BOLT", null, "0", "C62"),
                new BomLineAttributes(null, 30, new ComponentRef("BOLT", null), BigDecimal.ONE, "C62", new BigDecimal("100"), null, null)));
        assertEquals(List.of("lines[1].position", "lines[1].quantity", "lines[2].scrapPercent"), fields(errors));
        assertEquals("position 10 is also used by lines[0]", errors.get(0).message());
    }

    @Test
    void lineEffectivityLiesInsideTheBomsWindowAndRunsForwards() {
        LocalDate jan = LocalDate.of(2027, 1, 1);
        LocalDate jun = LocalDate.of(2027, 6, 30);
        BomAttributes bom = bom("BIKE", List.of(), jan, jun,
                new BomLineAttributes(null, 10, new ComponentRef("BOLT", null), BigDecimal.ONE, "C62", null, jan.minusDays(1), jun),
                new BomLineAttributes(null, 20, new ComponentRef("BOLT", null), BigDecimal.ONE, "C62", null, jan, jun.plusDays(1)),
                new BomLineAttributes(null, 30, new ComponentRef("BOLT", null), BigDecimal.ONE, "C62", null, jun, jan),
                new BomLineAttributes(null, 40, new ComponentRef("BOLT", null), BigDecimal.ONE, "C62", null, jan, jan));
        assertEquals(List.of("lines[0].effectiveFrom", "lines[1].effectiveTo", "lines[2].effectiveTo"), fields(violations(bom)));
        assertEquals(List.of("effectiveTo"), fields(violations(bom("BIKE", List.of(), jun, jan, line(10, "BOLT", null, "1", "C62")))));
    }

    @Test
    void aFloatingLineIsCheckedAgainstTheReleasedRevisionOrElseTheNewest() {
        FakeReferences references = new FakeReferences().item("P", "A", "C62")
                .item("WIRE", "A", "C62", LifecycleState.RELEASED).item("WIRE", "B", "MTR")
                .item("TUBE", "A", "C62").item("TUBE", "AA", "MTR").item("TUBE", "Z", "C62");
        BomAttributes bom = bom("P", line(10, "WIRE", null, "1", "C62"), line(20, "TUBE", null, "1", "MTR"));
        assertEquals(List.of(), new BomRules(references).violations(bom, null));
        BomAttributes wrong = bom("P", line(10, "WIRE", null, "1", "MTR"), line(20, "TUBE", null, "1", "C62"));
        assertEquals(List.of("lines[0].unit", "lines[1].unit"), fields(new BomRules(references).violations(wrong, null)));
    }

    @Test
    void aCycleTheSearchFindsIsRefusedWithItsPathFromTheParent() {
        // the search itself (a recursive query) is tested on PostgreSQL in BomGraphSqlIT; here: what the rules ask and say
        refs.item("A", "A", "C62").item("B", "A", "C62").pathToParent("B", "C", "A");
        List<FieldError> errors = violations(bom("A", line(10, "BOLT", null, "1", "C62"), line(20, "B", null, "1", "C62")));
        assertEquals(List.of(new FieldError("lines", "cycle: A → B → C → A")), errors);
        assertEquals(List.of(new FakeReferences.CycleQuestion("A", Set.of("BOLT", "B"), null)), refs.cycleQuestions);
    }

    @Test
    void theSavedBomIsNamedToTheCycleSearchSoItsOldLinesDoNotCount() {
        UUID saved = UUID.randomUUID();
        refs.item("A", "A", "C62");
        assertEquals(List.of(), new BomRules(refs).violations(bom("A", line(10, "BOLT", null, "1", "C62")), saved));
        assertEquals(List.of(new FakeReferences.CycleQuestion("A", Set.of("BOLT"), saved)), refs.cycleQuestions);
    }

    @Test
    void errorsFollowTheRequestOrderOfLines() {
        List<BomLineAttributes> lines = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            lines.add(line(10 * (i + 1), i == 3 ? "MISSING" : "BOLT", null, "1", "C62"));
        }
        List<FieldError> errors = violations(bom("BIKE", lines.toArray(BomLineAttributes[]::new)));
        assertEquals(List.of("lines[3].component.itemNumber"), fields(errors));
    }
}
