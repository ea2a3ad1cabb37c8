package org.sourceledger.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An editor's decision to publish despite the violations of one state of a story (V9__publication_gate.sql). */
@Entity
@Table(name = "publication_overrides")
public class PublicationOverride {

    @Id
    public UUID id;

    @Column(name = "story_id", nullable = false)
    public UUID storyId;

    @Column(nullable = false)
    public String reason;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "story_version", nullable = false)
    public long storyVersion;

    /** JSON object: claim id to that claim's version when the override was made. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "claim_versions", nullable = false)
    public String claimVersions;

    /** JSON array of the findings it overrode. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String violations;

    @Column(name = "policy_desk", nullable = false)
    public String policyDesk;

    @Column(name = "policy_version", nullable = false)
    public int policyVersion;

    @Column(name = "used_at")
    public Instant usedAt;

    /** Set when the story was published again after this override was used: it excuses nothing any more. */
    @Column(name = "superseded_at")
    public Instant supersededAt;
}
