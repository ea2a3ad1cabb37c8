package org.sourceledger.verification;

import java.util.Collection;
import java.util.UUID;

/**
 * The checks a change to the provenance graph runs while it holds the exclusive provenance lock; handed to the
 * change by {@link VerificationService#changeProvenanceOf}, so no check runs on a graph that may be changing.
 */
@FunctionalInterface
public interface ProvenanceGraph {

    /** Answers 409 (PROVENANCE_CYCLE) when deriving the report from {@code derivedFrom} would close a cycle. */
    void requireAcyclic(UUID reportId, Collection<UUID> derivedFrom);
}
