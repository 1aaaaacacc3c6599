package org.mdmhub.mdm.inbound.application;

import java.util.List;
import org.mdmhub.mdm.inbound.domain.RecordOutcome;
import org.mdmhub.mdm.lifecycle.domain.RecordRef;
import org.mdmhub.mdm.platform.problem.FieldError;

/**
 * What a domain did with one record of a batch.
 *
 * @param record           the golden record created, revised or to be changed; null when rejected
 * @param proposedDocument for a released record, the change to propose (its canonical document); null otherwise
 * @param errors           for a rejected record, why, field by field
 * @param joins            whether the record joins the batch's change request (a new or revised draft, a proposal, or
 *                         an unchanged draft no request holds)
 */
public record Intake(RecordOutcome outcome, String sourceKey, String revision, RecordRef record, String proposedDocument,
                     List<FieldError> errors, boolean joins) {
    public Intake {
        errors = List.copyOf(errors);
    }

    public static Intake rejected(String sourceKey, String revision, List<FieldError> errors) {
        return new Intake(RecordOutcome.REJECTED, sourceKey, revision, null, null, errors, false);
    }

    public static Intake draft(RecordOutcome outcome, String sourceKey, String revision, RecordRef record) {
        return new Intake(outcome, sourceKey, revision, record, null, List.of(), true);
    }

    public static Intake proposal(String sourceKey, String revision, RecordRef record, String proposedDocument) {
        return new Intake(RecordOutcome.CHANGED, sourceKey, revision, record, proposedDocument, List.of(), true);
    }

    /** {@code joins}: an unchanged draft that no pending request holds still goes to approval with the batch. */
    public static Intake unchanged(String sourceKey, String revision, RecordRef record, boolean joins) {
        return new Intake(RecordOutcome.UNCHANGED, sourceKey, revision, record, null, List.of(), joins);
    }
}
