-- Farmguard schema, version 2: agent enrollment (tokens, enrolled devices, revoked devices).

-- Enrollment tokens: only the SHA-256 of each secret is stored. purpose is DEVICE or REPLAY.
CREATE TABLE enrollment_tokens (
    id         VARCHAR(64)  NOT NULL PRIMARY KEY,
    token_hash CHAR(64)     NOT NULL UNIQUE,
    purpose    VARCHAR(16)  NOT NULL,
    note       VARCHAR(255) NOT NULL,
    created_at BIGINT       NOT NULL,
    expires_at BIGINT,
    max_uses   INTEGER,
    uses       INTEGER      NOT NULL,
    revoked    BOOLEAN      NOT NULL
);

-- Device ids the CA certified, with what the enrolling machine said about itself.
CREATE TABLE device_enrollments (
    device_id             VARCHAR(128) NOT NULL PRIMARY KEY,
    token_id              VARCHAR(64)  NOT NULL,
    hostname              VARCHAR(255) NOT NULL,
    hardware_serial       VARCHAR(255) NOT NULL,
    hardware_uuid         VARCHAR(255) NOT NULL,
    enrolled_at           BIGINT       NOT NULL,
    certificate_not_after BIGINT       NOT NULL
);

CREATE INDEX device_enrollments_by_hardware ON device_enrollments (hardware_uuid, hardware_serial);

-- Revoked device ids: their certificates are refused at the TLS handshake and they cannot re-enroll.
CREATE TABLE revoked_devices (
    device_id  VARCHAR(128) NOT NULL PRIMARY KEY,
    revoked_at BIGINT       NOT NULL
);
