-- Idempotency-Key records: the primary key makes one request per (API key, Idempotency-Key) win, on any instance.
-- A retry waits on the winner's uncommitted row, then replays its stored response.
CREATE TABLE idempotency_records (
    scope            text        NOT NULL CHECK (char_length(scope) <= 100),
    idempotency_key  text        NOT NULL CHECK (char_length(idempotency_key) BETWEEN 1 AND 255),
    -- Keyed hash (HMAC-SHA-256) of method, path and body: a plain hash of a body could be brute-forced back to
    -- a confidential identity it contained.
    request_hash     bytea       NOT NULL,
    response_status  integer,
    response_headers jsonb,
    response_body    text,
    created_at       timestamptz NOT NULL,
    expires_at       timestamptz NOT NULL,
    CONSTRAINT idempotency_records_pkey PRIMARY KEY (scope, idempotency_key)
);
CREATE INDEX idempotency_records_expiry_idx ON idempotency_records (expires_at);
