package org.sourceledger.common.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem details body. Never carries exception class names or stack traces. {@code extensions} are the
 * extension members of one problem type (RFC 9457 §3.2), such as the violations of a blocked publication; each is
 * written as a top-level member.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        URI type,
        String title,
        int status,
        String detail,
        List<ProblemError> errors,
        URI instance,
        @JsonIgnore Map<String, Object> extensions) {

    public Problem(URI type, String title, int status, String detail, List<ProblemError> errors, URI instance) {
        this(type, title, status, detail, errors, instance, null);
    }

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, null);
    }

    public static Problem of(ProblemType type, String detail, List<ProblemError> errors) {
        return new Problem(
                type.uri(), type.title(), type.status(), detail, errors.isEmpty() ? null : List.copyOf(errors), null);
    }

    /** A problem with extension members, written beside type, title, status and detail. */
    public static Problem withExtensions(ProblemType type, String detail, Map<String, Object> extensions) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, null, Map.copyOf(extensions));
    }

    @JsonAnyGetter
    Map<String, Object> members() {
        return extensions == null ? Map.of() : extensions;
    }

    /** The same problem, naming the request it happened in (see RequestIds). */
    public Problem at(URI requestInstance) {
        return new Problem(type, title, status, detail, errors, requestInstance, extensions);
    }
}
