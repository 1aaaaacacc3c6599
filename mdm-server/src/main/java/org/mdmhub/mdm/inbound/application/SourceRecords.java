package org.mdmhub.mdm.inbound.application;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mdmhub.mdm.lifecycle.domain.RecordRef;
import org.mdmhub.mdm.lifecycle.domain.RecordType;
import org.mdmhub.mdm.platform.problem.FieldError;

/**
 * How one golden-record domain takes a record from a source system, implemented once per domain (items, BOMs…). It
 * runs inside the caller's transaction and never throws for a bad record: it answers {@link Intake#rejected} with
 * the field errors, having stored nothing of it.
 */
public interface SourceRecords {

    /** The record kind as a batch names it: {@code item}, {@code bom}, {@code supplier}, {@code customer}. */
    String kind();

    RecordType type();

    /**
     * Checks the document and, keyed by {@code sourceSystem} and its source key (and revision), creates a draft,
     * revises the draft the key names, or returns a proposal for the released record it names. Before changing an
     * existing record it asks {@code mayJoin}, which answers why the record cannot join the batch's change request
     * (it is pending in another one), if it cannot.
     */
    Intake receive(String sourceSystem, JsonNode document, JoinCheck mayJoin);

    /**
     * The rules records of this kind can break only together, checked over all of a batch's records of this kind
     * before any is processed (BOMs: a cycle among them); answers the rejected ones by position. Most domains have none.
     */
    default Map<Integer, Rejection> rejectTogether(List<Staged> records) {
        return Map.of();
    }

    /** A record of a batch, by its position. */
    record Staged(int seq, JsonNode document) {
    }

    /** Why a record is rejected together with others. */
    record Rejection(String sourceKey, String revision, List<FieldError> errors) {
    }

    /** Why a record cannot join the batch's change request, if it cannot. */
    @FunctionalInterface
    interface JoinCheck {
        Optional<String> refusal(RecordRef record);
    }
}
