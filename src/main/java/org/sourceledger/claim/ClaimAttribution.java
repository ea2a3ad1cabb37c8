package org.sourceledger.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The attribution columns of a claim row. */
@Embeddable
public class ClaimAttribution {

    @Column(name = "source_description")
    public String sourceDescription;

    @Column(name = "source_count")
    public Integer sourceCount;

    @Column(name = "source_name")
    public String sourceName;

    @Column(name = "source_organization")
    public String sourceOrganization;

    @Column(name = "anonymity_reason")
    public String anonymityReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "ground_rules")
    public GroundRules groundRules;
}
