-- The built-in demo platform's gradebook (org.pathwise.lti.demo): scores the tool posted to its AGS endpoint.
CREATE TABLE demo_platform_score (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    line_item    VARCHAR(255) NOT NULL,
    user_id      VARCHAR(255) NOT NULL,
    score_given  DOUBLE,
    score_max    DOUBLE,
    activity     VARCHAR(32),
    grading      VARCHAR(32),
    body         TEXT         NOT NULL,
    received_at  BIGINT       NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
