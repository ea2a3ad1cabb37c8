package org.sourceledger.story;

public enum StoryState {
    DRAFT,
    PUBLISHED
}
