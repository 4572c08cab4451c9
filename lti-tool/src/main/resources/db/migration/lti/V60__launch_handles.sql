-- One-time launch handles (see org.pathwise.tool.session.LaunchHandles): the only session credential a page URL may
-- carry. Only the SHA-256 of a handle is kept; a handle is spent by one UPDATE ... WHERE used_at IS NULL AND
-- expires_at > now, so it works once on any node. Housekeeping deletes rows past their end.
CREATE TABLE tool_launch_handle (
    handle_hash CHAR(43)    NOT NULL PRIMARY KEY,
    session_id  VARCHAR(64) NOT NULL,
    expires_at  BIGINT      NOT NULL,
    used_at     BIGINT      NULL,
    KEY ix_tool_launch_handle_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
