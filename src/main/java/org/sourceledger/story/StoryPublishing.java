package org.sourceledger.story;

import java.util.UUID;

/**
 * Fired synchronously, in the patching transaction, when a patch sets a story's state to PUBLISHED, before anything
 * is written. The publication gate observes it and throws a ProblemException to refuse the publish, which then
 * changes nothing. {@code version} is the story's version the patch was applied to; {@code desk} the desk after it.
 */
public record StoryPublishing(UUID storyId, long version, String desk) {}
