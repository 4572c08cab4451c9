-- Failed admin logins per client address ("ip:<address>") and for the admin account as a whole ("account:admin"),
-- shared by all nodes (see org.pathwise.tool.pages.admin.LoginThrottle). A successful login deletes both rows.
CREATE TABLE lti_admin_login_throttle (
    subject      VARCHAR(80) NOT NULL PRIMARY KEY,
    failures     INT         NOT NULL,
    last_failure BIGINT      NOT NULL,
    locked_until BIGINT      NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
