-- Writers of one store no longer hold lrs_statement_clock for their whole transaction. A writer takes its seq and
-- stored range in a short transaction of its own (clock row updated, one row here, committed), stores its rows in a
-- second transaction that deletes this row, and commits whenever it is done: commits of one store overlap.
-- Readers (queries and more pages, the outbox feed and webhooks) stop at the store's watermark: just below the
-- oldest range still here, or lrs_statement_clock.last_seq when there is none. Below the watermark every seq is
-- either committed or will never be (a failed write deletes its row without storing anything), so no reader passes
-- a seq that fills in later. A range whose writer vanished (node crash) is deleted once expires_at (epoch millis)
-- has passed; its writer, if still alive, then finds its row gone and rolls back.
CREATE TABLE lrs_statement_pending (
    store_id     BIGINT NOT NULL,
    first_seq    BIGINT NOT NULL,
    last_seq     BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL,
    PRIMARY KEY (store_id, first_seq)
) ENGINE = InnoDB;
