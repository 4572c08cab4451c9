-- xAPI SCORM Profile State documents (activity state, attempt state) on their way to the LRS. Written in the
-- transaction of the commit, sent by org.pathwise.tool.lrs.StateSender; a newer document for the same activity, agent
-- and state id replaces an undelivered older one (the LRS gets a PUT of the whole document).
CREATE TABLE tool_xapi_state_outbox (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    doc_key      CHAR(64)      NOT NULL,
    activity_id  VARCHAR(2048) NOT NULL,
    agent        VARCHAR(1024) NOT NULL,
    state_id     VARCHAR(255)  NOT NULL,
    body         MEDIUMTEXT    NOT NULL,
    created_at   BIGINT        NOT NULL,
    tries        INT           NOT NULL DEFAULT 0,
    next_try_at  BIGINT        NOT NULL,
    delivered_at BIGINT,
    last_error   VARCHAR(1000),
    KEY ix_tool_xapi_state_outbox_due (delivered_at, next_try_at, id),
    KEY ix_tool_xapi_state_outbox_key (doc_key, delivered_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
