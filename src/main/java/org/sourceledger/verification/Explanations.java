package org.sourceledger.verification;

import java.util.stream.Collectors;

/** The one-line, plain-English reason for a claim's status. */
public final class Explanations {

    /** A sentence to paste into notes names a few sources, not hundreds. */
    private static final int NAMED_SOURCES = 5;

    private Explanations() {}

    public static String of(VerificationStatus status, Independence independence, int corroborating, int conflicting) {
        int independent = independence.independentCorroborations();
        String sources = independence.groups().stream()
                        .limit(NAMED_SOURCES)
                        .map(Independence.Group::outlet)
                        .collect(Collectors.joining(", "))
                + (independent > NAMED_SOURCES ? " and " + (independent - NAMED_SOURCES) + " more" : "");
        String circular = circularNote(independence);
        return switch (status) {
            case UNVERIFIED -> "Unverified: no report is linked to this claim yet.";
            case CORROBORATED ->
                "Corroborated by " + count(independent, "independent source") + " (" + sources + ")" + " across "
                        + count(corroborating, "corroborating report") + "; no report conflicts." + circular;
            case DISPUTED ->
                "Disputed: " + count(independent, "independent source") + " (" + sources + ") corroborate"
                        + (independent == 1 ? "s" : "") + " it, but " + count(conflicting, "report") + " conflict"
                        + (conflicting == 1 ? "s" : "") + " with it." + circular;
            case CONTRADICTED ->
                "Contradicted: " + count(conflicting, "report") + " conflict" + (conflicting == 1 ? "s" : "")
                        + " with it and none corroborates it.";
        };
    }

    private static String circularNote(Independence independence) {
        if (!independence.circular()) {
            return "";
        }
        return " Circular reporting: "
                + independence.circles().stream()
                        .limit(NAMED_SOURCES)
                        .map(c -> c.corroboratingReportIds().size() + " reports repeat one " + c.outlet() + " report")
                        .collect(Collectors.joining("; "))
                + (independence.circles().size() > NAMED_SOURCES
                        ? "; and " + (independence.circles().size() - NAMED_SOURCES) + " more origins"
                        : "")
                + ".";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
