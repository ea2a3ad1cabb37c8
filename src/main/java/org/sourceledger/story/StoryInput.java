package org.sourceledger.story;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The fields a client writes when creating a story, and the shape a merge patch is applied to. */
public record StoryInput(
        @NotBlank @Size(max = 500) String headline,
        @Size(max = 2048) String url,
        @Size(max = 100) String desk,
        StoryState state) {}
