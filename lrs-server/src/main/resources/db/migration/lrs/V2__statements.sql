-- Statements: the full JSON as the LRS serves it, plus the indexed columns the Statement Resource's filters use.
-- Every index starts with store_id (stores never see each other's data). seq and stored (epoch microseconds)
-- both grow strictly per store in the order statements were accepted; lrs_statement_clock holds the last values
-- and its row lock serializes writers of one store, so commit order equals seq order (stable keyset paging).
-- Agent and activity keys are 64-bit hashes (first 8 bytes of SHA-256 of the canonical key).
CREATE TABLE lrs_statement_clock (
    store_id    BIGINT NOT NULL PRIMARY KEY,
    last_seq    BIGINT NOT NULL,
    last_stored BIGINT NOT NULL
) ENGINE = InnoDB;

CREATE TABLE lrs_statement (
    store_id         BIGINT     NOT NULL,
    seq              BIGINT     NOT NULL,
    statement_id     BINARY(16) NOT NULL,
    stored           BIGINT     NOT NULL,
    actor_hash       BIGINT,
    verb_hash        BIGINT     NOT NULL,
    activity_hash    BIGINT,
    registration     BINARY(16),
    authority_hash   BIGINT,
    voided           TINYINT    NOT NULL DEFAULT 0,
    voiding_target   BINARY(16),
    statement_ref    BINARY(16),
    has_attachments  TINYINT    NOT NULL DEFAULT 0,
    body             MEDIUMTEXT NOT NULL,
    PRIMARY KEY (store_id, seq),
    CONSTRAINT uq_lrs_statement_id UNIQUE (store_id, statement_id),
    INDEX ix_lrs_statement_stored (store_id, stored),
    INDEX ix_lrs_statement_verb (store_id, verb_hash, seq),
    INDEX ix_lrs_statement_registration (store_id, registration, seq),
    INDEX ix_lrs_statement_authority (store_id, authority_hash, seq),
    INDEX ix_lrs_statement_voiding (store_id, voiding_target),
    INDEX ix_lrs_statement_ref (store_id, statement_ref)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- One row per agent anywhere in a statement; direct = 1 when it is the actor or the object (the agent filter),
-- all rows for related_agents=true.
CREATE TABLE lrs_statement_agent (
    store_id   BIGINT  NOT NULL,
    agent_hash BIGINT  NOT NULL,
    seq        BIGINT  NOT NULL,
    direct     TINYINT NOT NULL,
    PRIMARY KEY (store_id, agent_hash, seq)
) ENGINE = InnoDB;

-- One row per activity anywhere in a statement; direct = 1 when it is the object (the activity filter),
-- all rows for related_activities=true.
CREATE TABLE lrs_statement_activity (
    store_id      BIGINT  NOT NULL,
    activity_hash BIGINT  NOT NULL,
    seq           BIGINT  NOT NULL,
    direct        TINYINT NOT NULL,
    PRIMARY KEY (store_id, activity_hash, seq)
) ENGINE = InnoDB;

-- Attachment content, once per store and SHA-2 hash.
CREATE TABLE lrs_attachment (
    store_id     BIGINT       NOT NULL,
    sha2         VARCHAR(128) NOT NULL,
    content_type VARCHAR(255) NOT NULL,
    content      LONGBLOB     NOT NULL,
    PRIMARY KEY (store_id, sha2)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;
