-- A verdict change is handled per journal mode: a run on the simulated tenant (or a dry run) must
-- not make the change "handled" for the real tenant. Key (event_key, mode).
CREATE TABLE remediation_changes_by_mode (
    event_key       VARCHAR NOT NULL,
    mode            VARCHAR NOT NULL DEFAULT 'live',   -- live | simulated | dry-run
    sha256          VARCHAR NOT NULL,
    run_id          VARCHAR,
    handled_at      TIMESTAMP,
    PRIMARY KEY (event_key, mode)
);
INSERT INTO remediation_changes_by_mode (event_key, mode, sha256, run_id, handled_at)
    SELECT c.event_key, coalesce(r.mode, 'live'), c.sha256, c.run_id, c.handled_at
    FROM remediation_changes c LEFT JOIN remediation_runs r ON r.run_id = c.run_id;
DROP TABLE remediation_changes;
ALTER TABLE remediation_changes_by_mode RENAME TO remediation_changes;
