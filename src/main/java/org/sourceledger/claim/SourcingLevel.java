package org.sourceledger.claim;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a story attributes a claim. ANONYMOUS, OFFICIAL and DECLINED_TO_COMMENT are the core levels. */
@Schema(description = """
        How the story attributes the claim.
        ANONYMOUS: unnamed source(s). OFFICIAL: an institution's statement or an official on record in that role.
        DECLINED_TO_COMMENT: the party asked said it would not comment. ON_RECORD: a named person speaking for themselves.
        NO_RESPONSE: asked but did not respond or could not be reached. DOCUMENT: a record, filing or document seen.
        SECONDARY_REPORT: attributed to another outlet. WITNESSED: the reporter saw it. UNATTRIBUTED: no attribution.""")
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
