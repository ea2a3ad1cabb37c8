package org.sourceledger.publication;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A policy's rules (docs/publication.md). Each rule has {@code enabled} and its parameters; a rule left out of a
 * policy takes its default.
 */
public record PolicyRules(
        @Valid Rule anonymousApproval,
        @Valid CorroborationRule anonymousCorroboration,
        @Valid Rule allegationSecondApproval,
        @Valid Rule rightOfReply,
        @Valid Rule pluralSources,
        @Valid Rule contradicted) {

    public static final String ANONYMOUS_APPROVAL = "anonymous_approval";
    public static final String ANONYMOUS_CORROBORATION = "anonymous_corroboration";
    public static final String ALLEGATION_SECOND_APPROVAL = "allegation_second_approval";
    public static final String RIGHT_OF_REPLY = "right_of_reply";
    public static final String PLURAL_SOURCES = "plural_sources";
    public static final String CONTRADICTED = "contradicted";

    public record Rule(Boolean enabled) {
        boolean on() {
            return !Boolean.FALSE.equals(enabled);
        }
    }

    public record CorroborationRule(
            Boolean enabled, @Min(0) @Max(100) Integer minIndependentCorroborations) {
        boolean on() {
            return !Boolean.FALSE.equals(enabled);
        }

        int minimum() {
            return minIndependentCorroborations == null ? 1 : minIndependentCorroborations;
        }
    }

    /** Every rule on, with the design's defaults. */
    static final PolicyRules DEFAULTS = new PolicyRules(null, null, null, null, null, null).complete();

    /** The same rules with every missing rule or parameter at its default. */
    PolicyRules complete() {
        return new PolicyRules(
                full(anonymousApproval),
                new CorroborationRule(
                        anonymousCorroboration == null || anonymousCorroboration.on(),
                        anonymousCorroboration == null ? 1 : anonymousCorroboration.minimum()),
                full(allegationSecondApproval),
                full(rightOfReply),
                full(pluralSources),
                full(contradicted));
    }

    private static Rule full(Rule rule) {
        return new Rule(rule == null || rule.on());
    }
}
