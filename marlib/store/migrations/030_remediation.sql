-- Remediation: policies, runs, the action journal, alerts, handled verdict changes (issue 4).

-- Incoming mail policies: known from the logs (messages.policy of inbound mail) or added by hand.
CREATE TABLE policies (
    name            VARCHAR PRIMARY KEY,
    mar_enabled     BOOLEAN NOT NULL DEFAULT false,   -- Mailbox Auto Remediation on/off
    action          VARCHAR NOT NULL DEFAULT 'delete', -- models.POLICY_ACTIONS
    forward_to      VARCHAR,                          -- required when the action forwards
    source          VARCHAR NOT NULL DEFAULT 'manual', -- manual | logs
    updated_at      TIMESTAMP
);

-- One row per remediation run (live, dry-run or simulated).
CREATE TABLE remediation_runs (
    run_id          VARCHAR PRIMARY KEY,
    mode            VARCHAR NOT NULL,                 -- live | dry-run | simulated
    tenant_kind     VARCHAR,                          -- models.TenantKind of the backend
    trigger         VARCHAR,                          -- sha256 | pending | restore | watch
    sha256s         VARCHAR,                          -- comma-separated hashes handled by the run
    started_at      TIMESTAMP,
    finished_at     TIMESTAMP,
    status          VARCHAR NOT NULL DEFAULT 'running', -- running | finished
    counts          JSON
);

-- The journal: one row per planned action on one (Message-ID, mailbox); its state is updated
-- before and after every network step so a killed run resumes without duplicates.
CREATE TABLE remediation_actions (
    action_id       VARCHAR PRIMARY KEY,
    run_id          VARCHAR NOT NULL,
    mode            VARCHAR NOT NULL,                 -- live | dry-run | simulated
    change_key      VARCHAR,                          -- verdict_events.event_key that triggered it
    sha256          VARCHAR,
    sha256s         VARCHAR,                          -- every malicious hash leading to this copy
    filename        VARCHAR,
    verdict         VARCHAR,
    threat_name     VARCHAR,
    mid             BIGINT,
    message_id      VARCHAR,                          -- Message-ID header (internetMessageId)
    recipient       VARCHAR,                          -- address from the logs (may be a group)
    mailbox         VARCHAR,                          -- mailbox acted on (a member when expanded)
    policy          VARCHAR,
    action          VARCHAR NOT NULL,                 -- models.Action
    forward_to      VARCHAR,
    status          VARCHAR NOT NULL,                 -- planned | succeeded | failed | skipped
    reason          VARCHAR,                          -- models.Reason
    detail          VARCHAR,
    step            VARCHAR,                          -- last journaled step (see remediation.engine)
    draft_id        VARCHAR,                          -- createForward draft, journaled before send
    copies          JSON,                             -- located copies [{id, folder}]
    moved           JSON,                             -- moved copies [{id, from}] (restore needs them)
    restores_action VARCHAR,                          -- for restore actions: the move action undone
    created_at      TIMESTAMP,
    updated_at      TIMESTAMP
);
CREATE INDEX remediation_actions_copy ON remediation_actions(message_id, mailbox);

-- Step history of the journal (append-only audit trail).
CREATE TABLE remediation_steps (
    action_id       VARCHAR NOT NULL,
    step            VARCHAR NOT NULL,
    status          VARCHAR,
    reason          VARCHAR,
    detail          VARCHAR,
    step_at         TIMESTAMP
);

-- Retrospective verdict changes already handled (so --pending does not handle them twice).
CREATE TABLE remediation_changes (
    event_key       VARCHAR PRIMARY KEY,
    sha256          VARCHAR NOT NULL,
    run_id          VARCHAR,
    handled_at      TIMESTAMP
);

-- Alerts (connectivity, ...): raised once per outage, cleared on recovery.
CREATE TABLE alerts (
    alert_id        VARCHAR PRIMARY KEY,
    kind            VARCHAR NOT NULL,                 -- connectivity
    level           VARCHAR NOT NULL,                 -- info | warning | critical
    message         VARCHAR NOT NULL,
    detail          VARCHAR,
    raised_at       TIMESTAMP NOT NULL,
    cleared_at      TIMESTAMP
);
