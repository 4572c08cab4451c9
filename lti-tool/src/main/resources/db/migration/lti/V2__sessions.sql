-- Tool sessions after a launch (see org.pathwise.tool.session). Shared by all nodes; expired rows are purged.
CREATE TABLE lti_session (
    id         VARCHAR(64)  NOT NULL PRIMARY KEY,
    expires_at BIGINT       NOT NULL,
    learner_id VARCHAR(128) NOT NULL,
    body       TEXT         NOT NULL,
    KEY ix_lti_session_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
