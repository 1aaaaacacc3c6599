package org.mdmhub.mdm.publication.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;
import org.mdmhub.mdm.lifecycle.domain.RecordType;
import org.mdmhub.mdm.platform.json.Json;
import org.mdmhub.mdm.platform.paging.Page;
import org.mdmhub.mdm.platform.paging.PageRequest;
import org.mdmhub.mdm.publication.domain.DeliveryAttempt;
import org.mdmhub.mdm.publication.domain.DeliveryLog;
import org.mdmhub.mdm.publication.domain.DeliveryStatus;
import org.mdmhub.mdm.publication.domain.DeliverySummary;
import org.mdmhub.mdm.publication.domain.EventType;
import org.mdmhub.mdm.publication.domain.ReleaseEvent;
import org.mdmhub.mdm.publication.domain.StoredEvent;

@ApplicationScoped
class JdbcDeliveryLog implements DeliveryLog {
    private static final TypeReference<Map<String, List<String>>> FACETS = new TypeReference<>() { };
    private static final String SUMMARY = """
            select d.id, d.subscription_id, s.name, d.event_sequence, e.event_id, e.domain, e.record_id, e.business_key,
                   e.record_version, e.event_type, d.status, d.attempts, d.created_at, d.next_attempt_at,
                   d.delivered_at, d.last_error, d.reason
              from delivery d join publication_event e on e.sequence = d.event_sequence
                              join subscription s on s.id = d.subscription_id
            """;

    @PersistenceContext(unitName = "mdm")
    EntityManager em;

