package org.sourceledger.story;

/** Whether a published story still meets its desk's publication policy (docs/publication.md). */
public enum PolicyStatus {
    OK,
    VIOLATED
}
