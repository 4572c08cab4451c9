-- Document resources (State, Activity Profile, Agent Profile), canonical Activity definitions and the agent directory.
-- Identifying parameters are stored whole and as SHA-256 hex keys ('' where a kind has no such parameter, so the
-- unique keys hold: NULLs never collide). Instants are epoch milliseconds (BIGINT): see docs/adr/0002.
CREATE TABLE lrs_document (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    store_id      BIGINT       NOT NULL,
    kind          VARCHAR(20)  CHARACTER SET ascii NOT NULL,
    activity_hash VARCHAR(64)  CHARACTER SET ascii NOT NULL,
    agent_hash    VARCHAR(64)  CHARACTER SET ascii NOT NULL,
    registration  VARCHAR(36)  CHARACTER SET ascii NOT NULL,
    document_hash CHAR(64)     CHARACTER SET ascii NOT NULL,
    activity_id   TEXT,
    agent_key     TEXT,
    document_id   TEXT         NOT NULL,
    content       LONGBLOB     NOT NULL,
    content_type  VARCHAR(255) NOT NULL,
    etag          VARCHAR(64)  CHARACTER SET ascii NOT NULL,
    updated       BIGINT       NOT NULL,
    CONSTRAINT uq_lrs_document_key UNIQUE (store_id, kind, activity_hash, agent_hash, registration, document_hash),
    INDEX ix_lrs_document_context (store_id, kind, activity_hash, agent_hash, updated),
    CONSTRAINT fk_lrs_document_store FOREIGN KEY (store_id) REFERENCES lrs_store (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE lrs_activity (
    id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    store_id      BIGINT      NOT NULL,
    activity_hash CHAR(64)    CHARACTER SET ascii NOT NULL,
    activity_id   TEXT        NOT NULL,
    definition    LONGTEXT    NOT NULL,
    updated       BIGINT      NOT NULL,
    CONSTRAINT uq_lrs_activity_key UNIQUE (store_id, activity_hash),
    CONSTRAINT fk_lrs_activity_store FOREIGN KEY (store_id) REFERENCES lrs_store (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE lrs_agent (
    id       BIGINT   NOT NULL AUTO_INCREMENT PRIMARY KEY,
    store_id BIGINT   NOT NULL,
    ifi_hash CHAR(64) CHARACTER SET ascii NOT NULL,
    ifi_key  TEXT     NOT NULL,
    names    LONGTEXT NOT NULL,
    updated  BIGINT   NOT NULL,
    CONSTRAINT uq_lrs_agent_key UNIQUE (store_id, ifi_hash),
    CONSTRAINT fk_lrs_agent_store FOREIGN KEY (store_id) REFERENCES lrs_store (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
