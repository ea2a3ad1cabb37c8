package org.sourceledger.confidential;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.sourceledger.claim.ClaimService;
import org.sourceledger.common.Timestamps;
import org.sourceledger.common.crypto.IdentityCipher;
import org.sourceledger.common.paging.Page;
import org.sourceledger.common.paging.PageRequest;
import org.sourceledger.common.problem.ProblemException;
import org.sourceledger.common.problem.ProblemType;
import org.sourceledger.security.AuthenticatedKey;
import org.sourceledger.security.CurrentActor;

/** The only reader of confidential identities. A read and its record commit together, or neither happens. */
@ApplicationScoped
public class ConfidentialIdentityService {

    private final ClaimService claims;
    private final ConfidentialIdentityReadRepository reads;
    private final IdentityCipher cipher;
    private final CurrentActor actor;

    public ConfidentialIdentityService(
            ClaimService claims, ConfidentialIdentityReadRepository reads, IdentityCipher cipher, CurrentActor actor) {
        this.claims = claims;
        this.reads = reads;
        this.cipher = cipher;
        this.actor = actor;
    }

    @Transactional
    public ConfidentialIdentityResponse read(UUID claimId) {
        byte[] sealed = claims.sealedIdentityOf(claimId)
                .orElseThrow(() -> new ProblemException(
                        ProblemType.NOT_FOUND, "Claim " + claimId + " has no confidential identity recorded."));
        ConfidentialIdentityRead read = new ConfidentialIdentityRead();
        read.id = UUID.randomUUID();
        read.claimId = claimId;
        read.actor = actor.name();
        read.apiKeyId = actor.key().map(AuthenticatedKey::id).orElse(null);
        read.readAt = Timestamps.now();
        reads.persist(read);
        return new ConfidentialIdentityResponse(claimId, cipher.decrypt(claimId, sealed));
    }

    /** Reads of a claim's identity, newest first; kept after the claim itself is deleted. */
    @Transactional
    /**
     * Whether {@code actor} read the claim's confidential identity at or after {@code since} (the read log is the
     * evidence an approving editor knows the source: docs/publication.md).
     */
    public boolean readBy(UUID claimId, String actor, java.time.Instant since) {
        return reads.readSince(claimId, actor, since);
    }

    public Page<ConfidentialIdentityReadResponse> reads(UUID claimId, PageRequest page) {
        var rows = reads.page(claimId, page);
        if (rows.isEmpty() && page.after() == null) {
            claims.requireExists(claimId);
        }
        return Page.of(rows, page, r -> r.readAt, r -> r.id, ConfidentialIdentityReadResponse::from);
    }
}
