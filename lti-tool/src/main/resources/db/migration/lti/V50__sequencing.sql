-- SCORM 2004 sequencing: one learner's activity-tree tracking state per package (see org.pathwise.player.sequencing).
CREATE TABLE lti_sequencing_state (
    learner_id VARCHAR(128) NOT NULL,
    package_id VARCHAR(36)  NOT NULL,
    state      LONGTEXT     NOT NULL,
    updated_at BIGINT       NOT NULL,
    PRIMARY KEY (learner_id, package_id),
    CONSTRAINT fk_lti_sequencing_package FOREIGN KEY (package_id) REFERENCES player_package (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
