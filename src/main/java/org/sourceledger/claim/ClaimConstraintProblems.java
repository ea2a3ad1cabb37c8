package org.sourceledger.claim;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.sourceledger.common.problem.ConstraintProblems;
import org.sourceledger.common.problem.ProblemException;
import org.sourceledger.common.problem.ProblemType;

/** The claims table's constraints that catch races: a claim's story deleted while the claim is written. */
@ApplicationScoped
public class ClaimConstraintProblems implements ConstraintProblems {

    private static final Map<String, ProblemException> BY_CONSTRAINT = Map.of(
            "claims_story_id_fkey",
            new ProblemException(ProblemType.CONFLICT, "The story was changed by another request."));

    @Override
    public Map<String, ProblemException> byConstraint() {
        return BY_CONSTRAINT;
    }
}
