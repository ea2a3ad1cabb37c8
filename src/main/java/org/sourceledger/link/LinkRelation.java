package org.sourceledger.link;


public enum LinkRelation {
    CORROBORATES,
    CONFLICTS
}
