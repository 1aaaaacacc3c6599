package org.mdmhub.mdm.inbound.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import org.mdmhub.mdm.inbound.domain.BatchStatus;
import org.mdmhub.mdm.inbound.domain.InboundBatch;
import org.mdmhub.mdm.inbound.domain.InboundBatches;
import org.mdmhub.mdm.inbound.domain.RecordOutcome;
import org.mdmhub.mdm.inbound.domain.RecordResult;
import org.mdmhub.mdm.inbound.domain.StagedRecord;
import org.mdmhub.mdm.platform.json.Json;
import org.mdmhub.mdm.platform.problem.FieldError;

/**
 * The batch tables in plain SQL on the persistence context's connection (so every statement is part of the
 * caller's transaction); staged records and results are written with batched statements.
 */
@ApplicationScoped
@Transactional
class JdbcInboundBatches implements InboundBatches {

    private static final String COLUMNS = "id, source_system, batch_key, content_sha256, title, submit, status,"
            + " record_count, processed, created, changed, unchanged, rejected, change_request_id, received_by,"
            + " received_at, finished_at, failure";
    private static final TypeReference<List<FieldError>> ERRORS = new TypeReference<>() { };

    @PersistenceContext(unitName = "mdm")
    EntityManager em;

    @Override
    public Optional<InboundBatch> byKey(String sourceSystem, String batchKey) {
        return one("select " + COLUMNS + " from inbound_batch where source_system = ? and batch_key = ?",
                sourceSystem, batchKey);
    }

    @Override
    public Optional<InboundBatch> byId(UUID id) {
        return one("select " + COLUMNS + " from inbound_batch where id = ?", id);
    }

    @Override
    public InboundBatch lock(UUID id) {
        return one("select " + COLUMNS + " from inbound_batch where id = ? for update", id)
                .orElseThrow(() -> new IllegalStateException("batch " + id + " vanished"));
    }

