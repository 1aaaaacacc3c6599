package org.mdmhub.mdm.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The baseline side of the workflow comparison: the same two state changes of one record, without the engine and
 * without the API. Per record, one transaction moves a scratch copy of its {@code item} row DRAFT → IN_REVIEW
 * (update of state, {@code lock_version} and {@code updated_at} guarded by the expected lock version, like an
 * optimistic JPA update, plus one insert of an {@code audit_revision}-like row), and a second one IN_REVIEW →
 * RELEASED likewise. No HTTP, JSON, tokens, validation, change request, process, task, DMN or Envers copy of the row.
 */
final class JdbcWorkflowBaseline {
    static final String ITEMS = "bench_wf_item";
    static final String REVISIONS = "bench_wf_revision";

    private static final String INSERT_DRAFT = "insert into " + ITEMS + " (id, item_number, revision, name, item_type,"
            + " base_unit, gtin, weight_value, weight_unit, state, version, lock_version, created_at, updated_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', 1, 0, now(), now())";
    private static final String MOVE = "update " + ITEMS + " set state = ?, lock_version = lock_version + 1,"
            + " updated_at = now() where id = ? and state = ? and lock_version = ?";
    private static final String REVISE = "insert into " + REVISIONS + " (item_id, changed_at, author, reason, state)"
            + " values (?, ?, ?, ?, ?)";

    private final WorkflowConfig config;

    JdbcWorkflowBaseline(WorkflowConfig config) {
        this.config = config;
    }

    /** Creates the scratch tables (a copy of {@code item}: columns, constraints, indexes; a revision log), empty. */
    void prepareTables() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists " + ITEMS + " (like item including all)");
            statement.execute("create table if not exists " + REVISIONS + " (id bigserial primary key,"
                    + " item_id uuid not null, changed_at bigint not null, author varchar(128) not null,"
                    + " reason varchar(500), state varchar(20) not null)");
            statement.execute("truncate " + ITEMS + ", " + REVISIONS);
        }
    }

    void dropTables() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists " + ITEMS + ", " + REVISIONS);
        }
    }

    /** Inserts the drafts in one batch (untimed, like the API drafts); returns their ids. */
    List<UUID> insertDrafts(List<BenchItem> items) throws SQLException {
        try (Connection connection = connect(); PreparedStatement insert = connection.prepareStatement(INSERT_DRAFT)) {
            connection.setAutoCommit(false);
            for (BenchItem item : items) {
                insert.setObject(1, item.id());
                insert.setString(2, item.itemNumber());
                insert.setString(3, item.revision());
                insert.setString(4, item.name());
                insert.setString(5, item.storedType());
                insert.setString(6, item.baseUnit());
                insert.setString(7, item.gtin());
                insert.setBigDecimal(8, item.weight().value());
                insert.setString(9, item.weight().unit());
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze " + ITEMS);
            }
            connection.commit();
        }
        return items.stream().map(BenchItem::id).toList();
    }

    /** State → rows, of the scratch items: proves every record went all the way. */
    Map<String, Long> baselineStates() throws SQLException {
        return states("select state, count(*) from " + ITEMS + " group by state order by state", null);
    }

    /** State → rows, of the API's items whose number starts with {@code prefix}. */
    Map<String, Long> apiStates(String prefix) throws SQLException {
        return states("select state, count(*) from item where item_number like ? group by state order by state",
                prefix + "%");
    }

    private Map<String, Long> states(String sql, String parameter) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            if (parameter != null) {
                query.setString(1, parameter);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return counts;
    }

    /** The server version and the settings that decide what a commit costs. */
    String describeServer() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet settings = statement.executeQuery("select current_setting('server_version'),"
                     + " current_setting('synchronous_commit'), current_setting('fsync'),"
                     + " current_setting('wal_sync_method')")) {
            settings.next();
            return "PostgreSQL " + settings.getString(1) + " (synchronous_commit=" + settings.getString(2)
                    + ", fsync=" + settings.getString(3) + ", wal_sync_method=" + settings.getString(4) + ")";
        }
    }

    WorkflowClient.Factory clients() {
        return Client::new;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(config.jdbcUrl(), config.dbUser(), config.dbPassword());
    }

    private final class Client implements WorkflowClient {
        private final Connection connection;
        private final PreparedStatement move;
        private final PreparedStatement revise;

        Client() throws SQLException {
            connection = connect();
            connection.setAutoCommit(false);
            move = connection.prepareStatement(MOVE);
            revise = connection.prepareStatement(REVISE);
        }

        @Override
        public String start(UUID record) throws SQLException {
            change(record, "DRAFT", 0, "IN_REVIEW", config.steward());
            return "1";
        }

        @Override
        public void complete(UUID record, String lockVersion) throws SQLException {
            change(record, "IN_REVIEW", Long.parseLong(lockVersion), "RELEASED", config.approver());
        }

        /** One transaction, one commit (one WAL flush), like one API call. */
        private void change(UUID record, String from, long lockVersion, String to, String author) throws SQLException {
            try {
                move.setString(1, to);
                move.setObject(2, record);
                move.setString(3, from);
                move.setLong(4, lockVersion);
                if (move.executeUpdate() != 1) {
                    throw new IllegalStateException("record " + record + " was not " + from + " at lock version "
                            + lockVersion);
                }
                revise.setObject(1, record);
                revise.setLong(2, System.currentTimeMillis());
                revise.setString(3, author);
                revise.setString(4, null);
                revise.setString(5, to);
                revise.executeUpdate();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }

        @Override
        public void close() throws SQLException {
            move.close();
            revise.close();
            connection.close();
        }
    }
}
