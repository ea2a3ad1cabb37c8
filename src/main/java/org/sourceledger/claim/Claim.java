package org.sourceledger.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.sourceledger.verdict.ClaimVerdict;
import org.sourceledger.verdict.VerdictedClaim;
import org.sourceledger.verification.ClaimVerification;
import org.sourceledger.verification.VerifiedClaim;

@Entity
@Audited
@Table(name = "claims")
public class Claim implements VerifiedClaim, VerdictedClaim {

    @Id
    public UUID id;

    @Column(name = "story_id")
    public UUID storyId;

    @Column(nullable = false)
    public String statement;

    @Enumerated(EnumType.STRING)
    @Column(name = "sourcing_level", nullable = false)
    public SourcingLevel sourcingLevel;

    @Embedded
    public ClaimAttribution attribution = new ClaimAttribution();

    /** Derived from the claim's links and the provenance graph; only the verification package changes it. */
    @Embedded
    private ClaimVerification verification = new ClaimVerification();

    /** Null until a fact-checker records one; only the verdict package makes one. */
    @Embedded
    private ClaimVerdict verdict;

    /**
     * AES-GCM ciphertext of the source's real identity (see IdentityCipher); only ConfidentialIdentityService
     * decrypts it. Not audited: history shows claims as the API does, and the API never shows this.
     */
    @NotAudited
    @Column(name = "confidential_identity")
    public byte[] confidentialIdentity;

    /** The claim accuses someone; the publication policy asks more of it (docs/publication.md). */
    @Column(nullable = false)
    public boolean allegation;

    /** The claim this one replies to, in the same story (a right of reply). */
    @Column(name = "responds_to")
    public UUID respondsTo;

    /** Counts changes to what an approval vouches for; an approval of an earlier revision is stale. */
    @NotAudited
    @Column(name = "substance_revision", nullable = false)
    public int substanceRevision;

    @NotAudited
    @Column(name = "substance_changed_at")
    public Instant substanceChangedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public long version;

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public ClaimVerification verification() {
        return verification;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public ClaimVerdict verdict() {
        return verdict;
    }

    @Override
    public void changeVerdict(ClaimVerdict verdict, Instant at) {
        this.verdict = verdict;
        this.updatedAt = at;
    }
}
