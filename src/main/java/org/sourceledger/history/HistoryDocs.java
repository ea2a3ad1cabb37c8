package org.sourceledger.history;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sourceledger.claim.ClaimResponse;
import org.sourceledger.report.ReportResponse;
import org.sourceledger.story.StoryResponse;

/** Documentation shapes: HistoryEntry is generic at run time, but each resource's history has its own schema. */
final class HistoryDocs {

    static final String HOW = "Newest change first. Each entry names the API key that made the change, when, "
            + "and the resource as this API showed it before and after, with the names of the properties that changed. "
            + "History outlives the resource: a deleted one still has its history.";

    private HistoryDocs() {
    }

    @Schema(name = "PropertyName", type = SchemaType.STRING, maxLength = 100,
            description = "A top-level property of the resource, as named in its JSON.", examples = "statement")
    static final class PropertyNameDoc {
    }


    @Schema(name = "ClaimHistoryEntry")
    public record ClaimHistoryEntryDoc(
            @Schema(required = true, minimum = "1", maximum = "9223372036854775807",
                    description = "Revision number; increases with every audited change.") long revision,
            @Schema(required = true) Instant changedAt,
            @Schema(required = true, maxLength = 100, description = "Name of the API key that made the change, or "
                    + "`system` for changes made by the service itself.") String actor,
            @Schema(description = "Id of that API key; absent for `system` and the development key.") UUID apiKeyId,
            @Schema(required = true) HistoryChange change,
            @Schema(required = true, type = SchemaType.ARRAY, implementation = PropertyNameDoc.class, maxItems = 100)
            List<String> changedFields,
            @Schema(description = "The claim before this change; absent when it was created.") ClaimResponse before,
            @Schema(description = "The claim after this change; absent when it was deleted.") ClaimResponse after) {
    }

    @Schema(name = "StoryHistoryEntry")
    public record StoryHistoryEntryDoc(
            @Schema(required = true, minimum = "1", maximum = "9223372036854775807") long revision,
            @Schema(required = true) Instant changedAt,
            @Schema(required = true, maxLength = 100) String actor,
            UUID apiKeyId,
            @Schema(required = true) HistoryChange change,
            @Schema(required = true, type = SchemaType.ARRAY, implementation = PropertyNameDoc.class, maxItems = 100)
            List<String> changedFields,
            StoryResponse before,
            StoryResponse after) {
    }

    @Schema(name = "ReportHistoryEntry")
    public record ReportHistoryEntryDoc(
            @Schema(required = true, minimum = "1", maximum = "9223372036854775807") long revision,
            @Schema(required = true) Instant changedAt,
            @Schema(required = true, maxLength = 100) String actor,
            UUID apiKeyId,
            @Schema(required = true) HistoryChange change,
            @Schema(required = true, type = SchemaType.ARRAY, implementation = PropertyNameDoc.class, maxItems = 100)
            List<String> changedFields,
            ReportResponse before,
            ReportResponse after) {
    }

    @Schema(name = "ClaimHistoryPage")
    public record ClaimHistoryPageDoc(
            @Schema(required = true, maxItems = 200) List<ClaimHistoryEntryDoc> items,
            @Schema(required = true, nullable = true, maxLength = 200) String nextCursor) {
    }

    @Schema(name = "StoryHistoryPage")
    public record StoryHistoryPageDoc(
            @Schema(required = true, maxItems = 200) List<StoryHistoryEntryDoc> items,
            @Schema(required = true, nullable = true, maxLength = 200) String nextCursor) {
    }

    @Schema(name = "ReportHistoryPage")
    public record ReportHistoryPageDoc(
            @Schema(required = true, maxItems = 200) List<ReportHistoryEntryDoc> items,
            @Schema(required = true, nullable = true, maxLength = 200) String nextCursor) {
    }
}
