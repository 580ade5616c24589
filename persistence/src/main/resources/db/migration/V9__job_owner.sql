-- Which server runs a job and when that server last vouched for it. With several servers on one
-- database, a starting server fails only its own unfinished jobs, and a job whose server stopped
-- without coming back is failed by the others once its heartbeat is stale. Rows from before this
-- migration have no node: a starting server fails them as before.
ALTER TABLE job ADD COLUMN node VARCHAR(200);
ALTER TABLE job ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_job_node_status ON job (node, status);
