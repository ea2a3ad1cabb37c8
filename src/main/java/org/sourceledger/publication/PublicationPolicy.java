package org.sourceledger.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of a desk's policy. Versions are only ever added (V9__publication_gate.sql). */
@Entity
@Table(name = "publication_policies")
public class PublicationPolicy {

    @Embeddable
    public record Key(
            @Column(name = "desk") String desk,
            @Column(name = "version") int version) implements Serializable {}

    @EmbeddedId
    public Key key;

    /** The complete rules as JSON (snake_case, as the API shows them). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String rules;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
