package org.sourceledger.verification;

import jakarta.enterprise.context.ApplicationScoped;
import org.sourceledger.claim.Claim;
import org.sourceledger.link.LinkRepository;
import org.sourceledger.link.LinkRepository.RelationCounts;

/**
 * Keeps a claim's derived verification figures in step with its links. The only place that writes them.
 *
 * <p>For now every corroborating report counts as independent; provenance-aware counting (origins through
 * derived_from) replaces {@link #independentCorroborations} alone.
 */
@ApplicationScoped
public class VerificationService {

    private final LinkRepository links;

    public VerificationService(LinkRepository links) {
        this.links = links;
    }

    /** Recomputes from the links as they stand in this transaction; call it with the claim row locked. */
    public void refresh(Claim claim) {
        RelationCounts counts = links.countByRelation(claim.id);
        int independent = independentCorroborations(counts);
        claim.corroboratingReports = counts.corroborating();
        claim.conflictingReports = counts.conflicting();
        claim.independentCorroborations = independent;
        claim.verificationStatus = VerificationRules.status(independent, counts.conflicting());
    }

    private static int independentCorroborations(RelationCounts counts) {
        return counts.corroborating();
    }
}
