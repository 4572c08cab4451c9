-- The pages' secrets and the admin's login sessions (see org.pathwise.tool.pages.web and .admin).
-- lti_page_key: random keys made at first use, shared by all nodes (the CSRF token key is one of them).
CREATE TABLE lti_page_key (
    name       VARCHAR(32)  NOT NULL PRIMARY KEY,
    secret     VARCHAR(128) NOT NULL,
    created_at BIGINT       NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Admin sessions after a login with the admin secret; only the SHA-256 of the cookie value is kept.
CREATE TABLE lti_admin_session (
    id_hash    CHAR(64) NOT NULL PRIMARY KEY,
    created_at BIGINT   NOT NULL,
    expires_at BIGINT   NOT NULL,
    KEY ix_lti_admin_session_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
