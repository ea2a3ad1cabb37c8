package org.sourceledger.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.arc.ArcUndeclaredThrowableException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** The translations that are hard to provoke over HTTP: races caught by the database, outages, the unexpected. */
class ProblemMappersTest {

    @Test
    void checkViolationIsABadRequestWithoutDatabaseWords() {
        var db = new org.hibernate.exception.ConstraintViolationException(
                "check failed",
                new SQLException("new row violates check constraint", "23514"),
                "claims_statement_check");
        Problem problem = ProblemMappers.fromUnexpected(db).problem();
        assertEquals(400, problem.status());
        assertFalse(problem.detail().contains("claims_statement_check"));
    }

    @Test
    void concurrentUpdateIsAPreconditionFailure() {
        assertEquals(
                412,
                ProblemMappers.fromUnexpected(new OptimisticLockException("row was updated"))
                        .problem()
                        .status());
    }

    @Test
    void unreachableDatabaseIsAServiceUnavailable() {
        assertEquals(
                503,
                ProblemMappers.fromUnexpected(
                                new RuntimeException(new SQLTransientConnectionException("pool exhausted")))
                        .problem()
                        .status());
        assertEquals(
                503,
                ProblemMappers.fromUnexpected(new RuntimeException(new SQLException("connection refused", "08001")))
                        .problem()
                        .status());
    }

    @Test
    void aDatabaseShuttingDownMidRequestIsAServiceUnavailable() {
        for (String state : new String[] {"57P01", "57P02", "57P03"}) {
            var failedCommit = new RuntimeException(
                    "commit failed",
                    new org.hibernate.exception.GenericJDBCException(
                            "could not execute statement", new SQLException("terminating connection", state)));
            assertEquals(
                    503, ProblemMappers.fromUnexpected(failedCommit).problem().status(), state);
        }
    }

    /**
     * The chain seen in bench/reliability/outage.sh when PostgreSQL stops during a COMMIT: Agroal turns the failed
     * commit into an XAException, Narayana attaches that to its RollbackException as a suppressed exception (not as
     * the cause), and Arc wraps the checked RollbackException for the @Transactional caller.
     */
    @Test
    void aCommitThatFailsBecauseTheDatabaseStoppedIsAServiceUnavailable() {
        var terminated = new PSQLException(new ServerErrorMessage(
                "SFATAL\0VFATAL\0C57P01\0Mterminating connection due to administrator command\0"));
        var rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(failedCommit(terminated));
        Problem problem = ProblemMappers.fromUnexpected(new ArcUndeclaredThrowableException(rollback))
                .problem();
        assertEquals(503, problem.status());
        assertEquals(ProblemType.SERVICE_UNAVAILABLE.uri(), problem.type());
        assertFalse(problem.detail().contains("ARJUNA"));

        // The same PSQLException as the direct cause, and as a suppressed exception of its own.
        var direct = new RollbackException("ARJUNA016053: Could not commit transaction.");
        direct.initCause(terminated);
        assertEquals(
                503,
                ProblemMappers.fromUnexpected(new ArcUndeclaredThrowableException(direct))
                        .problem()
                        .status());
        var suppressed = new RollbackException("ARJUNA016053: Could not commit transaction.");
        suppressed.initCause(new Throwable("setRollbackOnly called from:"));
        suppressed.addSuppressed(terminated);
        assertEquals(
                503,
                ProblemMappers.fromUnexpected(new ArcUndeclaredThrowableException(suppressed))
                        .problem()
                        .status());
    }

    /** What Agroal's LocalXAResource throws when the connection's commit fails. */
    private static XAException failedCommit(Throwable cause) {
        XAException xa = new XAException("Error trying to transactionCommit local transaction: " + cause.getMessage());
        xa.errorCode = XAException.XAER_RMERR;
        xa.initCause(cause);
        return xa;
    }

