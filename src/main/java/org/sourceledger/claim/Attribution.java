package org.sourceledger.claim;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the story attributes a claim. Read and written in the same shape. */
@Schema(name = "Attribution", description = "How the story attributes the claim.")
public record Attribution(
        @Schema(nullable = true, maxLength = 500, description = "The words the story uses for the source.",
                examples = "two people briefed on the talks")
        @Size(max = 500)
        String sourceDescription,
        @Schema(nullable = true, minimum = "1", maximum = "10000", description = "How many sources, where the story says.",
                examples = "2")
        @Min(1) @Max(10000)
        Integer sourceCount,
        @Schema(nullable = true, maxLength = 200, description = "The named source, for on-record or official sources.",
                examples = "Maria Okafor")
        @Size(max = 200)
        String sourceName,
        @Schema(nullable = true, maxLength = 200, description = "The organisation the source speaks for.",
                examples = "Harbour Authority")
        @Size(max = 200)
        String sourceOrganization,
        @Schema(nullable = true, maxLength = 1000,
                description = "Why the source may not be named. Required when sourcing_level is ANONYMOUS.",
                examples = "not authorised to discuss the negotiations publicly")
        @Size(max = 1000)
        String anonymityReason,
        GroundRules groundRules) {

    /** Hibernate loads an embeddable whose columns are all null as null. */
    static Attribution from(ClaimAttribution columns) {
        if (columns == null) {
            return new Attribution(null, null, null, null, null, null);
        }
        return new Attribution(columns.sourceDescription, columns.sourceCount, columns.sourceName,
                columns.sourceOrganization, columns.anonymityReason, columns.groundRules);
    }

    void copyTo(ClaimAttribution columns) {
        columns.sourceDescription = sourceDescription;
        columns.sourceCount = sourceCount;
        columns.sourceName = sourceName;
        columns.sourceOrganization = sourceOrganization;
        columns.anonymityReason = anonymityReason;
        columns.groundRules = groundRules;
    }
}
