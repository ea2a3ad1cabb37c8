package org.sourceledger.common.http;

import jakarta.ws.rs.core.EntityTag;
import org.sourceledger.common.problem.ProblemException;
import org.sourceledger.common.problem.ProblemType;

/** ETags come from each row's version column; If-Match compares them strongly (RFC 9110 §13.1.1). */
public final class ETags {

    private ETags() {}

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Does nothing when If-Match is absent; answers 412 when none of its tags is the current version. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String current = "\"" + currentVersion + "\"";
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(current)) {
                return;
            }
        }
        throw new ProblemException(
                ProblemType.PRECONDITION_FAILED,
                "If-Match does not match the current ETag " + current
                        + "; read the resource again and reapply your change.");
    }
}
