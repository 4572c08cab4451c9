-- SCORM 2004 4th Edition shared data (adlcp:data/adlcp:map → adl.data.n.store): one store per learner, package and
-- targetID, shared by the package's SCOs that map it (see org.pathwise.player.runtime.SharedDataStore).
CREATE TABLE lti_shared_data (
    learner_id VARCHAR(128) NOT NULL,
    package_id VARCHAR(36)  NOT NULL,
    target_id  VARCHAR(255) NOT NULL,
    store      MEDIUMTEXT   NOT NULL,
    updated_at BIGINT       NOT NULL,
    PRIMARY KEY (learner_id, package_id, target_id),
    CONSTRAINT fk_lti_shared_data_package FOREIGN KEY (package_id) REFERENCES player_package (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
