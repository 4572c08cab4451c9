-- Personalization (org.pathwise.pathways.*): each course's content model and pathways, the learner record consumed
-- from the LRS outbox, per-learner mastery, fitted model parameters, and the background runner's lease.
-- Instants are epoch milliseconds. A course is "<registration id>:<LTI context id>" (course_key).

-- The content model of a course as one JSON document (framework, module tags, prerequisites), validated as a whole
-- on every change; version guards concurrent edits.
CREATE TABLE lti_course_content (
    course_key VARCHAR(200) NOT NULL PRIMARY KEY,
    body       MEDIUMTEXT   NOT NULL,
    version    INT          NOT NULL,
    updated_at BIGINT       NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A pathway of a course: its steps (unit ids), role, instructor overrides and gradebook choice.
CREATE TABLE lti_pathway (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    course_key      VARCHAR(200)  NOT NULL,
    registration_id BIGINT        NOT NULL,
    context_id      VARCHAR(255)  NOT NULL,
    title           VARCHAR(1000) NOT NULL,
    role            VARCHAR(200)  NOT NULL,
    steps           TEXT          NOT NULL,
    overrides       TEXT          NOT NULL,
    grade_mode      VARCHAR(16)   NOT NULL,
    due_at          BIGINT,
    created_at      BIGINT        NOT NULL,
    updated_at      BIGINT        NOT NULL,
    KEY ix_lti_pathway_course (course_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A learner who opened a pathway: where their grade goes (AGS) and what was last sent and decided.
CREATE TABLE lti_pathway_learner (
    pathway_id    VARCHAR(36)   NOT NULL,
    learner_id    VARCHAR(128)  NOT NULL,
    name          VARCHAR(500),
    platform_id   BIGINT        NOT NULL,
    user_sub      VARCHAR(255),
    line_item_url VARCHAR(2000),
    last_grade    DOUBLE,
    last_decision VARCHAR(1000),
    decisions     INT           NOT NULL DEFAULT 0,
    first_seen    BIGINT        NOT NULL,
    last_seen     BIGINT        NOT NULL,
    PRIMARY KEY (pathway_id, learner_id),
    KEY ix_lti_pathway_learner_learner (learner_id),
    CONSTRAINT fk_lti_pathway_learner FOREIGN KEY (pathway_id) REFERENCES lti_pathway (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The statements about the tool's learners, as read from the LRS outbox (one row per statement id: reading a
-- statement twice changes nothing). A voided statement's row is deleted.
CREATE TABLE lti_learner_statement (
    statement_id VARCHAR(36)  NOT NULL PRIMARY KEY,
    seq          BIGINT       NOT NULL,
    learner_id   VARCHAR(128) NOT NULL,
    stamp        BIGINT       NOT NULL,
    body         MEDIUMTEXT   NOT NULL,
    KEY ix_lti_learner_statement_learner (learner_id, stamp)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Probability of mastery per course, learner and competency, recomputed after each batch of the learner's statements.
CREATE TABLE lti_learner_mastery (
    course_key    VARCHAR(200) NOT NULL,
    learner_id    VARCHAR(128) NOT NULL,
    competency_id VARCHAR(255) NOT NULL,
    mastery       DOUBLE       NOT NULL,
    evidence      INT          NOT NULL,
    updated_at    BIGINT       NOT NULL,
    PRIMARY KEY (course_key, learner_id, competency_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How far the outbox of each LRS store has been read (moved in the same transaction as the statements it covers).
CREATE TABLE lti_learning_cursor (
    store_id   BIGINT NOT NULL PRIMARY KEY,
    last_seq   BIGINT NOT NULL,
    statements BIGINT NOT NULL DEFAULT 0,
    updated_at BIGINT NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which node runs the background work (consumer, refit); a lease expires unless renewed.
CREATE TABLE lti_learning_lease (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    holder     VARCHAR(128) NOT NULL,
    expires_at BIGINT       NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Learner model parameters fitted from the record (EM per competency, Elo, predictor weights), as JSON.
CREATE TABLE lti_model_parameters (
    name         VARCHAR(64) NOT NULL PRIMARY KEY,
    body         MEDIUMTEXT  NOT NULL,
    observations INT         NOT NULL,
    statements   BIGINT      NOT NULL,
    fitted_at    BIGINT      NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
