package org.sourceledger.link;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.sourceledger.common.problem.ConstraintProblems;
import org.sourceledger.common.problem.ProblemException;
import org.sourceledger.common.problem.ProblemType;

/** The claim_links constraints that catch races, answered as LinkService's own checks are. */
@ApplicationScoped
public class LinkConstraintProblems implements ConstraintProblems {

    private static final Map<String, ProblemException> BY_CONSTRAINT = Map.of(
            "claim_links_once_per_report",
                    new ProblemException(ProblemType.DUPLICATE_LINK, "The claim is already linked to this report."),
            "claim_links_report_id_fkey",
                    new ProblemException(
                            ProblemType.REPORT_IN_USE,
                            "The report is linked to a claim, or was deleted by another request at the same time."));

    @Override
    public Map<String, ProblemException> byConstraint() {
        return BY_CONSTRAINT;
    }
}
