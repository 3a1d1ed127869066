-- Version 7: the alert outbox. Portable SQL (SQLite and PostgreSQL).
-- One row per event and configured output, written in the transaction that saved the assessment behind the event,
-- deleted once that output has the event (or refused it for good). The dispatcher of any collector claims a row
-- by setting a lease (owner + expiry), so with several collectors on one database each row is sent by one of them.
CREATE TABLE alert_outbox (
    event_id        VARCHAR(64)  NOT NULL,
    output          VARCHAR(64)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    event_time      BIGINT       NOT NULL,
    body            TEXT         NOT NULL,
    attempts        INTEGER      NOT NULL,
    next_attempt_at BIGINT       NOT NULL,
    lease_owner     VARCHAR(128),
    lease_until     BIGINT       NOT NULL,
    last_error      TEXT,
    PRIMARY KEY (event_id, output)
);

-- The dispatcher reads due rows of one output, oldest first; the bound drops the oldest rows.
CREATE INDEX alert_outbox_due ON alert_outbox (output, next_attempt_at);
CREATE INDEX alert_outbox_age ON alert_outbox (created_at, event_id);

-- Events that must be raised at most once (a farm-size co-location cluster appearing), by key.
CREATE TABLE alert_once (
    alert_key   VARCHAR(255) NOT NULL PRIMARY KEY,
    event_id    VARCHAR(64)  NOT NULL,
    raised_at   BIGINT       NOT NULL
);
