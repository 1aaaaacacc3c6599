package org.mdmhub.mdm.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** Which failures are "the database is out of reach for a moment" (503) and which are not. */
class DatabaseUnavailableTest {

    @Test
    void aBrokenOrRefusedConnectionIsUnavailability() {
        // what the driver throws when PostgreSQL goes away under an open connection, or refuses new ones
        assertTrue(DatabaseUnavailable.isCauseOf(wrapped(new PSQLException("An I/O error occurred",
                PSQLState.CONNECTION_FAILURE))));
        assertTrue(DatabaseUnavailable.isCauseOf(wrapped(new PSQLException("Connection refused",
                PSQLState.CONNECTION_UNABLE_TO_CONNECT))));
        assertTrue(DatabaseUnavailable.isCauseOf(wrapped(new SQLException("terminating connection due to"
                + " administrator command", "57P01"))));
        assertTrue(DatabaseUnavailable.isCauseOf(wrapped(new SQLException("the database system is starting up", "57P03"))));
        assertTrue(DatabaseUnavailable.isCauseOf(new JDBCConnectionException("could not prepare statement",
                new SQLException("gone", "08003"))));
    }

    @Test
    void aPoolThatCannotHandOutAConnectionIsUnavailability() {
        SQLException pool = new SQLException("IJ031084: Unable to create connection");
        pool.initCause(new ResourceException("IJ000453: Unable to get managed connection for java:jboss/datasources/MdmDS"));
        assertTrue(DatabaseUnavailable.isCauseOf(wrapped(pool)));
    }

    @Test
    void aStateFurtherDownTheChainOfABatchCounts() {
        SQLException batch = new SQLException("Batch entry 0 was aborted", "08006");
        SQLException outer = new SQLException("batch failed", (String) null);
        outer.setNextException(batch);
        assertTrue(DatabaseUnavailable.isCauseOf(wrapped(outer)));
    }

    @Test
    void constraintViolationsAndBugsAreNot() {
        assertFalse(DatabaseUnavailable.isCauseOf(new ConstraintViolationException("duplicate key",
                new SQLException("duplicate key value", "23505"), "uq_item_number")));
        assertFalse(DatabaseUnavailable.isCauseOf(wrapped(new SQLException("division by zero", "22012"))));
        assertFalse(DatabaseUnavailable.isCauseOf(wrapped(new SQLException("canceling statement due to user request", "57014"))));
        assertFalse(DatabaseUnavailable.isCauseOf(new IllegalStateException("a bug")));
    }

    @Test
    void aConnectionLostInTheCommitLeavesTheOutcomeUnknown() throws Exception {
        // as the transaction manager reports it: commit() throws RollbackException; the resource's XAException
        // (IronJacamar's "could not commit local transaction") carries the driver's 57P01 further down
        SQLException terminated = new SQLException("terminating connection due to administrator command", "57P01");
        ResourceException resource = new ResourceException("SQLException", terminated);
        javax.transaction.xa.XAException xa = new javax.transaction.xa.XAException(javax.transaction.xa.XAException.XA_RBROLLBACK);
        xa.initCause(resource);
        jakarta.transaction.RollbackException rollback = new jakarta.transaction.RollbackException("ARJUNA016053");
        rollback.initCause(xa);
        RuntimeException fromInterceptor = new jakarta.transaction.TransactionalException("commit failed", rollback);
        assertTrue(DatabaseUnavailable.isCauseOf(fromInterceptor));
        assertTrue(DatabaseUnavailable.inCommit(fromInterceptor), "the commit may have been made durable");

        RuntimeException beforeCommit = wrapped(new SQLException("terminating connection", "57P01"));
        assertTrue(DatabaseUnavailable.isCauseOf(beforeCommit));
        assertFalse(DatabaseUnavailable.inCommit(beforeCommit), "a statement that failed was rolled back");
    }

    @Test
    void theLogLineNamesTheStateNotTheMessage() {
        String line = DatabaseUnavailable.describe(wrapped(new SQLException("insert into supplier values ('DE89…')", "08006")));
        assertEquals("java.sql.SQLException SQLSTATE 08006", line);
    }

    private static RuntimeException wrapped(SQLException e) {
        return new jakarta.transaction.TransactionalException("rolled back", new PersistenceException("failed", e));
    }
}
