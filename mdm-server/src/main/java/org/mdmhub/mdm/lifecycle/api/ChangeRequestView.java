package org.mdmhub.mdm.lifecycle.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.mdmhub.mdm.lifecycle.domain.ApprovalDecision;
import org.mdmhub.mdm.lifecycle.domain.ApprovalTask;
import org.mdmhub.mdm.lifecycle.domain.ChangeEntry;
import org.mdmhub.mdm.lifecycle.domain.ChangeRequest;
import org.mdmhub.mdm.platform.json.Json;

/** A change request as the API shows it: its records, the decisions taken, the tasks still open. */
public record ChangeRequestView(UUID id, String title, String author, String status, Instant releaseAt,
                                String decisionComment, List<RecordView> records, List<DecisionView> decisions,
                                List<TaskView> openTasks, Instant createdAt, Instant updatedAt) {

    public record RecordView(String type, UUID id, String kind, JsonNode proposed) {
        static RecordView of(ChangeEntry e, ProposalReader proposals) {
            return new RecordView(e.record().type().name().toLowerCase(Locale.ROOT), e.record().id(),
                    e.kind().name().toLowerCase(Locale.ROOT), proposals.proposed(e).map(RecordView::json).orElse(null));
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
        static DecisionView of(ApprovalDecision d) {
            return new DecisionView(d.group(), d.decidedBy(), d.approved() ? "approved" : "rejected", d.comment(), d.decidedAt());
        }
    }

    /** The view for one caller: {@code proposals} shows each proposed document as that caller may see it. */
    static ChangeRequestView of(ChangeRequest cr, List<ApprovalDecision> decisions, List<ApprovalTask> openTasks,
                                ProposalReader proposals, Instant now) {
        return new ChangeRequestView(cr.id(), cr.title(), cr.author(), cr.status().name(), cr.releaseAt().orElse(null),
                cr.decisionComment().orElse(null), cr.entries().stream().map(e -> RecordView.of(e, proposals)).toList(),
                decisions.stream().map(DecisionView::of).toList(), openTasks.stream().map(t -> TaskView.of(t, now)).toList(),
                cr.createdAt(), cr.updatedAt());
    }
}
