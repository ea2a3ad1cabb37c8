package org.sourceledger.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One offending input. A body field is named by a JSON Pointer (RFC 6901); a query or path parameter by its name.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemError(String pointer, String parameter, String detail) {

    public static ProblemError atPointer(String pointer, String detail) {
        return new ProblemError(pointer, null, detail);
    }

    public static ProblemError atParameter(String parameter, String detail) {
        return new ProblemError(null, parameter, detail);
    }
}
