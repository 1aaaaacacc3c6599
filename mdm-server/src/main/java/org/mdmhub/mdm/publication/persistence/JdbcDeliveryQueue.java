package org.mdmhub.mdm.publication.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;
import org.mdmhub.mdm.publication.domain.AttemptRecord;
import org.mdmhub.mdm.publication.domain.ClaimedDelivery;
import org.mdmhub.mdm.publication.domain.DeliveryQueue;
import org.mdmhub.mdm.publication.domain.DeliveryStatus;
import org.mdmhub.mdm.publication.domain.ReleaseEvent;

/**
 * The delivery queue in SQL. Every method runs in the caller's transaction; the dispatcher keeps those short
 * (claim, then send outside any transaction, then complete).
 */
@ApplicationScoped
class JdbcDeliveryQueue implements DeliveryQueue {
    /** Any constant works as long as nothing else in the database uses it: one feed sequencer at a time. */
    private static final long FEED_SEQUENCER_LOCK = 0x6d646d66656564L;

    private static final String CLAIM = """
            with ready as (
                select d.id from delivery d
                where d.status = 'PENDING' and d.next_attempt_at <= now()
                  and not exists (select 1 from delivery e
                                  where e.subscription_id = d.subscription_id and e.record_id = d.record_id
                                    and e.id < d.id and e.status in ('PENDING', 'IN_FLIGHT'))
                  and not exists (select 1 from unnest(d.requires) as r(id)
                                  where not exists (select 1 from delivery c
                                                    where c.subscription_id = d.subscription_id
                                                      and c.record_id = r.id and c.status = 'DELIVERED'))
                  and (d.takes = '{}' or not exists (select 1 from delivery f
                                                     where f.subscription_id = d.subscription_id and f.frees && d.takes
                                                       and f.status in ('PENDING', 'IN_FLIGHT') and f.record_id <> d.record_id))
                  and exists (select 1 from subscription s where s.id = d.subscription_id and s.active)
                order by d.id
                limit ?
                for update of d skip locked)
            update delivery d
               set status = 'IN_FLIGHT', attempts = d.attempts + 1, claimed_by = ?,
                   lease_until = clock_timestamp() + make_interval(secs => ?)
              from ready
             where d.id = ready.id
            returning d.id, d.subscription_id, d.attempts, d.event_sequence""";

    @PersistenceContext(unitName = "mdm")
    EntityManager em;

