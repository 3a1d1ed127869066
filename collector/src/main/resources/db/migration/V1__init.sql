-- Farmguard schema, version 1. Portable SQL: the same file runs on SQLite and PostgreSQL.
-- Times are epoch milliseconds (BIGINT) so both databases compare them the same way.

-- Every snapshot ever stored; (device_id, sequence) makes ingest idempotent.
CREATE TABLE snapshots (
    device_id    VARCHAR(128) NOT NULL,
    sequence     BIGINT       NOT NULL,
    collected_at BIGINT       NOT NULL,
    received_at  BIGINT       NOT NULL,
    observed_ip  VARCHAR(64),
    body         TEXT         NOT NULL,
    PRIMARY KEY (device_id, sequence)
);

CREATE INDEX snapshots_by_device_time ON snapshots (device_id, collected_at);

-- Current state per device: the snapshot with the highest sequence.
CREATE TABLE devices (
    device_id       VARCHAR(128) NOT NULL PRIMARY KEY,
    hostname        VARCHAR(255) NOT NULL,
    first_seen      BIGINT       NOT NULL,
    last_seen       BIGINT       NOT NULL,
    public_ip       VARCHAR(64),
    latest_sequence BIGINT       NOT NULL
);

-- Who holds a device and where they should be (roster CSV); replaced whole on import.
CREATE TABLE roster (
    device_id     VARCHAR(128) NOT NULL PRIMARY KEY,
    employee_id   VARCHAR(255) NOT NULL,
    employee_name VARCHAR(255) NOT NULL,
    email         VARCHAR(255) NOT NULL,
    country       VARCHAR(64)  NOT NULL,
    region        VARCHAR(255) NOT NULL,
    city          VARCHAR(255) NOT NULL,
    latitude      DOUBLE PRECISION,
    longitude     DOUBLE PRECISION,
    timezone      VARCHAR(64)  NOT NULL
);

-- Latest risk, verdict and findings per device.
CREATE TABLE assessments (
    device_id  VARCHAR(128) NOT NULL PRIMARY KEY,
    risk       INTEGER      NOT NULL,
    verdict    VARCHAR(32)  NOT NULL,
    findings   TEXT         NOT NULL,
    as_of      BIGINT       NOT NULL
);

-- API tokens: only the SHA-256 of each secret is stored.
CREATE TABLE api_tokens (
    id         VARCHAR(64)  NOT NULL PRIMARY KEY,
    token_hash CHAR(64)     NOT NULL UNIQUE,
    role       VARCHAR(32)  NOT NULL,
    name       VARCHAR(255) NOT NULL,
    created_at BIGINT       NOT NULL,
    expires_at BIGINT,
    revoked    BOOLEAN      NOT NULL
);
