package org.mdmhub.mdm.lifecycle.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;

class ChangeRequestTest {
    private static final Instant OPENED = Instant.parse("2027-01-01T08:00:00Z");
    private static final Instant LATER = Instant.parse("2027-01-01T09:00:00Z");

    private static RecordRef item() {
        return new RecordRef(RecordType.ITEM, UUID.randomUUID());
    }

    private static ChangeRequest open() {
        return ChangeRequest.open("Spring range", "steward", null, OPENED);
    }

    @Test
    void aNewRequestIsOpenAndEmpty() {
        ChangeRequest cr = open();

        assertEquals(ChangeRequestStatus.OPEN, cr.status());
        assertEquals(List.of(), cr.entries());
        assertEquals("steward", cr.author());
        assertEquals(OPENED, cr.createdAt());
    }

    @Test
    void entriesKeepTheirKindAndOrder() {
        ChangeRequest cr = open();
        RecordRef a = item();
        RecordRef b = item();
        RecordRef c = item();

        cr.addNewRecord(a, LATER);
        cr.proposeChange(b, "{\"name\":\"x\"}", LATER);
        cr.requestTransition(c, ChangeEntryKind.OBSOLETE, LATER);

        assertEquals(List.of(a, b, c), cr.entries().stream().map(ChangeEntry::record).toList());
        assertEquals(List.of(ChangeEntryKind.NEW_RECORD, ChangeEntryKind.CHANGE, ChangeEntryKind.OBSOLETE),
                cr.entries().stream().map(ChangeEntry::kind).toList());
        assertEquals(LATER, cr.updatedAt());
    }

    @Test
    void aSecondProposalForTheSameRecordReplacesTheFirst() {
        ChangeRequest cr = open();
        RecordRef a = item();

        cr.proposeChange(a, "{\"name\":\"first\"}", LATER);
        cr.proposeChange(a, "{\"name\":\"second\"}", LATER);

        assertEquals(1, cr.entries().size());
        assertEquals("{\"name\":\"second\"}", cr.entries().get(0).proposed().orElseThrow());
    }

    @Test
    void aRecordIsInARequestOnlyOnce() {
        ChangeRequest cr = open();
        RecordRef a = item();
        cr.addNewRecord(a, LATER);

        MdmException e = assertThrows(MdmException.class, () -> cr.requestTransition(a, ChangeEntryKind.UNBLOCK, LATER));
        assertEquals(ProblemType.CONFLICT, e.type());
    }

    @Test
    void onlyUnblockAndObsoleteAreLifecycleRequests() {
        ChangeRequest cr = open();
        assertThrows(IllegalArgumentException.class, () -> cr.requestTransition(item(), ChangeEntryKind.CHANGE, LATER));
        assertThrows(IllegalArgumentException.class, () -> cr.requestTransition(item(), ChangeEntryKind.NEW_RECORD, LATER));
    }

    @Test
    void anEmptyRequestCannotBeSubmitted() {
        MdmException e = assertThrows(MdmException.class, () -> open().submitted("p1", LATER));
        assertEquals(List.of(new FieldError("records", "a change request needs at least one record")), e.errors());
    }

    @Test
    void submittedApprovedReleasedInThatOrder() {
        ChangeRequest cr = open();
        cr.addNewRecord(item(), OPENED);

        cr.submitted("process-1", LATER);
        assertEquals(ChangeRequestStatus.IN_REVIEW, cr.status());
        assertEquals("process-1", cr.processId().orElseThrow());
        assertThrows(MdmException.class, () -> cr.addNewRecord(item(), LATER), "records are added while OPEN only");
        assertThrows(MdmException.class, () -> cr.released(LATER), "release needs approval first");

        cr.approved(LATER);
        assertEquals(ChangeRequestStatus.APPROVED, cr.status());
        assertThrows(MdmException.class, () -> cr.rejected("late", LATER));

        cr.released(LATER);
        assertEquals(ChangeRequestStatus.RELEASED, cr.status());
    }

    @Test
    void aRejectionKeepsItsComment() {
        ChangeRequest cr = open();
        cr.addNewRecord(item(), OPENED);
        cr.submitted("process-1", LATER);

        cr.rejected("weight is wrong", LATER);

        assertEquals(ChangeRequestStatus.REJECTED, cr.status());
        assertEquals("weight is wrong", cr.decisionComment().orElseThrow());
        MdmException e = assertThrows(MdmException.class, () -> cr.approved(LATER));
        assertEquals(ProblemType.ILLEGAL_TRANSITION, e.type());
    }
}
