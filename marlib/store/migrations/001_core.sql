-- Core tables. Times are UTC (TIMESTAMP without zone). Meanings are fixed; add columns in later migrations.

-- One row per input file: how far it has been read (incremental, idempotent ingest).
CREATE TABLE ingest_files (
    file_key        VARCHAR PRIMARY KEY,  -- identity of the file's content start (see ingest), not its name
    path            VARCHAR NOT NULL,     -- last path seen (rotation renames .current -> .s)
    kind            VARCHAR NOT NULL,     -- esa | records
    bytes_done      BIGINT NOT NULL DEFAULT 0,  -- bytes consumed (uncompressed for .gz)
    lines_done      BIGINT NOT NULL DEFAULT 0,
    tz_offset_s     INTEGER,              -- from 'Time offset from UTC', file logs only
    year_hint       INTEGER,              -- syslog: year of the last line read
    last_time       TIMESTAMP,
    updated_at      TIMESTAMP
);

CREATE TABLE ingest_runs (
    run_id          VARCHAR PRIMARY KEY,
    started_at      TIMESTAMP,
    finished_at     TIMESTAMP,
    summary         JSON
);

-- A line that looked like a message or verdict line but could not be parsed. Never silently dropped.
CREATE TABLE ingest_rejects (
    file_key        VARCHAR,
    path            VARCHAR,
    line_no         BIGINT,               -- 1-based line number in the file
    raw             VARCHAR,
    reason          VARCHAR,
    run_id          VARCHAR,
    ingested_at     TIMESTAMP
);

-- One row per MID (per appliance). Child MIDs point at their parent.
CREATE TABLE messages (
    mid             BIGINT PRIMARY KEY,
    parent_mid      BIGINT,               -- for child MIDs
    child_kind      VARCHAR,              -- generated | rewritten | split | bounce
    icid            BIGINT,
    message_id      VARCHAR,              -- Message-ID header incl. <>; split children inherit the parent's
    sender          VARCHAR,
    subject         VARCHAR,
    received_at     TIMESTAMP,            -- Start MID time
    size_bytes      BIGINT,
    policy          VARCHAR,              -- per-recipient (incoming/outgoing) mail policy
    direction       VARCHAR,              -- inbound | outbound
    amp_verdict     VARCHAR,              -- 'AMP file reputation verdict :' value
    finished_at     TIMESTAMP,            -- Message finished MID n done
    source          VARCHAR               -- esa | records
);

-- One row per (MID, RID).
CREATE TABLE recipients (
    mid             BIGINT NOT NULL,
    rid             INTEGER NOT NULL,
    address         VARCHAR NOT NULL,     -- lower-cased
    status          VARCHAR NOT NULL DEFAULT 'pending',  -- pending | delivered | quarantined | bounced
    delivered_at    TIMESTAMP,
    dcid            BIGINT,
    response        VARCHAR,
    PRIMARY KEY (mid, rid)
);

-- Attachments of a MID; sha256 comes from the file-reputation lines.
CREATE TABLE attachments (
    mid             BIGINT NOT NULL,
    filename        VARCHAR NOT NULL,     -- MIME-decoded
    sha256          VARCHAR,              -- lower-case hex, NULL until a reputation line names it
    size_bytes      BIGINT,
    file_type       VARCHAR,
    PRIMARY KEY (mid, filename)
);

-- Every verdict seen for a file: initial (reputation response), retrospective, analysis.
CREATE TABLE verdict_events (
    event_key       VARCHAR PRIMARY KEY,  -- md5 over sha256|kind|verdict|event_time|mid: the same line from two logs counts once
    sha256          VARCHAR NOT NULL,
    verdict         VARCHAR NOT NULL,     -- models.Verdict
    kind            VARCHAR NOT NULL,     -- initial | retrospective | analysis
    event_time      TIMESTAMP,
    mid             BIGINT,               -- NULL for retrospective lines
    filename        VARCHAR,
    score           DOUBLE,
    threat_name     VARCHAR,
    source_path     VARCHAR,
    line_no         BIGINT
);

-- Key/value settings (mailbox settings without secrets, tenant mode, ...).
CREATE TABLE settings (
    key             VARCHAR PRIMARY KEY,
    value           VARCHAR,
    updated_at      TIMESTAMP
);

CREATE INDEX attachments_sha ON attachments(sha256);
CREATE INDEX verdict_events_sha ON verdict_events(sha256);
CREATE INDEX messages_parent ON messages(parent_mid);