    @Test
    void connectionClassStatesAnywhereInTheChainAreAServiceUnavailable() {
        for (String state : new String[] {"08000", "08001", "08003", "08006", "57P01", "57P02", "57P03"}) {
            var rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
            rollback.addSuppressed(new IllegalStateException("unrelated"));
            rollback.addSuppressed(failedCommit(new SQLException("connection lost", state)));
            assertEquals(
                    503,
                    ProblemMappers.fromUnexpected(new ArcUndeclaredThrowableException(rollback))
                            .problem()
                            .status(),
                    state);
        }
        var batch = new java.sql.BatchUpdateException("batch failed", "08006", new int[0]);
        assertEquals(
                503,
                ProblemMappers.fromUnexpected(new RuntimeException(batch))
                        .problem()
                        .status());
        var nested = new java.sql.BatchUpdateException("Batch entry 0 was aborted", null, new int[0]);
        nested.setNextException(new SQLException("terminating connection", "57P01"));
        assertEquals(
                503,
                ProblemMappers.fromUnexpected(new RuntimeException(nested))
                        .problem()
                        .status());
    }

    /** Agroal's acquisition timeout is a plain SQLException without a SQLState; Hibernate wraps it. */
    @Test
    void thePoolsAcquisitionTimeoutIsAServiceUnavailable() {
        var timeout = new org.hibernate.exception.GenericJDBCException(
                "Unable to acquire JDBC Connection", new SQLException("Sorry, acquisition timeout!"));
        assertEquals(
                503,
                ProblemMappers.fromUnexpected(new ArcUndeclaredThrowableException(
                                new jakarta.persistence.PersistenceException(timeout)))
                        .problem()
                        .status());
    }

    @Test
    void otherDatabaseErrorsStayInternal() {
        var syntax = new RollbackException("ARJUNA016053: Could not commit transaction.");
        syntax.addSuppressed(new SQLException("syntax error", "42601"));
        assertEquals(
                500,
                ProblemMappers.fromUnexpected(new ArcUndeclaredThrowableException(syntax))
                        .problem()
                        .status());
        assertEquals(
                500,
                ProblemMappers.fromUnexpected(new RuntimeException(new SQLException("no state")))
                        .problem()
                        .status());
    }

    @Test
    void aSelfReferencingChainEnds() {
        var loop = new RuntimeException("outer");
        var inner = new RuntimeException("inner", loop);
        loop.addSuppressed(inner);
        assertEquals(500, ProblemMappers.fromUnexpected(loop).problem().status());
    }

    @Test
    void aClientThatHungUpMidBodyIsNotAServerError() {
        var aborted = new RuntimeException(new java.io.IOException(new java.nio.channels.ClosedChannelException()));
        assertEquals(400, ProblemMappers.fromUnexpected(aborted).problem().status());
    }

    @Test
    void unexpectedErrorsSayNothingAboutTheirCause() {
        Problem problem = ProblemMappers.fromUnexpected(new IllegalStateException("secret internals at Foo.java:12"))
                .problem();
        assertEquals(500, problem.status());
        assertFalse(problem.detail().contains("secret"));
        assertFalse(problem.detail().contains("IllegalState"));
        assertNull(problem.errors());
    }

    @Test
    void frameworkStatusesKeepTheirMeaning() {
        assertEquals(
                405,
                ProblemMappers.fromWebApplication(new NotAllowedException("GET"))
                        .problem()
                        .status());
        assertEquals(
                415,
                ProblemMappers.fromWebApplication(new NotSupportedException())
                        .problem()
                        .status());
        assertEquals(
                413,
                ProblemMappers.fromWebApplication(new WebApplicationException(413))
                        .problem()
                        .status());
        assertEquals(
                400,
                ProblemMappers.fromWebApplication(new WebApplicationException(422))
                        .problem()
                        .status());
    }

    @Test
    void parameterConverterProblemsSurviveTheFrameworkWrapper() {
        ProblemException bad = ProblemException.invalidParameter("claim_id", "must be a UUID");
        Problem problem = ProblemMappers.fromWebApplication(new jakarta.ws.rs.NotFoundException(bad))
                .problem();
        assertEquals(400, problem.status());
        assertEquals("claim_id", problem.errors().get(0).parameter());
    }
}
