package org.sourceledger.report;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;

@Entity
@Audited
@Table(name = "reports")
public class Report {

    @Id
    public UUID id;

    /** Always stored normalised (see ReportUrls), so the unique constraint catches variants of one address. */
    @Column(nullable = false)
    public String url;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String outlet;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportKind kind;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** Provenance edges: the reports this one cites or republishes. Batched so a page of reports loads them in one go. */
    @ElementCollection
    @BatchSize(size = 200)
    @CollectionTable(name = "report_derivations", joinColumns = @JoinColumn(name = "report_id"))
    @Column(name = "derived_from_id", nullable = false)
    public Set<UUID> derivedFrom = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
