-- What-if simulations (issue 5). Outcomes live in remediation_runs / remediation_actions with
-- mode = 'simulated'; this table adds what only a simulation has: the scenario and the estimate.
CREATE TABLE whatif_runs (
    run_id              VARCHAR PRIMARY KEY,  -- remediation_runs.run_id
    kind                VARCHAR NOT NULL,     -- simulate | compare | replay
    scenario_name       VARCHAR,
    scenario            JSON,                 -- the scenario in its file format
    seed                INTEGER,
    requests            BIGINT,               -- Graph requests the live run would make
    estimated_seconds   DOUBLE,               -- live duration under Graph's limits
    budget              JSON,                 -- requests by endpoint, busiest mailbox, phases
    created_at          TIMESTAMP
);
