package org.sourceledger.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** The translations that are hard to provoke over HTTP: races caught by the database, outages, the unexpected. */
class ProblemMappersTest {

    @Test
    void checkViolationIsABadRequestWithoutDatabaseWords() {
        var db = new org.hibernate.exception.ConstraintViolationException("check failed",
                new SQLException("new row violates check constraint", "23514"), "claims_statement_check");
        Problem problem = ProblemMappers.fromUnexpected(db).problem();
        assertEquals(400, problem.status());
        assertFalse(problem.detail().contains("claims_statement_check"));
    }

    @Test
    void concurrentUpdateIsAPreconditionFailure() {
        assertEquals(412, ProblemMappers.fromUnexpected(new OptimisticLockException("row was updated")).problem().status());
    }

    @Test
    void unreachableDatabaseIsAServiceUnavailable() {
        assertEquals(503, ProblemMappers.fromUnexpected(
                new RuntimeException(new SQLTransientConnectionException("pool exhausted"))).problem().status());
        assertEquals(503, ProblemMappers.fromUnexpected(
                new RuntimeException(new SQLException("connection refused", "08001"))).problem().status());
    }

    @Test
    void aDatabaseShuttingDownMidRequestIsAServiceUnavailable() {
        for (String state : new String[] {"57P01", "57P02", "57P03"}) {
            var failedCommit = new RuntimeException("commit failed", new org.hibernate.exception.GenericJDBCException(
                    "could not execute statement", new SQLException("terminating connection", state)));
            assertEquals(503, ProblemMappers.fromUnexpected(failedCommit).problem().status(), state);
        }
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
        assertEquals(405, ProblemMappers.fromWebApplication(new NotAllowedException("GET")).problem().status());
        assertEquals(415, ProblemMappers.fromWebApplication(new NotSupportedException()).problem().status());
        assertEquals(413, ProblemMappers.fromWebApplication(new WebApplicationException(413)).problem().status());
        assertEquals(400, ProblemMappers.fromWebApplication(new WebApplicationException(422)).problem().status());
    }

    @Test
    void parameterConverterProblemsSurviveTheFrameworkWrapper() {
        ProblemException bad = ProblemException.invalidParameter("claim_id", "must be a UUID");
        Problem problem = ProblemMappers.fromWebApplication(new jakarta.ws.rs.NotFoundException(bad)).problem();
        assertEquals(400, problem.status());
        assertEquals("claim_id", problem.errors().get(0).parameter());
    }
}
