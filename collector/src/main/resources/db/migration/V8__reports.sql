-- Scheduled fleet reports (issue 11). Portable SQL: the same file runs on SQLite and PostgreSQL.

-- One row per report produced, per kind: the verdict counts drawn as the trend, and (on the newest row only;
-- older rows are emptied) each device's verdict and risk, so the next report can say what is new, escalated
-- or resolved since this one. verdicts is JSON {"deviceId": ["verdict", risk], ...}.
CREATE TABLE report_history (
    kind          VARCHAR(40) NOT NULL,
    generated_at  BIGINT      NOT NULL,
    devices       INTEGER     NOT NULL,
    ok_count      INTEGER     NOT NULL,
    review_count  INTEGER     NOT NULL,
    farm_count    INTEGER     NOT NULL,
    verdicts      TEXT        NOT NULL,
    PRIMARY KEY (kind, generated_at)
);

-- Runs of configured schedules: a collector claims (schedule, slot) by inserting the row, so with several
-- collectors on one database each scheduled report is produced once; the newest slot is the schedule's last run.
CREATE TABLE report_runs (
    schedule     VARCHAR(100) NOT NULL,
    slot         BIGINT       NOT NULL,
    claimed_by   VARCHAR(200) NOT NULL,
    claimed_at   BIGINT       NOT NULL,
    finished_at  BIGINT,
    outcome      TEXT,
    PRIMARY KEY (schedule, slot)
);
