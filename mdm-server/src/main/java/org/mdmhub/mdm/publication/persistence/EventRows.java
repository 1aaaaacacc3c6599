package org.mdmhub.mdm.publication.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;
import org.mdmhub.mdm.lifecycle.domain.RecordType;
import org.mdmhub.mdm.publication.domain.EventType;
import org.mdmhub.mdm.publication.domain.ReleaseEvent;

/** Reads {@code publication_event} rows; the one place that knows its columns. */
final class EventRows {
    static final String COLUMNS = "e.sequence, e.event_id, e.domain, e.record_id, e.business_key, e.record_version, "
            + "e.state, e.event_type, e.occurred_at, e.document, e.requires";

    private EventRows() {
    }

    static ReleaseEvent read(ResultSet rs) throws SQLException {
        return new ReleaseEvent(rs.getLong("sequence"), rs.getObject("event_id", UUID.class),
                RecordType.valueOf(rs.getString("domain")), rs.getObject("record_id", UUID.class),
                rs.getString("business_key"), rs.getInt("record_version"),
                LifecycleState.valueOf(rs.getString("state")), EventType.valueOf(rs.getString("event_type")),
                rs.getTimestamp("occurred_at").toInstant(), rs.getString("document"), uuids(rs.getArray("requires")));
    }

    static Set<UUID> uuids(Array array) throws SQLException {
        if (array == null) {
            return Set.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(UUID.class::cast).collect(Collectors.toUnmodifiableSet());
    }
}
