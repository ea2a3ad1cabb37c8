package org.sourceledger.common.problem;

import java.util.Map;

/**
 * Turns a database constraint that caught a race (two requests passing the service's checks at once)
 * into the same problem the service check would have answered.
 */
final class DatabaseConstraints {

    private static final Map<String, ProblemException> BY_CONSTRAINT = Map.of(
            "reports_url_unique", new ProblemException(ProblemType.DUPLICATE_REPORT_URL,
                    "A report with this URL (after normalisation) already exists."),
            "claim_links_once_per_report", new ProblemException(ProblemType.DUPLICATE_LINK,
                    "The claim is already linked to this report."),
            "claim_links_report_id_fkey", new ProblemException(ProblemType.REPORT_IN_USE,
                    "The report is linked to a claim, or was deleted by another request at the same time."),
            "report_derivations_derived_from_id_fkey", new ProblemException(ProblemType.REPORT_IN_USE,
                    "Another report derives from this report."),
            "api_keys_name_unique", new ProblemException(ProblemType.DUPLICATE_KEY_NAME,
                    "An API key with this name exists or existed; names identify actors in history, so pick another."),
            "claims_story_id_fkey", new ProblemException(ProblemType.CONFLICT,
                    "The story was changed by another request."));

    private DatabaseConstraints() {
    }

    static ProblemException describe(String constraintName, String sqlState) {
        if (constraintName != null) {
            ProblemException known = BY_CONSTRAINT.get(constraintName.toLowerCase());
            if (known != null) {
                return known;
            }
        }
        if ("23514".equals(sqlState) || "23502".equals(sqlState)) {
            return new ProblemException(ProblemType.VALIDATION_FAILED, "The request breaks a data rule.");
        }
        return new ProblemException(ProblemType.CONFLICT, "The request conflicts with the current state of the data.");
    }
}
