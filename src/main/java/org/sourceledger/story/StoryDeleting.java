package org.sourceledger.story;

import java.util.UUID;

/**
 * Fired synchronously, in the deleting transaction, before a story is deleted. An observer that must keep the
 * story (because something of its feature still refers to it) throws a ProblemException, which refuses the delete.
 */
public record StoryDeleting(UUID storyId) {}
