-- A verdict change is handled per tenant, not only per journal mode: with the key (event_key, mode) of
-- migration 032 a run on one tenant took the row of a run on another (INSERT OR REPLACE), so going back and
-- forth between two tenants (the emulator, then Microsoft, then the emulator again) made a change pending again
-- where it had been handled. Key (event_key, mode, tenant); ``tenant`` is the remediation_runs.tenant of the
-- run that claimed the change ("<tenant GUID>@<Graph host>", migration 140), '' when that run recorded none
-- (simulated and dry runs, live runs from before migration 140 on Microsoft): such a row counts for the tenants
-- its run counts for (marlib.remediation.impact.handled_changes_sql).
CREATE TABLE remediation_changes_by_tenant (
    event_key       VARCHAR NOT NULL,
    mode            VARCHAR NOT NULL DEFAULT 'live',   -- live | simulated | dry-run
    tenant          VARCHAR NOT NULL DEFAULT '',       -- the claiming run's tenant; '' none recorded
    sha256          VARCHAR NOT NULL,
    run_id          VARCHAR,
    handled_at      TIMESTAMP,
    PRIMARY KEY (event_key, mode, tenant)
);
-- rows from before: the tenant of the run that handled them, where it is known
INSERT INTO remediation_changes_by_tenant (event_key, mode, tenant, sha256, run_id, handled_at)
    SELECT c.event_key, c.mode, coalesce(r.tenant, ''), c.sha256, c.run_id, c.handled_at
    FROM remediation_changes c LEFT JOIN remediation_runs r ON r.run_id = c.run_id;
DROP TABLE remediation_changes;
ALTER TABLE remediation_changes_by_tenant RENAME TO remediation_changes;
