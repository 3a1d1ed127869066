-- Version 5: the security team's query API (issue 10). Portable SQL (SQLite and PostgreSQL).

-- The current triage case of a device (shared with the triage helper's V6; a device without a row is "none").
CREATE TABLE cases (device_id VARCHAR(64) NOT NULL PRIMARY KEY, state VARCHAR(32) NOT NULL, assignee
    VARCHAR(200), reason TEXT, note TEXT, updated_at BIGINT NOT NULL, updated_by VARCHAR(200) NOT NULL);

-- One row per device with what lists filter and sort on, kept up to date in the transaction that saves a newer
-- snapshot or an assessment, so a filtered, keyset-paged list reads one indexed table. hostname is lower case
-- (substring match, sort); ip_key is the public address as 32 hex digits of its IPv6 form (IPv4 mapped), so an
-- address or CIDR filter is a range scan on both databases.
CREATE TABLE device_search (
    device_id  VARCHAR(128) NOT NULL PRIMARY KEY,
    hostname   VARCHAR(255) NOT NULL,
    last_seen  BIGINT       NOT NULL,
    ip_key     CHAR(32),
    risk       INTEGER      NOT NULL,
    verdict    VARCHAR(32)  NOT NULL
);
-- One index per sort key, each holding every column (covering): a page walks one index in order and tests the
-- row's other filters without visiting the table, so even a filter no index serves (hostname text) reads no rows.
CREATE INDEX device_search_by_risk ON device_search (risk, device_id, verdict, last_seen, hostname, ip_key);
CREATE INDEX device_search_by_last_seen ON device_search (last_seen, device_id, verdict, risk, hostname, ip_key);
CREATE INDEX device_search_by_hostname ON device_search (hostname, device_id, verdict, risk, last_seen, ip_key);
CREATE INDEX device_search_by_ip ON device_search (ip_key);

-- Many-valued facts a list filters on: kind 'rule' and 'family' (from the current findings), 'gateway_mac' and
-- 'bssid' (from the latest snapshot).
CREATE TABLE device_terms (
    device_id VARCHAR(128) NOT NULL,
    kind      VARCHAR(16)  NOT NULL,
    term      VARCHAR(255) NOT NULL,
    PRIMARY KEY (device_id, kind, term)
);
CREATE INDEX device_terms_by_term ON device_terms (kind, term, device_id);

-- Co-location groups as the fleet rules found them: one row per member device and shared thing (a network, a
-- remote peer, an IP-KVM identity), read from the current findings' evidence; from_at/to_at when the rule says.
CREATE TABLE device_clusters (
    cluster_key VARCHAR(600) NOT NULL,
    device_id   VARCHAR(128) NOT NULL,
    kind        VARCHAR(64)  NOT NULL,
    shared      VARCHAR(512) NOT NULL,
    rule        VARCHAR(128) NOT NULL,
    from_at     BIGINT,
    to_at       BIGINT,
    PRIMARY KEY (cluster_key, device_id)
);
CREATE INDEX device_clusters_by_device ON device_clusters (device_id);

-- Every change of a device's verdict or risk, with the findings behind it; appended, never overwritten.
-- seq numbers the changes of one device from 1.
CREATE TABLE verdict_history (
    device_id   VARCHAR(128) NOT NULL,
    seq         BIGINT       NOT NULL,
    as_of       BIGINT       NOT NULL,
    risk        INTEGER      NOT NULL,
    verdict     VARCHAR(32)  NOT NULL,
    findings    TEXT         NOT NULL,
    explanation TEXT         NOT NULL,
    PRIMARY KEY (device_id, seq)
);

-- The assessments stored before this version open each device's history.
INSERT INTO verdict_history (device_id, seq, as_of, risk, verdict, findings, explanation)
    SELECT device_id, 1, as_of, risk, verdict, findings, explanation FROM assessments;
