-- Which process runs a remediation run (host:pid:start), so that only runs whose process is gone
-- are resumed: a run still executing in another process (the app, `marlib watch`) is left alone.
ALTER TABLE remediation_runs ADD COLUMN owner VARCHAR;
