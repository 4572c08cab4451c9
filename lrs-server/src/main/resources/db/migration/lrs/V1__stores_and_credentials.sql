-- Stores (tenants) and their credentials. Instants are epoch milliseconds (BIGINT): see docs/adr/0002.
CREATE TABLE lrs_store (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name       VARCHAR(100) NOT NULL,
    created_at BIGINT       NOT NULL,
    CONSTRAINT uq_lrs_store_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE lrs_credential (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    store_id    BIGINT       NOT NULL,
    api_key     VARCHAR(100) NOT NULL,
    secret_hash CHAR(64)     NOT NULL,
    scopes      VARCHAR(300) NOT NULL,
    label       VARCHAR(200),
    created_at  BIGINT       NOT NULL,
    revoked_at  BIGINT,
    CONSTRAINT uq_lrs_credential_key UNIQUE (api_key),
    CONSTRAINT fk_lrs_credential_store FOREIGN KEY (store_id) REFERENCES lrs_store (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
