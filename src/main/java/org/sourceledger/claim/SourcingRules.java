package org.sourceledger.claim;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Newsroom standards for attribution: an anonymous source comes with the reason it may not be named,
 * and ground rules only describe anonymous sources.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SourcingRulesValidator.class)
public @interface SourcingRules {

    String message() default "breaks the attribution rules";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
