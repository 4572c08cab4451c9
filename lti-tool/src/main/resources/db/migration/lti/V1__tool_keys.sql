-- The tool's signing keys (RSA, JWK JSON). Generated at first start, never shipped in the WAR. A retired key stays
-- published in the JWKS until retired_at + the longest token lifetime. Instants are epoch milliseconds.
CREATE TABLE lti_tool_key (
    kid        VARCHAR(64) NOT NULL PRIMARY KEY,
    jwk        TEXT        NOT NULL,
    created_at BIGINT      NOT NULL,
    retired_at BIGINT
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
