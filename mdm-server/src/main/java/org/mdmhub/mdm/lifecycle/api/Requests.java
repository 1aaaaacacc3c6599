package org.mdmhub.mdm.lifecycle.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.mdmhub.mdm.lifecycle.application.ChangeRequestEditing.Addition;
import org.mdmhub.mdm.lifecycle.domain.RecordRef;
import org.mdmhub.mdm.lifecycle.domain.RecordType;

/** Request bodies of the lifecycle API, shaped by schemas/v1/change-request*.schema.json and task-decision.schema.json. */
final class Requests {
    private Requests() {
    }

    record RecordBody(String type, UUID id, JsonNode proposed) {
        Addition toAddition() {
            return new Addition(new RecordRef(RecordType.valueOf(type.toUpperCase(Locale.ROOT)), id),
                    proposed == null ? null : proposed.toString());
        }
    }

    record ChangeRequestBody(String title, Instant releaseAt, List<RecordBody> records) {
        List<Addition> additions() {
            return records == null ? List.of() : records.stream().map(RecordBody::toAddition).toList();
        }
    }

    record RecordsBody(List<RecordBody> records) {
        List<Addition> additions() {
            return records.stream().map(RecordBody::toAddition).toList();
        }
    }

    record DecisionBody(String comment, String user) {
    }
}
