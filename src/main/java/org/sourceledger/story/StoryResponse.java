package org.sourceledger.story;

import java.time.Instant;
import java.util.UUID;

public record StoryResponse(
        UUID id,
        String headline,
        String url,
        String desk,
        StoryState state,
        PolicyStatus policyStatus,
        Instant createdAt,
        Instant updatedAt) {

    public static StoryResponse from(Story story) {
        return new StoryResponse(
                story.id,
                story.headline,
                story.url,
                story.desk,
                story.state,
                story.policyStatus,
                story.createdAt,
                story.updatedAt);
    }
}
