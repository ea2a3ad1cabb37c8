package org.sourceledger.claim;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class SourcingRulesValidator implements ConstraintValidator<SourcingRules, ClaimInput> {

    @Override
    public boolean isValid(ClaimInput claim, ConstraintValidatorContext context) {
        if (claim == null || claim.sourcingLevel() == null) {
            return true;
        }
        boolean valid = true;
        Attribution attribution = claim.attribution();
        context.disableDefaultConstraintViolation();
        if (claim.sourcingLevel() == SourcingLevel.ANONYMOUS
                && (attribution == null
                        || attribution.anonymityReason() == null
                        || attribution.anonymityReason().isBlank())) {
            context.buildConstraintViolationWithTemplate(
                            "is required when sourcing_level is ANONYMOUS: say why the source may not be named")
                    .addPropertyNode("attribution")
                    .addPropertyNode("anonymityReason")
                    .addConstraintViolation();
            valid = false;
        }
        if (claim.sourcingLevel() != SourcingLevel.ANONYMOUS
                && attribution != null
                && attribution.groundRules() != null) {
            context.buildConstraintViolationWithTemplate("is only allowed when sourcing_level is ANONYMOUS")
                    .addPropertyNode("attribution")
                    .addPropertyNode("groundRules")
                    .addConstraintViolation();
            valid = false;
        }
        if (claim.sourcingLevel() != SourcingLevel.ANONYMOUS && claim.confidentialIdentity() != null) {
            context.buildConstraintViolationWithTemplate("is only allowed when sourcing_level is ANONYMOUS")
                    .addPropertyNode("confidentialIdentity")
                    .addConstraintViolation();
            valid = false;
        }
        return valid;
    }
}