    @Override
    public List<ClaimedDelivery> claim(String node, int limit, Duration lease) {
        return session().doReturningWork(c -> {
            record Claim(long id, UUID subscription, int attempt, long sequence) { }
            List<Claim> claims = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(CLAIM)) {
                ps.setInt(1, limit);
                ps.setString(2, node);
                ps.setDouble(3, lease.toMillis() / 1000.0);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        claims.add(new Claim(rs.getLong(1), rs.getObject(2, UUID.class), rs.getInt(3), rs.getLong(4)));
                    }
                }
            }
            if (claims.isEmpty()) {
                return List.of();
            }
            Map<Long, ReleaseEvent> events = events(c, claims.stream().map(Claim::sequence).distinct().toArray(Long[]::new));
            return claims.stream().sorted(Comparator.comparingLong(Claim::id))
                    .map(k -> new ClaimedDelivery(k.id(), k.subscription(), k.attempt(), events.get(k.sequence()))).toList();
        });
    }

    private static Map<Long, ReleaseEvent> events(Connection c, Long[] sequences) throws SQLException {
        Map<Long, ReleaseEvent> events = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select " + EventRows.COLUMNS
                + " from publication_event e where e.sequence = any (?)")) {
            ps.setArray(1, c.createArrayOf("bigint", sequences));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ReleaseEvent event = EventRows.read(rs);
                    events.put(event.sequence(), event);
                }
            }
        }
        return events;
    }

    @Override
    public void complete(String node, List<AttemptRecord> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        session().doWork(c -> {
            List<AttemptRecord> applied = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    update delivery
                       set status = ?, lease_until = null,
                           last_error = case when ? = 'DELIVERED' then null else ? end,
                           next_attempt_at = coalesce(?, next_attempt_at),
                           delivered_at = case when ? = 'DELIVERED' then now() else delivered_at end
                     where id = ? and status = 'IN_FLIGHT' and claimed_by = ? and attempts = ?""")) {
                for (AttemptRecord o : outcomes) {
                    ps.setString(1, o.status().name());
                    ps.setString(2, o.status().name());
                    ps.setString(3, clip(o.error()));
                    ps.setTimestamp(4, o.nextAttemptAt() == null ? null : Timestamp.from(o.nextAttemptAt()));
                    ps.setString(5, o.status().name());
                    ps.setLong(6, o.deliveryId());
                    ps.setString(7, node);
                    ps.setInt(8, o.attempt());
                    ps.addBatch();
                }
                int[] counts = ps.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] > 0) { // else the lease ran out and another node has it now
                        applied.add(outcomes.get(i));
                    }
                }
            }
            logAttempts(c, node, applied);
        });
    }

    private static void logAttempts(Connection c, String node, List<AttemptRecord> attempts) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into delivery_attempt (delivery_id, attempt, started_at, latency_ms, outcome, error, node)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")) {
            for (AttemptRecord a : attempts) {
                ps.setLong(1, a.deliveryId());
                ps.setInt(2, a.attempt());
                ps.setTimestamp(3, Timestamp.from(a.startedAt()));
                ps.setInt(4, (int) Math.min(Integer.MAX_VALUE, a.latencyMillis()));
                ps.setString(5, a.outcome());
                ps.setString(6, clip(a.error()));
                ps.setString(7, node);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public boolean takenOverIdentifierIsBeingFreed(long deliveryId) {
        return session().doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    select exists (select 1 from delivery d join delivery f on f.subscription_id = d.subscription_id
                                    where d.id = ? and d.takes <> '{}' and f.frees && d.takes and f.id <> d.id
                                      and f.status in ('PENDING', 'IN_FLIGHT'))""")) {
                ps.setLong(1, deliveryId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getBoolean(1);
                }
            }
        });
    }

    @Override
    public int requeueExpired() {
        return requeue("status = 'IN_FLIGHT' and lease_until < now()", null,
                "lease expired: the node sending it stopped or hung before reporting");
    }

    @Override
    public int requeueClaimsOf(String node) {
        return requeue("status = 'IN_FLIGHT' and claimed_by = ?", node,
                "node " + node + " restarted before reporting this attempt");
    }

    @Override
    public int renewClaimsOf(String node, Duration lease) {
        return session().doReturningWork(c -> {
            // a claim still IN_FLIGHT under this node's name is this node's, even if its lease ran out a moment ago:
            // taking a claim back (requeueExpired) sets it PENDING, and another node's claim names that node. So a
            // late heartbeat (a busy machine, a long GC pause) extends what nobody has taken yet instead of losing it.
            try (PreparedStatement ps = c.prepareStatement("update delivery set lease_until = clock_timestamp() + make_interval(secs => ?)"
                    + " where status = 'IN_FLIGHT' and claimed_by = ?")) {
                ps.setDouble(1, lease.toMillis() / 1000.0);
                ps.setString(2, node);
                return ps.executeUpdate();
            }
        });
    }

    private int requeue(String condition, String node, String why) {
        return session().doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    with lost as (select id from delivery where %s for update skip locked)
                    update delivery d set status = 'PENDING', lease_until = null, next_attempt_at = now(), last_error = ?
                      from lost where d.id = lost.id
                    returning d.id, d.attempts, d.claimed_by""".formatted(condition))) {
                int p = 1; // in the order of the text: the condition's parameter (in the CTE) comes first
                if (node != null) {
                    ps.setString(p++, node);
                }
                ps.setString(p, why);
                int count = 0;
                try (ResultSet rs = ps.executeQuery();
                     PreparedStatement log = c.prepareStatement("""
                             insert into delivery_attempt (delivery_id, attempt, started_at, latency_ms, outcome, error, node)
                             values (?, ?, now(), 0, 'ABANDONED', ?, coalesce(?, 'unknown')) on conflict do nothing""")) {
                    while (rs.next()) {
                        log.setLong(1, rs.getLong(1));
                        log.setInt(2, rs.getInt(2));
                        log.setString(3, why);
                        log.setString(4, rs.getString(3));
                        log.addBatch();
                        count++;
                    }
                    if (count > 0) {
                        log.executeBatch();
                    }
                }
                return count;
            }
        });
    }

    @Override
    public Map<DeliveryStatus, Long> openCounts() {
        return session().doReturningWork(c -> {
            Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
            try (PreparedStatement ps = c.prepareStatement(
                    "select status, count(*) from delivery where status <> 'DELIVERED' group by status");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(DeliveryStatus.valueOf(rs.getString(1)), rs.getLong(2));
                }
            }
            return counts;
        });
    }

    @Override
    public int sequenceFeed(int max) {
        return session().doReturningWork(c -> {
            try (PreparedStatement lock = c.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
                lock.setLong(1, FEED_SEQUENCER_LOCK);
                try (ResultSet rs = lock.executeQuery()) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        return 0; // another node is sequencing right now
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    with todo as (select sequence, row_number() over (order by sequence) as rn
                                    from publication_event where feed_position is null
                                   order by sequence limit ?),
                         top as (select coalesce(max(feed_position), 0) as position from publication_event)
                    update publication_event e set feed_position = top.position + todo.rn
                      from todo, top where e.sequence = todo.sequence""")) {
                ps.setInt(1, max);
                return ps.executeUpdate();
            }
        });
    }

    private static String clip(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }

    private Session session() {
        return em.unwrap(Session.class);
    }
}
