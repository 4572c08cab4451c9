-- The player (org.pathwise.player.*): imported packages, their launchable units, attempts and launches.
-- Instants are epoch milliseconds. Ids are UUID strings.

-- One imported content package; its files are under <pathwise.content-dir>/<id>/.
CREATE TABLE player_package (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    standard    VARCHAR(32)   NOT NULL,
    identifier  VARCHAR(512)  NOT NULL,
    title       VARCHAR(1000) NOT NULL,
    imported_by VARCHAR(128)  NOT NULL,
    imported_at BIGINT        NOT NULL,
    size_bytes  BIGINT        NOT NULL,
    warnings    TEXT          NOT NULL,
    navigation  TEXT          NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A launchable unit of a package (SCORM item with a resource, or cmi5 AU), in table-of-contents order.
CREATE TABLE player_unit (
    id         VARCHAR(36)   NOT NULL PRIMARY KEY,
    package_id VARCHAR(36)   NOT NULL,
    position   INT           NOT NULL,
    item_id    VARCHAR(1000) NOT NULL,
    title      VARCHAR(1000) NOT NULL,
    launch_url VARCHAR(4000) NOT NULL,
    tracked    BOOLEAN       NOT NULL,
    settings   TEXT          NOT NULL,
    KEY ix_player_unit_package (package_id, position),
    CONSTRAINT fk_player_unit_package FOREIGN KEY (package_id) REFERENCES player_package (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An attempt of a learner on a unit within a registration (standard-neutral: SCORM uses the attempt id as the xAPI
-- registration; cmi5 shares one registration across the AUs of a course).
CREATE TABLE player_attempt (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    learner_id   VARCHAR(128) NOT NULL,
    learner_name VARCHAR(500),
    unit_id      VARCHAR(36)  NOT NULL,
    registration VARCHAR(36)  NOT NULL,
    number       INT          NOT NULL,
    started_at   BIGINT       NOT NULL,
    updated_at   BIGINT       NOT NULL,
    ended_at     BIGINT,
    last_exit    VARCHAR(32)  NOT NULL DEFAULT '',
    finished     BOOLEAN      NOT NULL DEFAULT FALSE,
    completion   VARCHAR(16)  NOT NULL DEFAULT 'NOT_ATTEMPTED',
    success      VARCHAR(16)  NOT NULL DEFAULT 'UNKNOWN',
    score_scaled DECIMAL(10, 7),
    score_raw    DECIMAL(20, 7),
    cmi          MEDIUMTEXT   NOT NULL,
    KEY ix_player_attempt_learner_unit (learner_id, unit_id, number),
    KEY ix_player_attempt_registration (registration),
    CONSTRAINT fk_player_attempt_unit FOREIGN KEY (unit_id) REFERENCES player_unit (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One page load of an attempt: its commit token (authenticates beacon commits, which carry no headers), the
-- sequence of its last accepted commit, and its session time.
CREATE TABLE player_launch (
    id             VARCHAR(36) NOT NULL PRIMARY KEY,
    attempt_id     VARCHAR(36) NOT NULL,
    token_hash     VARCHAR(64) NOT NULL,
    entry          VARCHAR(16) NOT NULL,
    started_at     BIGINT      NOT NULL,
    expires_at     BIGINT      NOT NULL,
    initialized    BOOLEAN     NOT NULL DEFAULT FALSE,
    finished       BOOLEAN     NOT NULL DEFAULT FALSE,
    last_sequence  INT         NOT NULL DEFAULT -1,
    session_millis BIGINT      NOT NULL DEFAULT 0,
    KEY ix_player_launch_attempt (attempt_id),
    CONSTRAINT fk_player_launch_attempt FOREIGN KEY (attempt_id) REFERENCES player_attempt (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- xAPI statements for the LRS (org.pathwise.tool.lrs), written in the same transaction as the event that caused them.
-- A sender delivers them (delivered_at set), backing off while the LRS is down; delivered rows are purged later.
CREATE TABLE tool_xapi_outbox (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    statement_id VARCHAR(36)  NOT NULL,
    registration VARCHAR(36),
    body         MEDIUMTEXT   NOT NULL,
    created_at   BIGINT       NOT NULL,
    tries        INT          NOT NULL DEFAULT 0,
    next_try_at  BIGINT       NOT NULL,
    delivered_at BIGINT,
    last_error   VARCHAR(1000),
    KEY ix_tool_xapi_outbox_due (delivered_at, next_try_at, id),
    KEY ix_tool_xapi_outbox_registration (registration)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
