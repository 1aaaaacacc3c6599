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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import org.mdmhub.mdm.platform.json.Json;
import org.mdmhub.mdm.publication.domain.Drift;
import org.mdmhub.mdm.publication.domain.ReconciliationRun;
import org.mdmhub.mdm.publication.domain.ReconciliationRuns;

@ApplicationScoped
class JdbcReconciliationRuns implements ReconciliationRuns {
    private static final TypeReference<List<Drift>> DRIFTS = new TypeReference<>() { };
    private static final String COLUMNS = "id, subscription_id, started_by, started_at, finished_at, checked, report, "
            + "repaired_at, repaired_by";

    @PersistenceContext(unitName = "mdm")
    EntityManager em;

    @Override
    public void save(ReconciliationRun run) {
        session().doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into reconciliation_run (" + COLUMNS
                    + ") values (?, ?, ?, ?, ?, ?, ?, null, null)")) {
                ps.setObject(1, run.id());
                ps.setObject(2, run.subscriptionId());
                ps.setString(3, run.startedBy());
                ps.setTimestamp(4, Timestamp.from(run.startedAt()));
                ps.setTimestamp(5, Timestamp.from(run.finishedAt()));
                ps.setInt(6, run.checked());
                ps.setString(7, Json.write(run.drifts()));
                ps.executeUpdate();
            }
        });
    }

    @Override
    public void markRepaired(ReconciliationRun run) {
        session().doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "update reconciliation_run set repaired_at = ?, repaired_by = ? where id = ?")) {
                ps.setTimestamp(1, Timestamp.from(run.repairedAt()));
                ps.setString(2, run.repairedBy());
                ps.setObject(3, run.id());
                ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<ReconciliationRun> byId(UUID id) {
        return query("select " + COLUMNS + " from reconciliation_run where id = ?", id, 1).stream().findFirst();
    }

    @Override
    public List<ReconciliationRun> ofSubscription(UUID subscriptionId, int limit) {
        return query("select " + COLUMNS + " from reconciliation_run where subscription_id = ? order by started_at desc limit ?",
                subscriptionId, limit);
    }

    private List<ReconciliationRun> query(String sql, UUID id, int limit) {
        return session().doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setObject(1, id);
                if (sql.endsWith("limit ?")) {
                    ps.setInt(2, limit);
                }
                List<ReconciliationRun> runs = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        runs.add(read(rs));
                    }
                }
                return runs;
            }
        });
    }

    private static ReconciliationRun read(ResultSet rs) throws SQLException {
        Timestamp repaired = rs.getTimestamp(8);
        try {
            return new ReconciliationRun(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                    rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(), rs.getInt(6),
                    Json.mapper().readValue(rs.getString(7), DRIFTS),
                    repaired == null ? null : repaired.toInstant(), rs.getString(9));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored reconciliation report is not JSON", e);
        }
    }

    private Session session() {
        return em.unwrap(Session.class);
    }
}
