package org.sourceledger.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A claim's derived verification columns (docs/architecture.md, Verification rules). Embedded in the claim row and
 * audited with it; anyone may read them, only this package changes them (VerificationService, under the provenance
 * locks), so no request ever writes them.
 */
@Embeddable
public class ClaimVerification {

    @Enumerated(EnumType.STRING)
    @Column(name = "verification_status", nullable = false)
    private VerificationStatus status = VerificationStatus.UNVERIFIED;

    @Column(name = "independent_corroborations", nullable = false)
    private int independentCorroborations;

    @Column(name = "corroborating_reports", nullable = false)
    private int corroboratingReports;

    @Column(name = "conflicting_reports", nullable = false)
    private int conflictingReports;

    @Column(nullable = false)
    private boolean circular;

    /** The figures of a claim without links: UNVERIFIED, all counts zero. */
    public ClaimVerification() {}

    public VerificationStatus status() {
        return status;
    }

    public int independentCorroborations() {
        return independentCorroborations;
    }

    public int corroboratingReports() {
        return corroboratingReports;
    }

    public int conflictingReports() {
        return conflictingReports;
    }

    public boolean circular() {
        return circular;
    }

    /** Writes the figures recomputed from the claim's links and the provenance graph. */
    void record(int corroborating, int conflicting, Independence independence) {
        corroboratingReports = corroborating;
        conflictingReports = conflicting;
        independentCorroborations = independence.independentCorroborations();
        circular = independence.circular();
        status = VerificationRules.status(independence.independentCorroborations(), conflicting);
    }
}
