package org.sourceledger.common.problem;

import java.util.List;

/**
 * The one exception the services throw to reject a request. It carries a problem that is safe to show a client.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(ProblemType type, String detail) {
        this(Problem.of(type, detail));
    }

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String resource, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No " + resource + " with id " + id + " exists.");
    }

    public static ProblemException invalidField(String pointer, String detail) {
        return invalid(List.of(ProblemError.atPointer(pointer, detail)));
    }

    public static ProblemException invalidParameter(String parameter, String detail) {
        return invalid(List.of(ProblemError.atParameter(parameter, detail)));
    }

    /** At most this many errors are listed; the count in the detail stays exact. */
    static final int MAX_LISTED_ERRORS = 100;

    public static ProblemException invalid(List<ProblemError> errors) {
        List<ProblemError> listed = errors.size() > MAX_LISTED_ERRORS ? errors.subList(0, MAX_LISTED_ERRORS) : errors;
        String detail = errors.size() == 1 ? describe(errors.get(0)) : errors.size() + " fields are invalid.";
        return new ProblemException(Problem.of(ProblemType.VALIDATION_FAILED, detail, listed));
    }

    private static String describe(ProblemError error) {
        String where = error.pointer() != null ? error.pointer() : error.parameter();
        return where == null || where.isEmpty() ? error.detail() : where + ": " + error.detail();
    }
}
