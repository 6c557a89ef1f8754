-- The tenant a live run acted on: "<tenant GUID>@<Graph host>" (marlib.settings.MailboxSettings.tenant_key).
-- What a run on one tenant did (copies done, verdict changes handled, runs to resume) does not count for
-- another: a database used first against the emulator, then against Microsoft, still remediates there.
-- NULL (simulated and dry runs; live runs from before on Microsoft until the next live run there takes them
-- as its tenant's, marlib.remediation.run._learn_tenant): counts for every tenant.
ALTER TABLE remediation_runs ADD COLUMN tenant VARCHAR;
-- Live runs from before on the emulator: each start of the emulator is a fresh tenant, and none of them is
-- Microsoft's; one name that matches no tenant keeps them out of every later tenant's "done".
UPDATE remediation_runs SET tenant = 'emulator (before tenants were recorded)'
    WHERE mode = 'live' AND tenant_kind = 'emulator';
