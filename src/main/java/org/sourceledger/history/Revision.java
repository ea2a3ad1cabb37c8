package org.sourceledger.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One audited transaction: when, and which API key made it. Envers writes one per transaction that changes data. */
@Entity
@Table(name = "revisions")
@RevisionEntity(ActorRevisionListener.class)
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    public long id;

    @RevisionTimestamp
    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(nullable = false)
    public String actor;

    @Column(name = "api_key_id")
    public UUID apiKeyId;
}
