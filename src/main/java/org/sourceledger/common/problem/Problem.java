package org.sourceledger.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/** An RFC 9457 problem details body. Never carries exception class names or stack traces. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, List<ProblemError> errors, URI instance) {

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, null);
    }

    public static Problem of(ProblemType type, String detail, List<ProblemError> errors) {
        return new Problem(
                type.uri(), type.title(), type.status(), detail, errors.isEmpty() ? null : List.copyOf(errors), null);
    }

    /** The same problem, naming the request it happened in (see RequestIds). */
    public Problem at(URI requestInstance) {
        return new Problem(type, title, status, detail, errors, requestInstance);
    }
}
