-- Version 6: triage (cases, suppressions), roles viewer/analyst/admin, and the audit log.

-- The cases table (the current case of each device) is created by V5.

-- Every change of a device's case, in order (seq counts per device); cases holds only the latest.
CREATE TABLE case_history (
    device_id  VARCHAR(64)  NOT NULL,
    seq        INTEGER      NOT NULL,
    state      VARCHAR(32)  NOT NULL,
    assignee   VARCHAR(200),
    reason     TEXT,
    note       TEXT,
    changed_at BIGINT       NOT NULL,
    changed_by VARCHAR(200) NOT NULL,
    PRIMARY KEY (device_id, seq)
);

-- Findings not to count (rule + device, or rule + network); rows are never deleted, removal is recorded.
CREATE TABLE suppressions (
    id         VARCHAR(64)  NOT NULL PRIMARY KEY,
    rule       VARCHAR(128) NOT NULL,
    device_id  VARCHAR(128),
    network    VARCHAR(64),
    reason     TEXT         NOT NULL,
    created_at BIGINT       NOT NULL,
    created_by VARCHAR(200) NOT NULL,
    expires_at BIGINT       NOT NULL,
    removed_at BIGINT,
    removed_by VARCHAR(200)
);

CREATE INDEX suppressions_by_time ON suppressions (created_at, id);

-- Who did what, when and from where: every change (in the change's transaction) and every query.
CREATE TABLE audit_log (
    id         VARCHAR(64)  NOT NULL PRIMARY KEY,
    at         BIGINT       NOT NULL,
    actor_id   VARCHAR(400) NOT NULL,
    actor_name VARCHAR(400) NOT NULL,
    actor_role VARCHAR(32)  NOT NULL,
    action     VARCHAR(64)  NOT NULL,
    method     VARCHAR(16)  NOT NULL,
    route      VARCHAR(400) NOT NULL,
    path       TEXT         NOT NULL,
    parameters TEXT         NOT NULL,
    client_ip  VARCHAR(400) NOT NULL,
    status     INTEGER
);

CREATE INDEX audit_log_by_time ON audit_log (at, id);
CREATE INDEX audit_log_by_actor ON audit_log (actor_id, at);

-- "analyst" tokens issued before triage existed were read-only: they become "viewer", so none gains triage rights.
UPDATE api_tokens SET role = 'VIEWER' WHERE role = 'ANALYST';
