-- The statement's verb on each of its activity rows, so that a query by verb and activity (the main filter of a
-- dashboard: "who completed this module") reads only the activity index until it has its page, instead of fetching
-- every statement of the activity to test its verb (about ten rows read per row returned with ten verbs, random
-- page reads on a large store). NULL on rows written by a node that predates this column: the query keeps those
-- (and still checks the statement's own verb), so a rolling upgrade never hides a statement.
ALTER TABLE lrs_statement_activity ADD COLUMN verb_hash BIGINT NULL;

UPDATE lrs_statement_activity ac
JOIN lrs_statement s ON s.store_id = ac.store_id AND s.seq = ac.seq
SET ac.verb_hash = s.verb_hash;
