-- Who launched in which course (see org.pathwise.tool.session.CourseMembers): kept after their sessions are purged,
-- so that the instructor's pages can find and name a course's learners. name/email only when a launch shared them;
-- ordinal numbers the course's members in order of first launch ("Learner 3" when no name was shared).
CREATE TABLE lti_course_member (
    registration_id BIGINT       NOT NULL,
    context_id      VARCHAR(255) NOT NULL,
    learner_id      VARCHAR(128) NOT NULL,
    ordinal         INT          NOT NULL,
    name            VARCHAR(500),
    email           VARCHAR(320),
    first_seen      BIGINT       NOT NULL,
    last_seen       BIGINT       NOT NULL,
    PRIMARY KEY (registration_id, context_id, learner_id),
    UNIQUE KEY ux_lti_course_member_ordinal (registration_id, context_id, ordinal)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The members of the sessions still kept (first/last seen approximated by the sessions' ends).
INSERT INTO lti_course_member
    (registration_id, context_id, learner_id, ordinal, name, email, first_seen, last_seen)
SELECT reg, ctx, learner_id, ROW_NUMBER() OVER (PARTITION BY reg, ctx ORDER BY first_end, learner_id),
       name, email, first_end, last_end
FROM (SELECT CAST(JSON_VALUE(body, '$.registrationId') AS SIGNED) AS reg,
             JSON_VALUE(body, '$.contextId') AS ctx,
             learner_id,
             MAX(LEFT(JSON_VALUE(body, '$.name'), 500)) AS name,
             MAX(LEFT(JSON_VALUE(body, '$.email'), 320)) AS email,
             MIN(expires_at) AS first_end,
             MAX(expires_at) AS last_end
      FROM lti_session
      WHERE JSON_VALUE(body, '$.contextId') IS NOT NULL
        AND CHAR_LENGTH(JSON_VALUE(body, '$.contextId')) <= 255
      GROUP BY reg, ctx, learner_id) AS kept;
