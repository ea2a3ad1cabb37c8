-- The publication gate (docs/publication.md): claim fields the policy reads, the story's policy status, versioned
-- policies per desk, approvals and overrides.

-- An allegation is a claim that accuses someone; responds_to points a reply at the claim it answers (same story).
-- substance_revision counts changes to what an approval vouches for (statement, sourcing, attribution,
-- confidential identity, allegation): an approval of an older revision is stale.
ALTER TABLE claims
    ADD COLUMN allegation boolean NOT NULL DEFAULT false,
    ADD COLUMN responds_to uuid REFERENCES claims (id) ON DELETE SET NULL,
    ADD COLUMN substance_revision integer NOT NULL DEFAULT 0,
    ADD COLUMN substance_changed_at timestamptz;
CREATE INDEX claims_responds_to ON claims (responds_to) WHERE responds_to IS NOT NULL;
ALTER TABLE claims_aud
    ADD COLUMN allegation boolean,
    ADD COLUMN responds_to uuid;

-- OK once published and within policy; VIOLATED when a later change broke the policy; null for drafts.
ALTER TABLE stories ADD COLUMN policy_status varchar(16) CHECK (policy_status IN ('OK', 'VIOLATED'));
-- Stories published before the gate existed are watched from now on.
UPDATE stories SET policy_status = 'OK' WHERE state = 'PUBLISHED';
ALTER TABLE stories_aud ADD COLUMN policy_status text;

-- Every PUT adds a version; versions are never changed, so history is the table itself.
CREATE TABLE publication_policies (
    desk        varchar(100) NOT NULL,
    version     integer      NOT NULL,
    rules       jsonb        NOT NULL,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(100) NOT NULL,
    PRIMARY KEY (desk, version)
);

CREATE TABLE claim_approvals (
    id                  uuid          PRIMARY KEY,
    claim_id            uuid          NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    kind                varchar(16)   NOT NULL CHECK (kind IN ('ANONYMITY', 'ALLEGATION')),
    note                varchar(2000),
    approver            varchar(100)  NOT NULL,
    approved_at         timestamptz   NOT NULL,
    claim_version       bigint        NOT NULL,
    substance_revision  integer       NOT NULL,
    identity_known      boolean       NOT NULL,
    withdrawn_at        timestamptz,
    withdrawn_by        varchar(100),
    created_at          timestamptz   NOT NULL,
    version             bigint        NOT NULL DEFAULT 0
);
CREATE INDEX claim_approvals_claim ON claim_approvals (claim_id, created_at DESC, id DESC);

CREATE TABLE publication_overrides (
    id              uuid           PRIMARY KEY,
    story_id        uuid           NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    reason          varchar(2000)  NOT NULL,
    created_by      varchar(100)   NOT NULL,
    created_at      timestamptz    NOT NULL,
    story_version   bigint         NOT NULL,
    -- Each claim's version when the override was made: any change to the story or a claim voids it.
    claim_versions  jsonb          NOT NULL,
    violations      jsonb          NOT NULL,
    policy_desk     varchar(100)   NOT NULL,
    policy_version  integer        NOT NULL,
    -- Set when a publish passed because of it; superseded_at when the story was published again, since then
    -- the violations it accepted no longer excuse anything.
    used_at         timestamptz,
    superseded_at   timestamptz
);
CREATE INDEX publication_overrides_story ON publication_overrides (story_id, created_at DESC, id DESC);
