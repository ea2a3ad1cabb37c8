package org.sourceledger.link;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Whether the report supports (CORROBORATES) or contradicts (CONFLICTS) the claim.")
public enum LinkRelation {
    CORROBORATES,
    CONFLICTS
}
