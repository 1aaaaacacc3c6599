package org.mdmhub.mdm.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;

/**
 * The history answers every golden-record API gives — the list of versions, one version in full, and the
 * diff between two versions — built the same way for every domain from its {@link RecordVersion}s.
 */
public final class HistoryViews {
    /** Bookkeeping members that change with every save and say nothing about the record's content. */
    private static final Set<String> BOOKKEEPING = Set.of("id", "version", "createdAt", "updatedAt");

    private HistoryViews() {
    }

    public record Entry(int version, String state, long revision, Instant changedAt, String author, String reason,
                        String change, List<String> changedFields) {
    }

    public record Version(int version, String state, long revision, Instant changedAt, String author, String reason,
                          JsonNode record) {
    }

    public record Diff(int from, int to, List<JsonDiff.Change> changes) {
    }

    public static List<Entry> entries(List<RecordVersion> versions) {
        List<Entry> entries = new ArrayList<>(versions.size());
        JsonNode previous = null;
        for (RecordVersion v : versions) {
            JsonNode content = content(v.document());
            List<String> changed = previous == null ? List.of() : JsonDiff.changedPaths(previous, content);
            entries.add(new Entry(v.version(), v.state(), v.revision().number(), v.revision().at(), v.revision().author(),
                    v.revision().reason(), v.kind().name().toLowerCase(), changed));
            previous = content;
        }
        return entries;
    }

    public static Version version(List<RecordVersion> versions, int number) {
        RecordVersion v = find(versions, number, "version");
        return new Version(v.version(), v.state(), v.revision().number(), v.revision().at(), v.revision().author(),
                v.revision().reason(), v.document());
    }

    public static Diff diff(List<RecordVersion> versions, int from, int to) {
        JsonNode before = content(find(versions, from, "from").document());
        JsonNode after = content(find(versions, to, "to").document());
        return new Diff(from, to, JsonDiff.between(before, after));
    }

    /**
     * The last saved state of each version number. A version number can span several revisions (a
     * lifecycle step saves without a new version); the latest revision of that version is the one shown.
     */
    private static RecordVersion find(List<RecordVersion> versions, int number, String parameter) {
        RecordVersion found = null;
        for (RecordVersion v : versions) {
            if (v.version() == number) {
                found = v;
            }
        }
        if (found == null) {
            throw new MdmException(ProblemType.NOT_FOUND, "There is no version " + number,
                    List.of(new FieldError(parameter, "no version " + number + " of this record")));
        }
        return found;
    }

    /**
     * The document without its bookkeeping members. A shallow copy: only top-level members go, and documents
     * are not changed afterwards, so nested nodes stay shared — a BOM line unchanged between two versions
     * can be one node in both, which the diff then skips (a thousand versions of hundreds of lines would
     * otherwise be copied and compared node by node).
     */
    private static JsonNode content(JsonNode document) {
        if (!(document instanceof ObjectNode object)) {
            return document;
        }
        ObjectNode copy = object.objectNode();
        object.fields().forEachRemaining(member -> {
            if (!BOOKKEEPING.contains(member.getKey())) {
                copy.set(member.getKey(), member.getValue());
            }
        });
        return copy;
    }
}
