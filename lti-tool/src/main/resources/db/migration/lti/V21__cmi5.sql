-- The cmi5 LMS side (org.pathwise.player.cmi5). Instants are epoch milliseconds. Ids are UUID strings.

-- A learner's enrollment in a cmi5 course (package): its id is the xAPI registration of every AU launch.
CREATE TABLE cmi5_registration (
    id         VARCHAR(36)  NOT NULL PRIMARY KEY,
    package_id VARCHAR(36)  NOT NULL,
    learner_id VARCHAR(128) NOT NULL,
    created_at BIGINT       NOT NULL,
    CONSTRAINT uq_cmi5_registration UNIQUE (learner_id, package_id),
    CONSTRAINT fk_cmi5_registration_package FOREIGN KEY (package_id) REFERENCES player_package (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One AU launch session. The fetch token is kept only as its SHA-256 hash and works once (fetched_at); the LRS
-- credential it yields is never stored here. outcome: OPEN, TERMINATED (the AU said so) or ABANDONED (by the LMS).
CREATE TABLE cmi5_session (
    id           VARCHAR(36) NOT NULL PRIMARY KEY,
    registration VARCHAR(36) NOT NULL,
    unit_id      VARCHAR(36) NOT NULL,
    launch_mode  VARCHAR(10) NOT NULL,
    fetch_hash   CHAR(64)    NOT NULL,
    launched_at  BIGINT      NOT NULL,
    fetched_at   BIGINT,
    ended_at     BIGINT,
    outcome      VARCHAR(16) NOT NULL DEFAULT 'OPEN',
    KEY ix_cmi5_session_registration (registration, outcome),
    KEY ix_cmi5_session_open (outcome, launched_at),
    CONSTRAINT fk_cmi5_session_registration FOREIGN KEY (registration) REFERENCES cmi5_registration (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What the LMS knows per registration about each AU (completed, passed, failed, waived) and which blocks and
-- course it has declared satisfied; node_key is the SHA-256 of the publisher id.
CREATE TABLE cmi5_node_state (
    registration VARCHAR(36)   NOT NULL,
    node_key     CHAR(64)      NOT NULL,
    publisher_id VARCHAR(2000) NOT NULL,
    completed    BOOLEAN       NOT NULL DEFAULT FALSE,
    passed       BOOLEAN       NOT NULL DEFAULT FALSE,
    failed       BOOLEAN       NOT NULL DEFAULT FALSE,
    waived       BOOLEAN       NOT NULL DEFAULT FALSE,
    satisfied    BOOLEAN       NOT NULL DEFAULT FALSE,
    updated_at   BIGINT        NOT NULL,
    PRIMARY KEY (registration, node_key),
    CONSTRAINT fk_cmi5_node_state_registration FOREIGN KEY (registration) REFERENCES cmi5_registration (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
