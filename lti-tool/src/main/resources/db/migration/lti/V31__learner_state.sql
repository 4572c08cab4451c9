-- The learner model state of a learner in a course (personalization): for every competency its BKT mastery, Elo
-- ability, counts and recent outcomes, plus the learner-level Elo ability and counts, module progress and latest
-- scores, as JSON. Advanced with each page of the LRS outbox in the transaction that moves lti_learning_cursor, so it
-- reflects each statement once; last_seq and statements say which of the learner's statements it reflects. It is
-- rebuilt by replaying the learner's record when the course's content model (content_fingerprint) or the fitted
-- parameters (params_stamp) changed, a statement of the learner was voided, or one arrived out of time order.
CREATE TABLE lti_learner_state (
    course_key          VARCHAR(200) NOT NULL,
    learner_id          VARCHAR(128) NOT NULL,
    content_fingerprint VARCHAR(64)  NOT NULL,
    params_stamp        BIGINT       NOT NULL,
    last_seq            BIGINT       NOT NULL,
    statements          INT          NOT NULL,
    last_stamp          BIGINT       NOT NULL,
    body                MEDIUMTEXT   NOT NULL,
    updated_at          BIGINT       NOT NULL,
    PRIMARY KEY (course_key, learner_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
