package org.sourceledger.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An editor's approval of one claim at one revision (V9__publication_gate.sql). Withdrawn ones stay on record. */
@Entity
@Table(name = "claim_approvals")
public class ClaimApproval {

    public enum Kind {
        ANONYMITY,
        ALLEGATION
    }

    @Id
    public UUID id;

    @Column(name = "claim_id", nullable = false)
    public UUID claimId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    public String note;

    @Column(nullable = false)
    public String approver;

    @Column(name = "approved_at", nullable = false)
    public Instant approvedAt;

    @Column(name = "claim_version", nullable = false)
    public long claimVersion;

    @Column(name = "substance_revision", nullable = false)
    public int substanceRevision;

    @Column(name = "identity_known", nullable = false)
    public boolean identityKnown;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    /** Counts towards the policy: not withdrawn, and given for the claim's current substance. */
    boolean countsFor(int currentSubstanceRevision) {
        return withdrawnAt == null && substanceRevision == currentSubstanceRevision;
    }
}
