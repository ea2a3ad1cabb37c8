package org.sourceledger.story;

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

@Entity
@Audited
@Table(name = "stories")
public class Story {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String headline;

    public String url;

    public String desk;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StoryState state;

    /** Null for drafts; set when published, and VIOLATED when a later change breaks the policy. */
    @Enumerated(EnumType.STRING)
    @Column(name = "policy_status")
    public PolicyStatus policyStatus;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
