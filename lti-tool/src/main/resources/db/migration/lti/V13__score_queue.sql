-- Scores waiting for (or done with) the platform's AGS endpoint (org.pathwise.lti.grades). A row is claimed by moving
-- next_attempt_at forward with a conditional UPDATE, so one node sends it. status: PENDING, SENT, FAILED.
CREATE TABLE lti_score (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    platform_id       BIGINT        NOT NULL,
    line_item_url     VARCHAR(1024) NOT NULL,
    user_sub          VARCHAR(255)  NOT NULL,
    scopes            VARCHAR(1024) NOT NULL,
    score_given       DOUBLE,
    score_maximum     DOUBLE,
    activity_progress VARCHAR(32)   NOT NULL,
    grading_progress  VARCHAR(32)   NOT NULL,
    score_timestamp   BIGINT        NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    attempts          INT           NOT NULL DEFAULT 0,
    next_attempt_at   BIGINT        NOT NULL,
    sent_at           BIGINT,
    last_error        VARCHAR(2000),
    KEY ix_lti_score_due (status, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
