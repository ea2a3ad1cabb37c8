package org.sourceledger.claim;

public enum GroundRules {
    BACKGROUND,
    DEEP_BACKGROUND,
    NOT_FOR_ATTRIBUTION
}
