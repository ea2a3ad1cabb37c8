-- The change feed's outbox (docs/events.md). Every state change inserts one row here in the transaction that makes
-- it, so a rolled-back change leaves no event and a committed one always leaves its event.
--
-- The first five columns are the ones Debezium's Outbox Event Router reads by default (id, aggregatetype,
-- aggregateid, type, payload): a deployment that outgrows one database streams this table into Kafka without a
-- migration (docs/kafka.md, deploy/kubernetes/optional/kafka-outbox-connector.yaml). payload is the whole
-- CloudEvents 1.0 JSON document, whose time attribute says when the change happened.
--
-- tx_id and seq give the pull feed its order. tx_id is the writing transaction's id, assigned before any of its rows
-- can be seen; GET /events only returns rows whose tx_id is below the oldest transaction still running
-- (pg_snapshot_xmin), so a transaction that began earlier and commits later can never be skipped by a reader that
-- has already moved past later events. seq orders the rows of one transaction.
CREATE TABLE event_outbox (
    id            uuid         PRIMARY KEY,
    aggregatetype varchar(64)  NOT NULL,
    aggregateid   varchar(64)  NOT NULL,
    type          varchar(64)  NOT NULL,
    payload       jsonb        NOT NULL,
    occurred_at   timestamptz  NOT NULL DEFAULT clock_timestamp(),
    tx_id         xid8         NOT NULL DEFAULT pg_current_xact_id(),
    seq           bigint       GENERATED ALWAYS AS IDENTITY
);

CREATE UNIQUE INDEX event_outbox_position ON event_outbox (tx_id, seq);
CREATE INDEX event_outbox_subject ON event_outbox (aggregateid, tx_id, seq);
-- Retention deletes by age.
CREATE INDEX event_outbox_occurred_at ON event_outbox (occurred_at);
