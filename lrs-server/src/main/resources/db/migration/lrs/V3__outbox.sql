-- The durable outbox: one row per accepted statement, written in the statement's transaction, in the store's
-- seq order. Subscribers (the admin feed, webhooks) read it after a seq they have already seen.
CREATE TABLE lrs_outbox (
    store_id     BIGINT     NOT NULL,
    seq          BIGINT     NOT NULL,
    statement_id BINARY(16) NOT NULL,
    created_at   BIGINT     NOT NULL,
    PRIMARY KEY (store_id, seq)
) ENGINE = InnoDB;

-- A store's webhook and how its delivery goes. Instants are epoch milliseconds.
CREATE TABLE lrs_webhook (
    store_id          BIGINT        NOT NULL PRIMARY KEY,
    url               VARCHAR(2000) NOT NULL,
    secret            VARCHAR(200)  NOT NULL,
    enabled           TINYINT       NOT NULL DEFAULT 1,
    delivered_seq     BIGINT        NOT NULL DEFAULT 0,
    attempts          INT           NOT NULL DEFAULT 0,
    next_attempt_at   BIGINT        NOT NULL DEFAULT 0,
    lease_until       BIGINT        NOT NULL DEFAULT 0,
    last_success_at   BIGINT,
    last_error        VARCHAR(1000),
    last_error_at     BIGINT,
    updated_at        BIGINT        NOT NULL,
    CONSTRAINT fk_lrs_webhook_store FOREIGN KEY (store_id) REFERENCES lrs_store (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
