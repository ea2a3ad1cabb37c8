-- The real identity behind an anonymous claim, encrypted by the service (AES-256-GCM) before it reaches the database.
-- Layout: 1 format byte, 12-byte nonce, ciphertext with its 16-byte tag. The plaintext never reaches PostgreSQL.
ALTER TABLE claims ADD COLUMN confidential_identity bytea CHECK (octet_length(confidential_identity) <= 8192);
ALTER TABLE claims ADD CONSTRAINT claims_confidential_identity_only_anonymous
    CHECK (confidential_identity IS NULL OR sourcing_level = 'ANONYMOUS');

-- Every read of a confidential identity: who, when, which claim. Kept when the claim is deleted (no foreign key).
CREATE TABLE confidential_identity_reads (
    id          uuid        PRIMARY KEY,
    claim_id    uuid        NOT NULL,
    actor       text        NOT NULL,
    api_key_id  uuid,
    read_at     timestamptz NOT NULL
);
CREATE INDEX confidential_identity_reads_claim_idx ON confidential_identity_reads (claim_id, read_at DESC, id DESC);
