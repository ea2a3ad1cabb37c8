package org.sourceledger.story;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Story", description = "A piece of journalism, draft or published, that makes claims.")
public record StoryResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 500) String headline,
        @Schema(description = "Absent when not set.", maxLength = 2048) String url,
        @Schema(description = "Absent when not set.", maxLength = 100) String desk,
        @Schema(required = true) StoryState state,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {

    public static StoryResponse from(Story story) {
        return new StoryResponse(story.id, story.headline, story.url, story.desk, story.state, story.createdAt,
                story.updatedAt);
    }
}
