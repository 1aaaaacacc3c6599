package org.mdmhub.mdm.publication.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;
import org.mdmhub.mdm.lifecycle.domain.RecordType;
import org.mdmhub.mdm.platform.json.Json;
import org.mdmhub.mdm.publication.domain.Outbox;
import org.mdmhub.mdm.publication.domain.ReleaseEvent;
import org.mdmhub.mdm.publication.domain.TargetIdentifiers;

/**
 * The outbox on the JPA connection of the current transaction, so events commit exactly with the changes that
 * caused them. {@code pg_notify} is transactional too: listeners hear of an event only once it is committed.
 */
@ApplicationScoped
class JdbcOutbox implements Outbox {
    static final String CHANNEL = "mdm_outbox";

    @PersistenceContext(unitName = "mdm")
    EntityManager em;

    @Override
    public Optional<LifecycleState> lastPublishedState(UUID recordId) {
        return latestEvent(recordId).map(ReleaseEvent::state);
    }

    @Override
    public Optional<ReleaseEvent> latestEvent(UUID recordId) {
        return session().doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + EventRows.COLUMNS
                    + " from publication_event e where e.record_id = ? order by e.sequence desc limit 1")) {
                ps.setObject(1, recordId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(EventRows.read(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public ReleaseEvent append(ReleaseEvent event, Map<String, List<String>> facets) {
        long sequence = session().doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into publication_event (event_id, domain, record_id, business_key, record_version, state,
                        event_type, occurred_at, document, facets, requires)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?) returning sequence""")) {
                ps.setObject(1, event.eventId());
                ps.setString(2, event.domain().name());
                ps.setObject(3, event.recordId());
                ps.setString(4, event.businessKey());
                ps.setInt(5, event.recordVersion());
                ps.setString(6, event.state().name());
                ps.setString(7, event.type().name());
                ps.setTimestamp(8, Timestamp.from(event.occurredAt()));
                ps.setString(9, event.document());
                ps.setString(10, Json.write(facets));
                ps.setArray(11, c.createArrayOf("uuid", event.requires().toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        return new ReleaseEvent(sequence, event.eventId(), event.domain(), event.recordId(), event.businessKey(),
                event.recordVersion(), event.state(), event.type(), event.occurredAt(), event.document(), event.requires());
    }

    @Override
    public long enqueue(UUID subscriptionId, ReleaseEvent event, String reason) {
        return session().doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into delivery (subscription_id, event_sequence, record_id, requires, status, attempts,
                        next_attempt_at, created_at, reason, takes, frees)
                    values (?, ?, ?, ?, 'PENDING', 0, now(), now(), ?, ?, ?) returning id""")) {
                TargetIdentifiers identifiers = identifiers(event);
                ps.setObject(1, subscriptionId);
                ps.setLong(2, event.sequence());
                ps.setObject(3, event.recordId());
                ps.setArray(4, c.createArrayOf("uuid", event.requires().toArray()));
                ps.setString(5, reason.length() > 200 ? reason.substring(0, 200) : reason);
                ps.setArray(6, c.createArrayOf("text", identifiers.takes().toArray()));
                ps.setArray(7, c.createArrayOf("text", identifiers.frees().toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** An item's GTIN, read from the released document (item.schema.json); other records hold none. */
    private static TargetIdentifiers identifiers(ReleaseEvent event) {
        if (event.domain() != RecordType.ITEM) {
            return TargetIdentifiers.NONE;
        }
        try {
            JsonNode gtin = Json.mapper().readTree(event.document()).path("gtin");
            return TargetIdentifiers.of(event.domain(), event.state(), gtin.isTextual() ? gtin.asText() : null);
        } catch (JsonProcessingException e) {
            return TargetIdentifiers.NONE; // the target refuses such a document anyway
        }
    }

    @Override
    public boolean hasLiveDelivery(UUID subscriptionId, UUID recordId) {
        return session().doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    select exists (select 1 from delivery
                                   where subscription_id = ? and record_id = ? and status <> 'DEAD')""")) {
                ps.setObject(1, subscriptionId);
                ps.setObject(2, recordId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getBoolean(1);
                }
            }
        });
    }

    @Override
    public void wakeDispatchersOnCommit() {
        session().doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("select pg_notify('" + CHANNEL + "', '')")) {
                ps.execute();
            }
        });
    }

    private Session session() {
        return em.unwrap(Session.class);
    }
}
