package org.sourceledger.confidential;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One read of a claim's confidential identity. Written in the same transaction as the read it records. */
@Entity
@Table(name = "confidential_identity_reads")
public class ConfidentialIdentityRead {

    @Id
    public UUID id;

    @Column(name = "claim_id", nullable = false)
    public UUID claimId;

    @Column(nullable = false)
    public String actor;

    @Column(name = "api_key_id")
    public UUID apiKeyId;

    @Column(name = "read_at", nullable = false)
    public Instant readAt;
}
