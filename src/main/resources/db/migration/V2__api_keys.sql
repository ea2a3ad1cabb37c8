-- API keys: only a SHA-256 hash of each key is stored. The key itself is shown once, when it is created.
-- Keys are never deleted, only revoked, so that the audit history can always name the key behind a change.
CREATE TABLE api_keys (
    id          uuid        PRIMARY KEY,
    -- The name is the actor recorded in audit history, so it is unique for all time, revoked keys included.
    name        text        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    role        text        NOT NULL CHECK (role IN ('READER', 'REPORTER', 'FACTCHECKER', 'EDITOR', 'ADMIN')),
    key_hash    bytea       NOT NULL CHECK (octet_length(key_hash) = 32),
    -- The first characters of the key, so that people can tell their keys apart without the secret.
    key_prefix  text        NOT NULL CHECK (char_length(key_prefix) <= 16),
    created_at  timestamptz NOT NULL,
    created_by  text        NOT NULL,
    expires_at  timestamptz,
    revoked_at  timestamptz,
    revoked_by  text,
    version     bigint      NOT NULL DEFAULT 0,
    CONSTRAINT api_keys_name_unique UNIQUE (name),
    CONSTRAINT api_keys_hash_unique UNIQUE (key_hash),
    CONSTRAINT api_keys_revocation_complete CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);
CREATE INDEX api_keys_keyset_idx ON api_keys (created_at DESC, id DESC);
