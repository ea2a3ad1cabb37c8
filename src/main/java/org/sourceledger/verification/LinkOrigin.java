package org.sourceledger.verification;

import java.util.UUID;

/** One origin of one linked report: following derived_from from {@code reportId} ends at {@code originId}. */
public record LinkOrigin(UUID claimId, LinkRelation relation, UUID reportId, UUID originId, String originOutlet) {

    /** Outlets are compared without case or surrounding space: "Example Wire" and "example wire " are one. */
    public String outletKey() {
        return originOutlet.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
