-- Detection state per device, version 3. Portable SQL (SQLite and PostgreSQL).
-- Device-rule findings (with the snapshot sequence and the rules version they were computed from) and the latest
-- fleet-rule findings are kept apart, so either side can be recomputed and the assessment rebuilt from both.
CREATE TABLE detections (
    device_id          VARCHAR(128) NOT NULL PRIMARY KEY,
    device_findings    TEXT         NOT NULL,
    evaluated_sequence BIGINT       NOT NULL,
    rules_version      VARCHAR(255) NOT NULL,
    device_as_of       BIGINT       NOT NULL,
    fleet_findings     TEXT         NOT NULL,
    fleet_as_of        BIGINT       NOT NULL
);

-- Fleet rules read new snapshots in the order they were received (keyset paging).
CREATE INDEX snapshots_by_received ON snapshots (received_at, device_id, sequence);
