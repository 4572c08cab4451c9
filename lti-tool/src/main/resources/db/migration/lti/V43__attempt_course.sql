-- The course (LTI context id) of the player's attempts and launches, so that time on task is per course.
-- The attempt keeps the course it was started in; each launch (page load, with its session time) the course it was
-- played in (an attempt can be continued from another course placing the same module). Rows from before this
-- migration stay NULL: their time is shown as "course not recorded".
ALTER TABLE player_attempt ADD COLUMN context_id VARCHAR(255) NULL;
ALTER TABLE player_launch ADD COLUMN context_id VARCHAR(255) NULL;
CREATE INDEX ix_player_launch_context ON player_launch (context_id, attempt_id);
