package org.sourceledger.claim;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documents the merge-patch body for claims (RFC 7396). The service applies it to {@link ClaimInput},
 * so every rule of a create applies to the result.
 */
@Schema(name = "ClaimPatch", description = "JSON Merge Patch for a claim. Send only the fields to change; null clears an "
        + "optional field. Inside attribution, only the named fields change.")
public record ClaimPatch(
        @Schema(type = SchemaType.STRING, format = "uuid", nullable = true) UUID storyId,
        @Schema(minLength = 1, maxLength = 2000) String statement,
        SourcingLevel sourcingLevel,
        @Schema(nullable = true) Attribution attribution) {
}
