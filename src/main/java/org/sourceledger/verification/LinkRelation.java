package org.sourceledger.verification;

/** How a link bears on its claim: the kind of edge from a claim into the provenance graph. */
public enum LinkRelation {
    CORROBORATES,
    CONFLICTS
}
