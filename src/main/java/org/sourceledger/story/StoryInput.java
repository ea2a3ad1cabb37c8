package org.sourceledger.story;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The fields a client writes when creating a story, and the shape a merge patch is applied to. */
@Schema(name = "StoryInput", description = "A story as a client writes it.")
public record StoryInput(
        @Schema(required = true, description = "The story's headline.", maxLength = 500,
                examples = "Port authority weighs night-time ban on cargo drones")
        @NotBlank @Size(max = 500)
        String headline,
        @Schema(description = "Where the story is or will be published.", maxLength = 2048,
                examples = "https://news.example.org/2026/11/port-drones")
        @Size(max = 2048)
        String url,
        @Schema(description = "The desk that owns the story.", maxLength = 100, examples = "metro")
        @Size(max = 100)
        String desk,
        @Schema(description = "DRAFT when omitted.", defaultValue = "DRAFT")
        StoryState state) {
}
