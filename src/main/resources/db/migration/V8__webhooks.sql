-- Webhook subscriptions and their deliveries (docs/events.md, Webhooks).
--
-- A delivery row is written for every matching active subscription in the same transaction as the event, so a
-- committed event always has its deliveries; the payload is copied so that a delivery outlives the event's
-- retention. Instances claim due deliveries with FOR UPDATE SKIP LOCKED and lease them by moving next_attempt_at
-- forward: a crash mid-delivery makes the row due again after the lease (at least once, never lost).
CREATE TABLE webhook_subscriptions (
    id                          uuid          PRIMARY KEY,
    url                         varchar(2048) NOT NULL,
    event_types                 text[]        NOT NULL,
    description                 varchar(500),
    active                      boolean       NOT NULL,
    disabled_reason             varchar(500),
    disabled_at                 timestamptz,
    -- Signing secrets, AES-GCM encrypted with SOURCELEDGER_IDENTITY_KEY (the subscription id is the associated data).
    secret                      bytea         NOT NULL,
    previous_secret             bytea,
    previous_secret_expires_at  timestamptz,
    -- When deliveries started failing without a success since; a subscription failing too long is disabled.
    failing_since               timestamptz,
    created_at                  timestamptz   NOT NULL,
    created_by                  varchar(100)  NOT NULL,
    updated_at                  timestamptz   NOT NULL,
    version                     bigint        NOT NULL DEFAULT 0
);

CREATE INDEX webhook_subscriptions_keyset ON webhook_subscriptions (created_at DESC, id DESC);

CREATE TABLE webhook_deliveries (
    id               uuid          PRIMARY KEY,
    subscription_id  uuid          NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    event_id         uuid          NOT NULL,
    event_type       varchar(64)   NOT NULL,
    payload          text          NOT NULL,
    status           varchar(16)   NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
    attempts         integer       NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz,
    last_attempt_at  timestamptz,
    last_status      integer,
    last_error       varchar(1000),
    -- Retries stop this long after retry_from (the first try, or the last redelivery).
    retry_from       timestamptz   NOT NULL,
    delivered_at     timestamptz,
    created_at       timestamptz   NOT NULL,
    version          bigint        NOT NULL DEFAULT 0,
    UNIQUE (subscription_id, event_id)
);

CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_deliveries_keyset ON webhook_deliveries (subscription_id, created_at DESC, id DESC);
