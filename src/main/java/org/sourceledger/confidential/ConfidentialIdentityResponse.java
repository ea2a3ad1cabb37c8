package org.sourceledger.confidential;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConfidentialIdentity", description = "Who the anonymous source of a claim really is. Every read is "
        + "recorded.")
public record ConfidentialIdentityResponse(
        @Schema(required = true) UUID claimId,
        @Schema(required = true, maxLength = 1000, examples = "Deputy harbour master (name in the editor's notebook)")
        String confidentialIdentity) {
}
