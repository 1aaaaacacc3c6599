package org.mdmhub.mdm.item.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mdmhub.mdm.golden.domain.SourceRef;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;
import org.mdmhub.mdm.lifecycle.domain.Transition;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;

/** The item aggregate's verbs, and through them the golden-record envelope every domain shares. */
class ItemTest {
    private static final Instant CREATED = Instant.parse("2027-01-01T08:00:00Z");
    private static final Instant EDITED = Instant.parse("2027-01-01T09:00:00Z");
    private static final ItemRules RULES = new ItemRules(new KnownUnits());

    private static ItemAttributes attributes(String number, String revision, String name) {
        return new ItemAttributes(number, revision, name, null, ItemType.COMPONENT, "C62", null, null, null, null, null,
                new SourceRef("PLM", "P-" + number));
    }

    private static Item released() {
        Item item = Item.draft(attributes("4711", "A", "Bolt"), RULES, CREATED);
        for (Transition t : List.of(Transition.SUBMIT, Transition.APPROVE, Transition.RELEASE)) {
            item.transition(t, CREATED);
        }
        return item;
    }

    @Test
    void aDraftIsVersionOneWithItsSource() {
        Item item = Item.draft(attributes("4711", "A", "Bolt"), RULES, CREATED);

        assertEquals(LifecycleState.DRAFT, item.state());
        assertEquals(1, item.version());
        assertEquals(CREATED, item.createdAt());
        assertEquals(CREATED, item.updatedAt());
        assertEquals(new SourceRef("PLM", "P-4711"), item.attributes().source());
        assertNotEquals(null, item.id());
    }

    @Test
    void revisingADraftIsTheNextVersion() {
        Item item = Item.draft(attributes("4711", "A", "Bolt"), RULES, CREATED);

        item.revise(attributes("4711", "A", "Hex bolt"), RULES, EDITED);

        assertEquals("Hex bolt", item.attributes().name());
        assertEquals(2, item.version());
        assertEquals(EDITED, item.updatedAt());
        assertEquals(CREATED, item.createdAt());
    }

    @Test
    void numberAndRevisionNeverChange() {
        Item item = Item.draft(attributes("4711", "A", "Bolt"), RULES, CREATED);

        MdmException e = assertThrows(MdmException.class, () -> item.revise(attributes("4712", "B", "Bolt"), RULES, EDITED));

        assertEquals(List.of(new FieldError("itemNumber", "cannot be changed (was 4711)"),
                new FieldError("revision", "cannot be changed (was A); create a new revision instead")), e.errors());
        assertEquals(1, item.version());
    }

    @Test
    void onlyADraftIsEditedInPlace() {
        Item item = released();

        MdmException e = assertThrows(MdmException.class, () -> item.revise(attributes("4711", "A", "Nut"), RULES, EDITED));

        assertEquals(ProblemType.ILLEGAL_TRANSITION, e.type());
        assertEquals("Item 4711/A is RELEASED; only drafts can be edited in place", e.getMessage());
        assertEquals("Bolt", item.attributes().name());
    }

    @Test
    void aReleasedItemTakesAnApprovedChangeAndStaysReleased() {
        Item item = released();

        item.applyApprovedChange(attributes("4711", "A", "Hex bolt"), RULES, EDITED);

        assertEquals(LifecycleState.RELEASED, item.state());
        assertEquals("Hex bolt", item.attributes().name());
        assertEquals(2, item.version());
    }

    @Test
    void aDraftTakesNoApprovedChange() {
        Item item = Item.draft(attributes("4711", "A", "Bolt"), RULES, CREATED);

        MdmException e = assertThrows(MdmException.class,
                () -> item.applyApprovedChange(attributes("4711", "A", "Hex bolt"), RULES, EDITED));

        assertEquals(ProblemType.ILLEGAL_TRANSITION, e.type());
        assertEquals(1, item.version());
    }

