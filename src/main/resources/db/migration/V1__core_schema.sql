-- Core schema: stories, claims, reports, their provenance edges and claim-report links.
-- Enum-like columns are text with CHECK constraints so that new values need only a migration, not a type change.

CREATE TABLE stories (
    id          uuid        PRIMARY KEY,
    headline    text        NOT NULL CHECK (char_length(headline) BETWEEN 1 AND 500),
    url         text        CHECK (char_length(url) <= 2048),
    desk        text        CHECK (char_length(desk) <= 100),
    state       text        NOT NULL CHECK (state IN ('DRAFT', 'PUBLISHED')),
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    version     bigint      NOT NULL DEFAULT 0
);
-- Keyset pagination order: newest first, id breaks ties.
CREATE INDEX stories_keyset_idx ON stories (created_at DESC, id DESC);

CREATE TABLE claims (
    id                          uuid        PRIMARY KEY,
    story_id                    uuid        REFERENCES stories (id),
    statement                   text        NOT NULL CHECK (char_length(statement) BETWEEN 1 AND 2000),
    sourcing_level              text        NOT NULL CHECK (sourcing_level IN (
                                    'ANONYMOUS', 'OFFICIAL', 'DECLINED_TO_COMMENT', 'ON_RECORD', 'NO_RESPONSE',
                                    'DOCUMENT', 'SECONDARY_REPORT', 'WITNESSED', 'UNATTRIBUTED')),
    source_description          text        CHECK (char_length(source_description) <= 500),
    source_count                integer     CHECK (source_count >= 1),
    source_name                 text        CHECK (char_length(source_name) <= 200),
    source_organization         text        CHECK (char_length(source_organization) <= 200),
    anonymity_reason            text        CHECK (char_length(anonymity_reason) <= 1000),
    ground_rules                text        CHECK (ground_rules IN ('BACKGROUND', 'DEEP_BACKGROUND', 'NOT_FOR_ATTRIBUTION')),
    -- Derived verification figures, kept in step with claim_links inside the same transaction.
    verification_status         text        NOT NULL DEFAULT 'UNVERIFIED'
                                    CHECK (verification_status IN ('UNVERIFIED', 'CORROBORATED', 'DISPUTED', 'CONTRADICTED')),
    independent_corroborations  integer     NOT NULL DEFAULT 0 CHECK (independent_corroborations >= 0),
    corroborating_reports       integer     NOT NULL DEFAULT 0 CHECK (corroborating_reports >= 0),
    conflicting_reports         integer     NOT NULL DEFAULT 0 CHECK (conflicting_reports >= 0),
    -- True when two or more corroborating reports lead back to one origin report.
    circular                    boolean     NOT NULL DEFAULT false,
    -- A fact-checker's verdict: all four columns or none.
    verdict_rating              text        CHECK (verdict_rating IN
                                    ('TRUE', 'MOSTLY_TRUE', 'MIXED', 'MOSTLY_FALSE', 'FALSE', 'UNPROVEN')),
    verdict_explanation         text        CHECK (char_length(verdict_explanation) BETWEEN 1 AND 5000),
    verdict_reviewed_by         text,
    verdict_reviewed_at         timestamptz,
    created_at                  timestamptz NOT NULL,
    updated_at                  timestamptz NOT NULL,
    created_by                  text        NOT NULL,
    version                     bigint      NOT NULL DEFAULT 0,
    search_vector               tsvector    GENERATED ALWAYS AS (to_tsvector('english', statement)) STORED,
    -- Newsroom standard: an anonymous source always comes with the reason it may not be named.
    CONSTRAINT claims_anonymous_needs_reason CHECK (
        sourcing_level <> 'ANONYMOUS' OR (anonymity_reason IS NOT NULL AND btrim(anonymity_reason) <> '')),
    CONSTRAINT claims_ground_rules_only_anonymous CHECK (ground_rules IS NULL OR sourcing_level = 'ANONYMOUS'),
    CONSTRAINT claims_verdict_complete CHECK (
        (verdict_rating IS NULL) = (verdict_explanation IS NULL)
        AND (verdict_rating IS NULL) = (verdict_reviewed_by IS NULL)
        AND (verdict_rating IS NULL) = (verdict_reviewed_at IS NULL))
);
CREATE INDEX claims_keyset_idx              ON claims (created_at DESC, id DESC);
CREATE INDEX claims_story_keyset_idx        ON claims (story_id, created_at DESC, id DESC);
CREATE INDEX claims_level_keyset_idx        ON claims (sourcing_level, created_at DESC, id DESC);
CREATE INDEX claims_status_keyset_idx       ON claims (verification_status, created_at DESC, id DESC);
CREATE INDEX claims_search_idx              ON claims USING gin (search_vector);

CREATE TABLE reports (
    id            uuid        PRIMARY KEY,
    url           text        NOT NULL CHECK (char_length(url) <= 2048),
    title         text        NOT NULL CHECK (char_length(title) BETWEEN 1 AND 500),
    outlet        text        NOT NULL CHECK (char_length(outlet) BETWEEN 1 AND 200),
    kind          text        NOT NULL CHECK (kind IN ('NEWS', 'WIRE', 'DOCUMENT', 'OFFICIAL_STATEMENT', 'SOCIAL', 'OTHER')),
    published_at  timestamptz,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    version       bigint      NOT NULL DEFAULT 0,
    -- The service stores URLs already normalised, so plain uniqueness is normalised uniqueness.
    CONSTRAINT reports_url_unique UNIQUE (url)
);
CREATE INDEX reports_keyset_idx ON reports (created_at DESC, id DESC);

-- Provenance graph: report_id cites or republishes derived_from_id. Kept acyclic by the service.
-- The primary key serves the walk up to origins; the index below serves the walk down to dependants.
CREATE TABLE report_derivations (
    report_id        uuid NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    derived_from_id  uuid NOT NULL REFERENCES reports (id),
    PRIMARY KEY (report_id, derived_from_id),
    CONSTRAINT report_derivations_no_self_loop CHECK (report_id <> derived_from_id)
);
-- Reverse lookups: "which reports derive from this one" (delete guard, provenance walks).
CREATE INDEX report_derivations_derived_from_idx ON report_derivations (derived_from_id);

CREATE TABLE claim_links (
    id          uuid        PRIMARY KEY,
    claim_id    uuid        NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    report_id   uuid        NOT NULL REFERENCES reports (id),
    relation    text        NOT NULL CHECK (relation IN ('CORROBORATES', 'CONFLICTS')),
    excerpt     text        CHECK (char_length(excerpt) <= 5000),
    note        text        CHECK (char_length(note) <= 2000),
    created_at  timestamptz NOT NULL,
    created_by  text        NOT NULL,
    version     bigint      NOT NULL DEFAULT 0,
    CONSTRAINT claim_links_once_per_report UNIQUE (claim_id, report_id)
);
-- claim_links_once_per_report also serves "links of a claim"; this one serves "is this report linked".
CREATE INDEX claim_links_report_idx ON claim_links (report_id);
CREATE INDEX claim_links_claim_keyset_idx ON claim_links (claim_id, created_at DESC, id DESC);