    @Override
    public boolean addIfAbsent(InboundBatch b) {
        return work(c -> {
            try (PreparedStatement insert = c.prepareStatement("insert into inbound_batch (" + COLUMNS + ") values"
                    + " (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, ?, ?, ?, ?, null) on conflict (source_system, batch_key) do nothing")) {
                insert.setObject(1, b.id());
                insert.setString(2, b.sourceSystem());
                insert.setString(3, b.batchKey());
                insert.setString(4, b.contentSha256());
                insert.setString(5, b.title());
                insert.setBoolean(6, b.submit());
                insert.setString(7, b.status().name());
                insert.setInt(8, b.recordCount());
                insert.setObject(9, b.changeRequestId());
                insert.setString(10, b.receivedBy());
                insert.setTimestamp(11, Timestamp.from(b.receivedAt()));
                insert.setTimestamp(12, b.finishedAt() == null ? null : Timestamp.from(b.finishedAt()));
                return insert.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void stage(UUID batchId, List<StagedRecord> records) {
        work(c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "insert into inbound_record (batch_id, seq, kind, document) values (?, ?, ?, ?::jsonb)")) {
                for (StagedRecord r : records) {
                    insert.setObject(1, batchId);
                    insert.setInt(2, r.seq());
                    insert.setString(3, r.kind());
                    insert.setString(4, r.document());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    @Override
    public List<StagedRecord> unprocessed(UUID batchId, List<String> kinds, int afterSeq, int limit) {
        return work(c -> {
            try (PreparedStatement select = c.prepareStatement("""
                    select r.seq, r.kind, r.document::text from inbound_record r
                    where r.batch_id = ? and r.seq > ? and r.kind = any(?)
                      and not exists (select 1 from inbound_result x where x.batch_id = r.batch_id and x.seq = r.seq)
                    order by r.seq limit ?""")) {
                select.setObject(1, batchId);
                select.setInt(2, afterSeq);
                select.setArray(3, c.createArrayOf("text", kinds.toArray()));
                select.setInt(4, limit);
                List<StagedRecord> records = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        records.add(new StagedRecord(rows.getInt(1), rows.getString(2), rows.getString(3)));
                    }
                }
                return records;
            }
        });
    }

    @Override
    public void record(UUID batchId, List<RecordResult> results) {
        if (results.isEmpty()) {
            return;
        }
        em.flush(); // the records' own rows first, so a result never names a record the database has not taken
        work(c -> {
            try (PreparedStatement insert = c.prepareStatement("""
                    insert into inbound_result (batch_id, seq, kind, source_key, revision, outcome, record_id, errors)
                    values (?, ?, ?, ?, ?, ?, ?, ?::jsonb)""")) {
                for (RecordResult r : results) {
                    insert.setObject(1, batchId);
                    insert.setInt(2, r.seq());
                    insert.setString(3, r.kind());
                    insert.setString(4, r.sourceKey());
                    insert.setString(5, r.revision());
                    insert.setString(6, r.outcome().name());
                    insert.setObject(7, r.recordId());
                    if (r.errors().isEmpty()) {
                        insert.setNull(8, Types.OTHER);
                    } else {
                        insert.setString(8, Json.write(r.errors()));
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement count = c.prepareStatement("""
                    update inbound_batch set processed = processed + ?, created = created + ?, changed = changed + ?,
                      unchanged = unchanged + ?, rejected = rejected + ?, progressed_at = clock_timestamp()
                    where id = ?""")) {
                count.setInt(1, results.size());
                count.setInt(2, count(results, RecordOutcome.CREATED));
                count.setInt(3, count(results, RecordOutcome.CHANGED));
                count.setInt(4, count(results, RecordOutcome.UNCHANGED));
                count.setInt(5, count(results, RecordOutcome.REJECTED));
                count.setObject(6, batchId);
                count.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void linkChangeRequest(UUID batchId, UUID changeRequestId) {
        update("update inbound_batch set change_request_id = ? where id = ?", changeRequestId, batchId);
    }

    @Override
    public void resume(UUID batchId) {
        update("update inbound_batch set status = 'PROCESSING', failure = null, progressed_at = clock_timestamp()"
                + " where id = ? and status = 'FAILED'", batchId);
    }

    @Override
    public void fail(UUID batchId, String reason) {
        update("update inbound_batch set status = 'FAILED', failure = ?, progressed_at = clock_timestamp()"
                + " where id = ? and status = 'PROCESSING'", reason.length() > 500 ? reason.substring(0, 500) : reason,
                batchId);
    }

    @Override
    public List<UUID> idle(Duration idleFor) {
        return work(c -> {
            try (PreparedStatement select = c.prepareStatement("""
                    select id from inbound_batch where status = 'PROCESSING'
                      and progressed_at <= clock_timestamp() - make_interval(secs => ?)
                    order by progressed_at""")) {
                select.setDouble(1, idleFor.toMillis() / 1000.0);
                List<UUID> ids = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getObject(1, UUID.class));
                    }
                }
                return ids;
            }
        });
    }

    @Override
    public void finish(UUID batchId, Instant at) {
        update("update inbound_batch set status = 'DONE', failure = null, finished_at = ?,"
                + " progressed_at = clock_timestamp() where id = ?", Timestamp.from(at), batchId);
        update("delete from inbound_record where batch_id = ?", batchId);
    }

    @Override
    public List<RecordResult> results(UUID batchId, int offset, int limit) {
        return work(c -> {
            try (PreparedStatement select = c.prepareStatement("""
                    select seq, kind, source_key, revision, outcome, record_id, errors::text from inbound_result
                    where batch_id = ? order by seq offset ? limit ?""")) {
                select.setObject(1, batchId);
                select.setInt(2, offset);
                select.setInt(3, limit);
                List<RecordResult> results = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String errors = rows.getString(7);
                        results.add(new RecordResult(rows.getInt(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), RecordOutcome.valueOf(rows.getString(5)), rows.getObject(6, UUID.class),
                                errors == null ? List.of() : readErrors(errors)));
                    }
                }
                return results;
            }
        });
    }

    private static List<FieldError> readErrors(String json) {
        try {
            return Json.mapper().readValue(json, ERRORS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored field errors are not JSON", e);
        }
    }

    private static int count(List<RecordResult> results, RecordOutcome outcome) {
        return (int) results.stream().filter(r -> r.outcome() == outcome).count();
    }

    private Optional<InboundBatch> one(String sql, Object... parameters) {
        return work(c -> {
            try (PreparedStatement select = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    select.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(batch(rows)) : Optional.<InboundBatch>empty();
                }
            }
        });
    }

    private void update(String sql, Object... parameters) {
        work(c -> {
            try (PreparedStatement update = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    update.setObject(i + 1, parameters[i]);
                }
                update.executeUpdate();
            }
            return null;
        });
    }

    private static InboundBatch batch(ResultSet rows) throws SQLException {
        Timestamp finished = rows.getTimestamp(17);
        return new InboundBatch(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getString(5), rows.getBoolean(6), BatchStatus.valueOf(rows.getString(7)), rows.getInt(8),
                new InboundBatch.Counts(rows.getInt(9), rows.getInt(10), rows.getInt(11), rows.getInt(12), rows.getInt(13)),
                rows.getObject(14, UUID.class), rows.getString(15), rows.getTimestamp(16).toInstant(),
                finished == null ? null : finished.toInstant(), rows.getString(18));
    }

    private <T> T work(SqlWork<T> work) {
        return em.unwrap(Session.class).doReturningWork(work::run);
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