    /** The rules are the verbs' own: no item is drafted, revised, changed or released while it breaks one. */
    @Test
    void noVerbTakesContentThatBreaksTheRules() {
        ItemAttributes inches = new ItemAttributes("4711", "A", "Bolt", null, ItemType.COMPONENT, "INH", "4006381333932",
                null, null, new Weight(BigDecimal.ONE, "MTR"), null, null);
        List<FieldError> expected = List.of(new FieldError("gtin", "is not a valid GTIN-8/12/13/14 (GS1 check digit mismatch)"),
                new FieldError("baseUnit", "'INH' is not a known UN/CEFACT Rec 20 unit code"),
                new FieldError("weight.unit", "'MTR' is a unit of length, not of mass"));

        assertEquals(expected, assertThrows(MdmException.class, () -> Item.draft(inches, RULES, CREATED)).errors());

        Item draft = Item.draft(attributes("4711", "A", "Bolt"), RULES, CREATED);
        assertEquals(expected, assertThrows(MdmException.class, () -> draft.revise(inches, RULES, EDITED)).errors());
        assertEquals("C62", draft.attributes().baseUnit());
        assertEquals(1, draft.version());

        Item released = released();
        MdmException change = assertThrows(MdmException.class, () -> released.applyApprovedChange(inches, RULES, EDITED));
        assertEquals(ProblemType.VALIDATION_FAILED, change.type());
        assertEquals(1, released.version());

        Item approved = Item.draft(attributes("4712", "A", "Nut"), RULES, CREATED);
        approved.transition(Transition.SUBMIT, CREATED);
        approved.transition(Transition.APPROVE, CREATED);
        ItemRules withoutPieces = new ItemRules(new KnownUnits().without("C62")); // withdrawn since the draft was saved
        assertEquals(List.of(new FieldError("baseUnit", "'C62' is not a known UN/CEFACT Rec 20 unit code")),
                assertThrows(MdmException.class, () -> approved.release(withoutPieces, EDITED)).errors());
        assertEquals(LifecycleState.APPROVED, approved.state());
        approved.release(RULES, EDITED);
        assertEquals(LifecycleState.RELEASED, approved.state());
    }

    @Test
    void aTransitionMovesTheStateButNotTheVersion() {
        Item item = Item.draft(attributes("4711", "A", "Bolt"), RULES, CREATED);

        item.transition(Transition.SUBMIT, EDITED);

        assertEquals(LifecycleState.IN_REVIEW, item.state());
        assertEquals(1, item.version());
        assertEquals(EDITED, item.updatedAt());
        assertThrows(MdmException.class, () -> item.transition(Transition.RELEASE, EDITED));
        assertEquals(LifecycleState.IN_REVIEW, item.state());
    }

    @Test
    void plantExtensionsAreAddedReplacedAndRemovedOnADraft() {
        Item item = Item.draft(attributes("4711", "A", "Bolt"), RULES, CREATED);

        item.extendToPlant(new PlantExtensionAttributes("P2", ProcurementType.EXTERNAL, 5, null, null, null), EDITED);
        item.extendToPlant(new PlantExtensionAttributes("P1", ProcurementType.EXTERNAL, 3, null, null, null), EDITED);
        item.extendToPlant(new PlantExtensionAttributes("P2", ProcurementType.EXTERNAL, 7, BigDecimal.TEN, null, null), EDITED);

        assertEquals(List.of("P1", "P2"), item.plantExtensions().stream().map(PlantExtensionAttributes::plant).toList());
        assertEquals(7, item.plantExtension("P2").orElseThrow().attributes().leadTimeDays());
        assertEquals(4, item.version());

        item.removeFromPlant("P1", EDITED);
        assertEquals(List.of("P2"), item.plantExtensions().stream().map(PlantExtensionAttributes::plant).toList());
        assertEquals(ProblemType.NOT_FOUND, assertThrows(MdmException.class, () -> item.removeFromPlant("P9", EDITED)).type());
    }

    @Test
    void theNextRevisionIsANewDraftThatRemembersItsPredecessor() {
        Item item = released();
        item.transition(Transition.BLOCK, EDITED);
        item.transition(Transition.UNBLOCK, EDITED);

        Item next = item.nextRevision(EDITED);

        assertEquals("B", next.attributes().revision());
        assertEquals(LifecycleState.DRAFT, next.state());
        assertEquals(1, next.version());
        assertEquals(item.id(), next.predecessorId().orElseThrow());
        assertNotEquals(item.id(), next.id());
    }
}
