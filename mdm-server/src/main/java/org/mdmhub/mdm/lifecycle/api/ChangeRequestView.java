package org.mdmhub.mdm.lifecycle.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.mdmhub.mdm.lifecycle.application.ChangeRequestSnapshot;
import org.mdmhub.mdm.platform.json.Json;

/** A change request as the API shows it: its records, the decisions taken, the tasks still open. */
public record ChangeRequestView(UUID id, String title, String author, String status, Instant releaseAt,
                                String decisionComment, List<RecordView> records, List<DecisionView> decisions,
                                List<TaskView> openTasks, Instant createdAt, Instant updatedAt) {

    public record RecordView(String type, UUID id, String kind, JsonNode proposed) {
        static RecordView of(ChangeRequestSnapshot.Entry e) {
            return new RecordView(e.record().type().name().toLowerCase(Locale.ROOT), e.record().id(),
                    e.kind().name().toLowerCase(Locale.ROOT), e.proposed() == null ? null : json(e.proposed()));
        }

        private static JsonNode json(String document) {
            try {
                return Json.mapper().readTree(document);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A stored proposal is not JSON", e);
            }
        }
    }

    public record DecisionView(String group, String decidedBy, String decision, String comment, Instant decidedAt) {
        static DecisionView of(ChangeRequestSnapshot.Decision d) {
            return new DecisionView(d.group(), d.decidedBy(), d.approved() ? "approved" : "rejected", d.comment(), d.decidedAt());
        }
    }

    /** The snapshot as JSON; {@code now} decides which open tasks are shown as overdue. */
    static ChangeRequestView of(ChangeRequestSnapshot cr, Instant now) {
        return new ChangeRequestView(cr.id(), cr.title(), cr.author(), cr.status().name(), cr.releaseAt(),
                cr.decisionComment(), cr.records().stream().map(RecordView::of).toList(),
                cr.decisions().stream().map(DecisionView::of).toList(),
                cr.openTasks().stream().map(t -> TaskView.of(t, now)).toList(), cr.createdAt(), cr.updatedAt());
    }
}
