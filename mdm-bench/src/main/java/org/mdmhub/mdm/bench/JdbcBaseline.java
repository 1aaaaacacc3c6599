package org.mdmhub.mdm.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The baseline side of the create comparison: the cheapest way to store the same row durably, a single-row INSERT
 * committed on its own (autocommit), into a scratch copy of table {@code item} with the same constraints and indexes.
 * The gap to the API is what HTTP, token checks, schema validation, JPA and the audit trail cost.
 */
final class JdbcBaseline {
    static final String TABLE = "bench_item_baseline";

    private static final String INSERT = "insert into " + TABLE + " (id, item_number, revision, name, item_type,"
            + " base_unit, gtin, weight_value, weight_unit, state, version, lock_version, created_at, updated_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', 1, 0, now(), now())";

    private final BenchConfig config;

    JdbcBaseline(BenchConfig config) {
        this.config = config;
    }

    /** Creates the scratch table (a copy of {@code item}: columns, defaults, constraints, indexes) and empties it. */
    void prepareTable() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists " + TABLE + " (like item including all)");
            statement.execute("truncate " + TABLE);
        }
    }

    void dropTable() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists " + TABLE);
        }
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

    RowWriter.Factory writers() {
        return Writer::new;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(config.jdbcUrl(), config.dbUser(), config.dbPassword());
    }

    private final class Writer implements RowWriter {
        private final Connection connection;
        private final PreparedStatement insert;

        Writer() throws SQLException {
            connection = connect();
            connection.setAutoCommit(true);   // one commit (one WAL flush) per row, like one API create
            insert = connection.prepareStatement(INSERT);
        }

        @Override
        public void write(BenchItem item) throws SQLException {
            insert.setObject(1, item.id());
            insert.setString(2, item.itemNumber());
            insert.setString(3, item.revision());
            insert.setString(4, item.name());
            insert.setString(5, item.storedType());
            insert.setString(6, item.baseUnit());
            insert.setString(7, item.gtin());
            insert.setBigDecimal(8, item.weight().value());
            insert.setString(9, item.weight().unit());
            insert.executeUpdate();
        }

        @Override
        public void close() throws SQLException {
            insert.close();
            connection.close();
        }
    }
}
