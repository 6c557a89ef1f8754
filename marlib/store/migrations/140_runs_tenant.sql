-- The tenant a live run acted on: "<tenant id>@<Graph host>" (marlib.settings.MailboxSettings.tenant_key).
-- What a run on one tenant did (copies done, verdict changes handled, runs to resume) does not count for
-- another: a database used first against the emulator, then against Microsoft, still remediates there.
-- NULL (runs from before, simulated and dry runs): counts for every tenant, as before.
ALTER TABLE remediation_runs ADD COLUMN tenant VARCHAR;
