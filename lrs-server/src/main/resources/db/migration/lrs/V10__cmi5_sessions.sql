-- cmi5 AU launch sessions (org.pathwise.lrs.cmi5): the session credential made for one launch, what the LMS fixed
-- for it (registration, AU activity id, publisher id, actor, masteryScore, launchMode) and what the AU has stored so
-- far, so that the AU statement rules of cmi5 §9 can be enforced. Instants are epoch milliseconds.
CREATE TABLE lrs_cmi5_session (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    store_id          BIGINT        NOT NULL,
    session_id        VARCHAR(100)  NOT NULL,
    credential_key    VARCHAR(100)  NOT NULL,
    registration      VARCHAR(36)   CHARACTER SET ascii NOT NULL,
    activity_id       VARCHAR(2000) NOT NULL,
    activity_hash     CHAR(64)      CHARACTER SET ascii NOT NULL,
    publisher_id      VARCHAR(2000) NOT NULL,
    actor             TEXT          NOT NULL,
    actor_key         VARCHAR(1000) NOT NULL,
    mastery_score     DECIMAL(5, 4),
    launch_mode       VARCHAR(10)   NOT NULL,
    created_at        BIGINT        NOT NULL,
    expires_at        BIGINT        NOT NULL,
    closed_at         BIGINT,
    last_statement_at BIGINT,
    verbs             VARCHAR(200)  NOT NULL DEFAULT '',
    score_scaled      DECIMAL(10, 7),
    CONSTRAINT uq_lrs_cmi5_session UNIQUE (store_id, session_id),
    CONSTRAINT uq_lrs_cmi5_session_key UNIQUE (credential_key),
    INDEX ix_lrs_cmi5_session_au (store_id, registration, activity_hash),
    CONSTRAINT fk_lrs_cmi5_session_store FOREIGN KEY (store_id) REFERENCES lrs_store (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
