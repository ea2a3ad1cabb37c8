package org.sourceledger.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.sourceledger.common.problem.ConstraintProblems;
import org.sourceledger.common.problem.ProblemException;

/** The api_keys constraints that catch races: two keys created with one name at once. */
@ApplicationScoped
public class ApiKeyConstraintProblems implements ConstraintProblems {

    private static final Map<String, ProblemException> BY_CONSTRAINT =
            Map.of("api_keys_name_unique", ApiKeyService.nameTaken());

    @Override
    public Map<String, ProblemException> byConstraint() {
        return BY_CONSTRAINT;
    }
}
