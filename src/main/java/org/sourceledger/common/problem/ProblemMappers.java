package org.sourceledger.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.sourceledger.common.json.StorableTextDeserializer;

/**
 * The single place where exceptions become RFC 9457 responses. Each mapper builds its body from our own words;
 * exception messages from libraries are never copied into a response, because they name Java classes.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** Resource methods name their entity parameter "body"; its violations point into the JSON document. */
    public static final String BODY_PARAMETER = "body";

    @ServerExceptionMapper
    public Response mapProblem(ProblemException e) {
        return Problems.response(e.problem());
    }

    @ServerExceptionMapper
    public Response mapConstraintViolations(ConstraintViolationException e) {
        return Problems.response(fromViolations(e.getConstraintViolations()).problem());
    }

    @ServerExceptionMapper
    public Response mapJson(JsonProcessingException e) {
        return Problems.response(fromJson(e).problem());
    }

    /** Quarkus ships its own mapper for this subtype; the most specific mapper wins, so ours must be as specific. */
    @ServerExceptionMapper
    public Response mapMismatchedInput(MismatchedInputException e) {
        return Problems.response(fromJson(e).problem());
    }

    /** No key, or a key that is unknown, expired or revoked. Which of these is not said, to give attackers nothing. */
    @ServerExceptionMapper({
        io.quarkus.security.AuthenticationFailedException.class,
        io.quarkus.security.UnauthorizedException.class
    })
    public Response mapUnauthenticated(RuntimeException e) {
        return Problems.response(unauthenticated().problem());
    }

    @ServerExceptionMapper
    public Response mapForbidden(io.quarkus.security.ForbiddenException e) {
        return Problems.response(new ProblemException(
                        ProblemType.FORBIDDEN,
                        "This API key's role does not allow this operation; the operation's x-roles in the API contract "
                                + "name the roles that may call it.")
                .problem());
    }

    @ServerExceptionMapper
    public Response mapWebApplication(WebApplicationException e) {
        return Problems.response(fromWebApplication(e).problem());
    }

    /** Anything else: look through the causes for something we know, otherwise a bare 500 and a log line. */
    @ServerExceptionMapper
    public Response mapUnexpected(Exception e) {
        return Problems.response(fromUnexpected(e).problem());
    }

    static ProblemException fromViolations(Set<? extends ConstraintViolation<?>> violations) {
        List<ProblemError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations) {
            errors.add(toError(violation));
        }
        errors.sort(Comparator.comparing((ProblemError err) -> String.valueOf(err.pointer()))
                .thenComparing(err -> String.valueOf(err.parameter()))
                .thenComparing(ProblemError::detail));
        return ProblemException.invalid(errors);
    }

    /**
     * A violation on a request body has a path like {@code create.body.attribution.anonymityReason}: the method and
     * parameter nodes are dropped and the rest becomes a JSON Pointer. A violation on a bare parameter names it.
     */
    private static ProblemError toError(ConstraintViolation<?> violation) {
        StringBuilder pointer = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD
                    || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.RETURN_VALUE
                    || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = JsonNames.snakeCase(node.getName());
                continue;
            }
            if (node.getName() != null
                    && !node.getName().isEmpty()
                    && !node.getName().startsWith("<")) {
                pointer.append('/').append(JsonNames.pointerToken(JsonNames.snakeCase(node.getName())));
            }
            if (node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            }
        }
        if (parameter != null && pointer.isEmpty() && !BODY_PARAMETER.equals(parameter)) {
            return ProblemError.atParameter(parameter, violation.getMessage());
        }
        return ProblemError.atPointer(pointer.toString(), violation.getMessage());
    }

    static ProblemException fromJson(JsonProcessingException e) {
        if (e instanceof StorableTextDeserializer.UnstorableTextException text) {
            return ProblemException.invalidField(pointerOf(text), StorableTextDeserializer.NUL_DETAIL);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            Set<String> known = new TreeSet<>();
            unknown.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
            return ProblemException.invalidField(
                    pointerOf(unknown), "is not a known property; known properties are: " + String.join(", ", known));
        }
        if (e instanceof InvalidFormatException invalid
                && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return ProblemException.invalidField(
                    pointerOf(invalid),
                    "has an unknown value; allowed values are: " + JsonNames.allowedValues(invalid.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatch) {
            if (mismatch.getTargetType() == null && mismatch.getPath().isEmpty()) {
                return new ProblemException(ProblemType.MALFORMED_REQUEST, "The request body is missing or empty.");
            }
            return ProblemException.invalidField(
                    pointerOf(mismatch), "must be " + JsonNames.expected(mismatch.getTargetType()));
        }
        if (e instanceof JsonMappingException mapping
                && mapping.getCause() instanceof InputCoercionException coercion) {
            return ProblemException.invalidField(
                    pointerOf(mapping), "must be " + JsonNames.expected(coercion.getTargetType()));
        }
        if (e instanceof InputCoercionException coercion) {
            return ProblemException.invalidField(
                    parserPointer(coercion), "must be " + JsonNames.expected(coercion.getTargetType()));
        }
        if (e instanceof JsonMappingException mapping) {
            return ProblemException.invalidField(pointerOf(mapping), "has an invalid value");
        }
        if (e instanceof StreamConstraintsException) {
            return new ProblemException(
                    ProblemType.MALFORMED_REQUEST,
                    "The JSON exceeds a size limit (nesting depth, number or string length).");
        }
        if (e instanceof JsonParseException parse
                && parse.getMessage() != null
                && parse.getMessage().startsWith("Duplicate field")) {
            return ProblemException.invalidField(parserPointer(parse), "appears more than once in the object");
        }
        var location = e.getLocation();
        String where =
                location == null ? "" : " near line " + location.getLineNr() + ", column " + location.getColumnNr();
        return new ProblemException(
                ProblemType.MALFORMED_REQUEST, "The request body is not well-formed JSON" + where + ".");
    }

    private static String pointerOf(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                pointer.append('/').append(JsonNames.pointerToken(reference.getFieldName()));
            } else if (reference.getIndex() >= 0) {
                pointer.append('/').append(reference.getIndex());
            }
        }
        return pointer.toString();
    }

    private static String parserPointer(JsonProcessingException e) {
        if (e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
            return parser.getParsingContext().pathAsPointer().toString();
        }
        return "";
    }

    static ProblemException fromWebApplication(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (e.getCause() instanceof ProblemException problem) {
            // A parameter converter rejected a value; the framework wrapped our answer in its own exception.
            return problem;
        }
        return switch (status) {
            case 401 -> unauthenticated();
            case 403 ->
                new ProblemException(ProblemType.FORBIDDEN, "This API key's role does not allow this operation.");
            case 404 -> new ProblemException(ProblemType.NOT_FOUND, "No resource exists at this path.");
            case 405 ->
                new ProblemException(ProblemType.METHOD_NOT_ALLOWED, "This path does not support the method used.");
            case 406 ->
                new ProblemException(
                        ProblemType.NOT_ACCEPTABLE,
                        "None of the media types in the Accept header can be produced here; use application/json.");
            case 413 -> new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, Problems.BODY_TOO_LARGE_DETAIL);
            case 415 ->
                new ProblemException(
                        ProblemType.UNSUPPORTED_MEDIA_TYPE,
                        "The Content-Type of the request is not accepted here; see the operation's documented request body.");
            default -> {
                Throwable cause = e.getCause();
                if (cause instanceof Exception inner && cause != e) {
                    ProblemException known = recognise(inner);
                    if (known != null) {
                        yield known;
                    }
                }
                if (status >= 400 && status < 500) {
                    yield new ProblemException(
                            ProblemType.VALIDATION_FAILED, "The request could not be processed as sent.");
                }
                yield internal(e);
            }
        };
    }

    static ProblemException fromUnexpected(Exception e) {
        ProblemException known = recognise(e);
        if (known != null) {
            return known;
        }
        if (clientWentAway(e)) {
            // The client closed the connection while its body was read: nobody receives this answer, nothing to page.
            LOG.debug("Client closed the connection mid-request", e);
            return new ProblemException(
                    ProblemType.MALFORMED_REQUEST, "The request body ended before it was complete.");
        }
        return internal(e);
    }

    private static boolean clientWentAway(Throwable e) {
        for (Throwable t : chain(e)) {
            if (t instanceof java.nio.channels.ClosedChannelException) {
                return true;
            }
        }
        return false;
    }

    /** At most this many exceptions are looked at; real chains are a few dozen long. */
    private static final int MAX_CHAIN = 200;

    /**
     * Every exception reachable from {@code e}, outermost first: causes, suppressed exceptions and a SQLException's
     * next exceptions, each once. Transaction managers hide the real failure in the suppressed list: when a COMMIT
     * fails, Narayana's RollbackException carries the resource's XAException (and the driver's SQLException inside
     * it) as suppressed, not as its cause.
     */
    private static List<Throwable> chain(Throwable e) {
        List<Throwable> seen = new ArrayList<>();
        Set<Throwable> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        push(pending, e);
        while (!pending.isEmpty() && seen.size() < MAX_CHAIN) {
            Throwable t = pending.pop();
            if (!visited.add(t)) {
                continue;
            }
            seen.add(t);
            // Pushed in reverse, so the cause is looked at before the suppressed ones, as a stack trace lists them.
            if (t instanceof SQLException sql) {
                push(pending, sql.getNextException());
            }
            Throwable[] suppressed = t.getSuppressed();
            for (int i = suppressed.length - 1; i >= 0; i--) {
                push(pending, suppressed[i]);
            }
            push(pending, t.getCause());
        }
        return seen;
    }

    private static void push(Deque<Throwable> pending, Throwable t) {
        if (t != null) {
            pending.push(t);
        }
    }

    /**
     * Walks the causes (and suppressed exceptions) for exceptions that mean "the client's request conflicts" or "the
     * database is away".
     */
    private static ProblemException recognise(Throwable e) {
        for (Throwable t : chain(e)) {
            if (t instanceof ProblemException problem) {
                return problem;
            }
            if (t instanceof ConstraintViolationException violations) {
                return fromViolations(violations.getConstraintViolations());
            }
            if (t instanceof JsonProcessingException json) {
                return fromJson(json);
            }
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return new ProblemException(
                        ProblemType.PRECONDITION_FAILED,
                        "Another request changed the resource first; read it again and retry.");
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException db) {
                return DatabaseConstraints.describe(db.getConstraintName(), db.getSQLState());
            }
            if (t instanceof JDBCConnectionException
                    || t instanceof SQLTransientConnectionException
                    || (t instanceof SQLException sql && databaseUnavailable(sql))) {
                LOG.warn("Database unavailable: " + t.getMessage());
                return new ProblemException(
                        ProblemType.SERVICE_UNAVAILABLE, "The database is not reachable right now; retry shortly.");
            }
        }
        return null;
    }

    private static ProblemException unauthenticated() {
        return new ProblemException(
                ProblemType.UNAUTHORIZED,
                "Send a valid API key as 'Authorization: Bearer <key>'. "
                        + "Keys that are unknown, expired or revoked are refused.");
    }

    private static final String AGROAL_ACQUISITION_TIMEOUT = "Sorry, acquisition timeout";

    /**
     * Class 08: the connection failed; 57P01-57P03: the server is shutting down, crashed or not yet accepting.
     * Agroal's acquisition timeout (no connection within quarkus.datasource.jdbc.acquisition-timeout, which is what
     * requests get while PostgreSQL is down and the pool cannot open connections) is a plain SQLException without a
     * SQLState, recognised by its fixed message.
     */
    private static boolean databaseUnavailable(SQLException e) {
        String sqlState = e.getSQLState();
        if (sqlState == null) {
            return e.getMessage() != null && e.getMessage().startsWith(AGROAL_ACQUISITION_TIMEOUT);
        }
        return sqlState.startsWith("08")
                || sqlState.equals("57P01")
                || sqlState.equals("57P02")
                || sqlState.equals("57P03");
    }

    private static ProblemException internal(Exception e) {
        LOG.error("Unexpected error while handling a request", e);
        return new ProblemException(
                ProblemType.INTERNAL_ERROR, "The server could not complete the request. The error has been logged.");
    }
}
