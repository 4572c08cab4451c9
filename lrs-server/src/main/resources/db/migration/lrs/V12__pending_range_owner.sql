-- The database connection that took a pending range (CONNECTION_ID() of its writer, which stores its rows over the
-- same connection). A range older than a second whose connection is no longer in the server's process list can
-- never be claimed: its writer's node died or lost the database. Readers delete such a range at once instead of
-- waiting for expires_at (120 s), so a crashed node holds readers back for about a second, not two minutes.
-- NULL for ranges taken before this column existed: those still wait for their lease.
ALTER TABLE lrs_statement_pending ADD COLUMN owner_connection BIGINT NULL;
