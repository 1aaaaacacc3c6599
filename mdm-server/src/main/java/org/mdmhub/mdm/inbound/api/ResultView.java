package org.mdmhub.mdm.inbound.api;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.mdmhub.mdm.inbound.domain.RecordResult;
import org.mdmhub.mdm.platform.problem.FieldError;

/** What became of one record of a batch: created, changed, unchanged or rejected (with field errors). */
public record ResultView(int seq, String kind, String sourceKey, String revision, String outcome, UUID record,
                         List<FieldError> errors) {

    static ResultView of(RecordResult r) {
        return new ResultView(r.seq(), r.kind(), r.sourceKey(), r.revision(), r.outcome().name().toLowerCase(Locale.ROOT),
                r.recordId(), r.errors());
    }
}
