-- Platform registrations (org.pathwise.lti.platforms): many per issuer (one per client id), each with its deployment
-- ids. last_* columns feed the admin page. Instants are epoch milliseconds.
CREATE TABLE lti_platform (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    issuer                 VARCHAR(255)  NOT NULL,
    client_id              VARCHAR(255)  NOT NULL,
    name                   VARCHAR(255)  NOT NULL,
    auth_url               VARCHAR(1024) NOT NULL,
    token_url              VARCHAR(1024) NOT NULL,
    jwks_url               VARCHAR(1024) NOT NULL,
    token_audience         VARCHAR(1024),
    accept_new_deployments BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at             BIGINT        NOT NULL,
    last_launch_at         BIGINT,
    last_error             VARCHAR(2000),
    last_error_at          BIGINT,
    UNIQUE KEY ux_lti_platform_issuer_client (issuer, client_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE lti_deployment (
    platform_id   BIGINT       NOT NULL,
    deployment_id VARCHAR(255) NOT NULL,
    created_at    BIGINT       NOT NULL,
    PRIMARY KEY (platform_id, deployment_id),
    CONSTRAINT fk_lti_deployment_platform FOREIGN KEY (platform_id) REFERENCES lti_platform (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
