-- OIDC login state and nonces, shared by every node. Single use: taken with DELETE ... WHERE id = ? (one row affected
-- means this request won). Expired rows are purged on a schedule.
CREATE TABLE lti_login_state (
    id         VARCHAR(64) NOT NULL PRIMARY KEY,
    expires_at BIGINT      NOT NULL,
    body       TEXT        NOT NULL,
    KEY ix_lti_login_state_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE lti_nonce (
    id         VARCHAR(64) NOT NULL PRIMARY KEY,
    expires_at BIGINT      NOT NULL,
    KEY ix_lti_nonce_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a launch brought that the tool session does not hold: the platform user id (sub), the service endpoints
-- (AGS, NRPS) and, for a deep linking request, where to return. One row per tool session.
CREATE TABLE lti_launch_context (
    session_id      VARCHAR(64)   NOT NULL PRIMARY KEY,
    platform_id     BIGINT        NOT NULL,
    expires_at      BIGINT        NOT NULL,
    body            TEXT          NOT NULL,
    KEY ix_lti_launch_context_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
