package org.sourceledger.claim;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The terms an anonymous source spoke under. Only allowed when sourcing_level is ANONYMOUS.")
public enum GroundRules {
    BACKGROUND,
    DEEP_BACKGROUND,
    NOT_FOR_ATTRIBUTION
}
