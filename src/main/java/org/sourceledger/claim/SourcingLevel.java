package org.sourceledger.claim;

/** How a story attributes a claim. ANONYMOUS, OFFICIAL and DECLINED_TO_COMMENT are the core levels. */
public enum SourcingLevel {
    ANONYMOUS,
    OFFICIAL,
    DECLINED_TO_COMMENT,
    ON_RECORD,
    NO_RESPONSE,
    DOCUMENT,
    SECONDARY_REPORT,
    WITNESSED,
    UNATTRIBUTED
}
