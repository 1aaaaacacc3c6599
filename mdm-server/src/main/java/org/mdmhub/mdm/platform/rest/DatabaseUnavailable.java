package org.mdmhub.mdm.platform.rest;

import java.sql.SQLException;
import java.util.Set;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a failure of the database connection from every other failure: PostgreSQL restarting or failing over,
 * the connection cut, the pool unable to hand one out. The request's transaction was rolled back, so such a
 * failure is the client's "try again", not a bug.
 *
 * <p>Recognised by SQLSTATE (PostgreSQL's error codes, appendix A): class {@code 08} (connection exception),
 * {@code 57P01} admin shutdown, {@code 57P02} crash shutdown, {@code 57P03} cannot connect now (starting up or in
 * recovery); by Hibernate's {@link JDBCConnectionException}; and by the pool's "could not get a connection"
 * ({@code jakarta.resource.ResourceException}, which IronJacamar wraps in an {@link SQLException} without a state).
 */
final class DatabaseUnavailable {
    /** Seconds: a PostgreSQL restart or a pool refill takes a few. */
    static final int RETRY_AFTER_SECONDS = 2;

    private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03");

    private DatabaseUnavailable() {
    }

    static boolean isCauseOf(Throwable e) {
        if (ProblemMappers.causeOfType(e, JDBCConnectionException.class) != null) {
            return true;
        }
        SQLException sql = ProblemMappers.causeOfType(e, SQLException.class);
        if (sql != null && isConnectionState(sql)) {
            return true;
        }
        return ProblemMappers.causeOfType(e, jakarta.resource.ResourceException.class) != null;
    }

    /** What to log: the SQLSTATE and the exception's kind, never its message (it may quote SQL or values). */
    static String describe(Throwable e) {
        SQLException sql = ProblemMappers.causeOfType(e, SQLException.class);
        return sql == null ? e.getClass().getName() : sql.getClass().getName() + " SQLSTATE " + sql.getSQLState();
    }

    private static boolean isConnectionState(SQLException sql) {
        for (SQLException next = sql; next != null; next = next.getNextException()) {
            String state = next.getSQLState();
            if (state != null && (state.startsWith("08") || SHUTDOWN_STATES.contains(state))) {
                return true;
            }
        }
        return false;
    }
}
