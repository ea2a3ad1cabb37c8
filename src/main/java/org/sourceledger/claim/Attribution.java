package org.sourceledger.claim;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** How the story attributes a claim. Read and written in the same shape. */
public record Attribution(
        @Size(max = 500) String sourceDescription,
        @Min(1) @Max(10000) Integer sourceCount,
        @Size(max = 200) String sourceName,
        @Size(max = 200) String sourceOrganization,
        @Size(max = 1000) String anonymityReason,
        GroundRules groundRules) {

    /** Hibernate loads an embeddable whose columns are all null as null. */
    static Attribution from(ClaimAttribution columns) {
        if (columns == null) {
            return new Attribution(null, null, null, null, null, null);
        }
        return new Attribution(
                columns.sourceDescription,
                columns.sourceCount,
                columns.sourceName,
                columns.sourceOrganization,
                columns.anonymityReason,
                columns.groundRules);
    }

    void copyTo(ClaimAttribution columns) {
        columns.sourceDescription = sourceDescription;
        columns.sourceCount = sourceCount;
        columns.sourceName = sourceName;
        columns.sourceOrganization = sourceOrganization;
        columns.anonymityReason = anonymityReason;
        columns.groundRules = groundRules;
    }

    private static final java.util.regex.Pattern PLURAL_SOURCES =
            java.util.regex.Pattern.compile("\\bsources\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * "sources" as a word ("two sources said", not "resources") in a description whose source_count is 1: the one
     * definition behind the sourcing summary's warning and the publication policy's plural_sources rule.
     */
    public static boolean pluralSourcesForOne(String sourceDescription, Integer sourceCount) {
        return sourceCount != null
                && sourceCount == 1
                && sourceDescription != null
                && PLURAL_SOURCES.matcher(sourceDescription).find();
    }
}
