package org.sourceledger.link;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.sourceledger.verification.LinkRelation;

/** Connects a claim to a report that corroborates or contradicts it. Immutable once created. */
@Entity
@Audited
@Table(name = "claim_links")
public class ClaimLink {

    @Id
    public UUID id;

    @Column(name = "claim_id", nullable = false)
    public UUID claimId;

    @Column(name = "report_id", nullable = false)
    public UUID reportId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LinkRelation relation;

    public String excerpt;

    public String note;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public long version;
}
