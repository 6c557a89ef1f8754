-- Who launched each remediation run from the app (st.user's email when sign-in is configured; issue 6).
CREATE TABLE app_launches (
    launch_id       VARCHAR PRIMARY KEY,
    run_id          VARCHAR,              -- remediation_runs.run_id, filled in when the engine has named the run
    label           VARCHAR,              -- what the app showed, e.g. "remediate 1f2e..."
    tenant_kind     VARCHAR,              -- simulated | emulator | microsoft
    launched_by     VARCHAR,              -- signed-in user's email; NULL without sign-in
    launched_at     TIMESTAMP,
    finished_at     TIMESTAMP,
    outcome         VARCHAR               -- done | failed: message
);
