package org.sourceledger.confidential;

import java.util.UUID;

public record ConfidentialIdentityResponse(UUID claimId, String confidentialIdentity) {}
