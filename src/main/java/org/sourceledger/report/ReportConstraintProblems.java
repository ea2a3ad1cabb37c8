package org.sourceledger.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.sourceledger.common.problem.ConstraintProblems;
import org.sourceledger.common.problem.ProblemException;
import org.sourceledger.common.problem.ProblemType;

/** The report tables' constraints that catch races, answered as ReportService's own checks are. */
@ApplicationScoped
public class ReportConstraintProblems implements ConstraintProblems {

    private static final Map<String, ProblemException> BY_CONSTRAINT = Map.of(
            "reports_url_unique",
                    new ProblemException(
                            ProblemType.DUPLICATE_REPORT_URL,
                            "A report with this URL (after normalisation) already exists."),
            "report_derivations_derived_from_id_fkey",
                    new ProblemException(ProblemType.REPORT_IN_USE, "Another report derives from this report."));

    @Override
    public Map<String, ProblemException> byConstraint() {
        return BY_CONSTRAINT;
    }
}
