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
 *
 * <p>A failure while committing is different: PostgreSQL may have made the commit durable before the connection
 * broke (seen in the PostgreSQL restart fault run: a create answered 503 was stored), and the transaction manager
 * reports it as a rollback ({@code RollbackException} from {@code commit}, an {@code XAException} from the
 * resource) either way. {@link #inCommit} tells those apart, so the client is told the outcome is unknown.
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

    /**
     * Whether the connection was lost in the commit itself: the commit threw (the transaction manager's
     * {@code RollbackException} or a heuristic outcome, or the resource's {@code XAException}). A statement that fails
     * before the commit propagates as itself and the transaction is rolled back, never committed.
     */
    static boolean inCommit(Throwable e) {
        return ProblemMappers.causeOfType(e, jakarta.transaction.RollbackException.class) != null
                || ProblemMappers.causeOfType(e, jakarta.transaction.HeuristicMixedException.class) != null
                || ProblemMappers.causeOfType(e, jakarta.transaction.HeuristicRollbackException.class) != null
                || ProblemMappers.causeOfType(e, javax.transaction.xa.XAException.class) != null;
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
