package org.sourceledger.story;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documents the merge-patch body for stories (RFC 7396): every field optional, null clears an optional field.
 * The service applies the patch to {@link StoryInput}, so the rules are the same as on create.
 */
@Schema(name = "StoryPatch", description = "JSON Merge Patch for a story. Send only the fields to change; null clears an optional field.")
public record StoryPatch(
        @Schema(maxLength = 500) String headline,
        @Schema(nullable = true, maxLength = 2048) String url,
        @Schema(nullable = true, maxLength = 100) String desk,
        StoryState state) {
}
