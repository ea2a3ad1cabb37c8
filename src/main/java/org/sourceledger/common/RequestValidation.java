package org.sourceledger.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Bean Validation for bodies that do not pass through a resource parameter (merged PATCH results).
 * Throws the same exception @Valid does, so both reach the client through one mapper.
 */
@ApplicationScoped
public class RequestValidation {

    /** The detail of a 400 for a missing body, on every operation that requires one. */
    public static final String BODY_REQUIRED = "a JSON request body is required";

    private final Validator validator;

    public RequestValidation(Validator validator) {
        this.validator = validator;
    }

    public <T> T validate(T body) {
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }
}