    @Override
    public Optional<DeliverySummary> delivery(long id) {
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement(SUMMARY + " where d.id = ?")) {
                ps.setLong(1, id);
                return summaries(ps).stream().findFirst();
            }
        });
    }

    @Override
    public List<DeliveryAttempt> attempts(long deliveryId) {
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    select attempt, started_at, latency_ms, outcome, error, node from delivery_attempt
                     where delivery_id = ? order by attempt""")) {
                ps.setLong(1, deliveryId);
                List<DeliveryAttempt> attempts = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        attempts.add(new DeliveryAttempt(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getLong(3),
                                rs.getString(4), rs.getString(5), rs.getString(6)));
                    }
                }
                return attempts;
            }
        });
    }

    @Override
    public Page<DeliverySummary> ofSubscription(UUID subscriptionId, Optional<DeliveryStatus> status,
                                                Optional<UUID> recordId, PageRequest page) {
        String where = " where d.subscription_id = ?" + (status.isPresent() ? " and d.status = ?" : "")
                + (recordId.isPresent() ? " and d.record_id = ?" : "");
        return work(c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("select count(*) from delivery d" + where)) {
                bind(ps, subscriptionId, status, recordId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(SUMMARY + where + " order by d.id desc limit ? offset ?")) {
                int next = bind(ps, subscriptionId, status, recordId);
                ps.setInt(next++, page.size());
                ps.setLong(next, (long) page.page() * page.size());
                return new Page<>(summaries(ps), page, total);
            }
        });
    }

    private static int bind(PreparedStatement ps, UUID subscriptionId, Optional<DeliveryStatus> status,
                            Optional<UUID> recordId) throws SQLException {
        int p = 1;
        ps.setObject(p++, subscriptionId);
        if (status.isPresent()) {
            ps.setString(p++, status.get().name());
        }
        if (recordId.isPresent()) {
            ps.setObject(p++, recordId.get());
        }
        return p;
    }

    @Override
    public List<DeliverySummary> ofRecord(UUID recordId, int limit) {
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement(SUMMARY + " where d.record_id = ? order by d.id desc limit ?")) {
                ps.setObject(1, recordId);
                ps.setInt(2, limit);
                return summaries(ps);
            }
        });
    }

    @Override
    public Map<DeliveryStatus, Long> counts(UUID subscriptionId) {
        return work(c -> {
            Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
            for (DeliveryStatus s : DeliveryStatus.values()) {
                counts.put(s, 0L);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "select status, count(*) from delivery where subscription_id = ? group by status")) {
                ps.setObject(1, subscriptionId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        counts.put(DeliveryStatus.valueOf(rs.getString(1)), rs.getLong(2));
                    }
                }
            }
            return counts;
        });
    }

    @Override
    public Optional<ReleaseEvent> event(long sequence) {
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + EventRows.COLUMNS
                    + " from publication_event e where e.sequence = ?")) {
                ps.setLong(1, sequence);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(EventRows.read(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public boolean laterEventDelivered(UUID subscriptionId, UUID recordId, long sequence) {
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    select exists (select 1 from delivery where subscription_id = ? and record_id = ?
                                   and event_sequence > ? and status = 'DELIVERED')""")) {
                ps.setObject(1, subscriptionId);
                ps.setObject(2, recordId);
                ps.setLong(3, sequence);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getBoolean(1);
                }
            }
        });
    }

    @Override
    public List<StoredEvent> eventsFrom(long afterSequence, Instant since, Set<RecordType> domains, int limit) {
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + EventRows.COLUMNS + ", e.facets, e.feed_position"
                    + " from publication_event e where e.sequence > ? and e.occurred_at >= ? and e.domain = any (?)"
                    + " order by e.sequence limit ?")) {
                ps.setLong(1, afterSequence);
                ps.setTimestamp(2, Timestamp.from(since));
                ps.setArray(3, c.createArrayOf("varchar", domains.stream().map(Enum::name).toArray()));
                ps.setInt(4, limit);
                return storedEvents(ps);
            }
        });
    }

    @Override
    public List<DeliverySummary> replayableDead(UUID subscriptionId, int limit) {
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement(SUMMARY + """
                     where d.subscription_id = ? and d.status = 'DEAD'
                       and not exists (select 1 from delivery n where n.subscription_id = d.subscription_id
                                        and n.record_id = d.record_id and n.id > d.id)
                     order by d.id limit ?""")) {
                ps.setObject(1, subscriptionId);
                ps.setInt(2, limit);
                return summaries(ps);
            }
        });
    }

    @Override
    public List<StoredEvent> newestEvents(Set<RecordType> domains) {
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + EventRows.COLUMNS + ", e.facets, e.feed_position"
                    + " from publication_event e where e.domain = any (?) and not exists (select 1 from publication_event n"
                    + " where n.record_id = e.record_id and n.sequence > e.sequence) order by e.sequence")) {
                ps.setArray(1, c.createArrayOf("varchar", domains.stream().map(Enum::name).toArray()));
                return storedEvents(ps);
            }
        });
    }

    @Override
    public List<String> deliveredNames(UUID subscriptionId) {
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    select distinct lower(e.domain) || '_' || e.record_id from delivery d
                      join publication_event e on e.sequence = d.event_sequence
                     where d.subscription_id = ? and d.status = 'DELIVERED'""")) {
                ps.setObject(1, subscriptionId);
                List<String> names = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
                return names;
            }
        });
    }

    @Override
    public List<StoredEvent> feed(long afterPosition, Set<RecordType> domains, int limit) {
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + EventRows.COLUMNS + ", e.facets, e.feed_position"
                    + " from publication_event e where e.feed_position > ? and e.domain = any (?)"
                    + " order by e.feed_position limit ?")) {
                ps.setLong(1, afterPosition);
                ps.setArray(2, c.createArrayOf("varchar", domains.stream().map(Enum::name).toArray()));
                ps.setInt(3, limit);
                return storedEvents(ps);
            }
        });
    }

    private static List<StoredEvent> storedEvents(PreparedStatement ps) throws SQLException {
        List<StoredEvent> events = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long position = rs.getLong("feed_position");
                events.add(new StoredEvent(EventRows.read(rs), facets(rs.getString("facets")), rs.wasNull() ? null : position));
            }
        }
        return events;
    }

    private static Map<String, List<String>> facets(String json) {
        try {
            return Json.mapper().readValue(json, FACETS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored facets are not JSON", e);
        }
    }

    private static List<DeliverySummary> summaries(PreparedStatement ps) throws SQLException {
        List<DeliverySummary> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new DeliverySummary(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getLong(4),
                        rs.getObject(5, UUID.class), RecordType.valueOf(rs.getString(6)), rs.getObject(7, UUID.class),
                        rs.getString(8), rs.getInt(9), EventType.valueOf(rs.getString(10)),
                        DeliveryStatus.valueOf(rs.getString(11)), rs.getInt(12), instant(rs.getTimestamp(13)),
                        instant(rs.getTimestamp(14)), instant(rs.getTimestamp(15)), rs.getString(16), rs.getString(17)));
            }
        }
        return list;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private <T> T work(ReturningWork<T> work) {
        return em.unwrap(Session.class).doReturningWork(work);
    }
}
