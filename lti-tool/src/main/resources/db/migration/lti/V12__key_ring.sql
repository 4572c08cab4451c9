-- The tool key ring (org.pathwise.lti.keys): one row holding current, next and retired keys as JSON with private
-- JWKs, AES-256-GCM encrypted when pathwise.lti.key-encryption-secret is set ("aesgcm:" prefix), else "plain:".
-- version is an optimistic lock for rotation from several nodes. Replaces lti_tool_key (one key per row).
CREATE TABLE lti_key_ring (
    id         INT       NOT NULL PRIMARY KEY,
    ring       MEDIUMTEXT NOT NULL,
    version    BIGINT    NOT NULL,
    updated_at BIGINT    NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

DROP TABLE lti_tool_key;
