-- The four tables ingest fills, without PRIMARY KEY or secondary indexes. DuckDB builds and writes an ART
-- index per key at every commit, which cost more than a third of a large ingest; its hash joins and
-- min/max zone maps serve our queries without them. Uniqueness of messages(mid), recipients(mid, rid),
-- attachments(mid, filename) and verdict_events(event_key) is kept by the ingest merge (new keys are
-- inserted, stored keys updated; see marlib/ingest/esa_merge.py and records.py) and tested.
CREATE TABLE messages_080 (
    mid             BIGINT NOT NULL,
    parent_mid      BIGINT,
    child_kind      VARCHAR,
    icid            BIGINT,
    message_id      VARCHAR,
    sender          VARCHAR,
    subject         VARCHAR,
    received_at     TIMESTAMP,
    size_bytes      BIGINT,
    policy          VARCHAR,
    direction       VARCHAR,
    amp_verdict     VARCHAR,
    finished_at     TIMESTAMP,
    source          VARCHAR
);
INSERT INTO messages_080 SELECT mid, parent_mid, child_kind, icid, message_id, sender, subject, received_at,
    size_bytes, policy, direction, amp_verdict, finished_at, source FROM messages;
DROP TABLE messages;
ALTER TABLE messages_080 RENAME TO messages;

CREATE TABLE recipients_080 (
    mid             BIGINT NOT NULL,
    rid             INTEGER NOT NULL,
    address         VARCHAR NOT NULL,
    status          VARCHAR NOT NULL DEFAULT 'pending',
    delivered_at    TIMESTAMP,
    dcid            BIGINT,
    response        VARCHAR
);
INSERT INTO recipients_080 SELECT mid, rid, address, status, delivered_at, dcid, response FROM recipients;
DROP TABLE recipients;
ALTER TABLE recipients_080 RENAME TO recipients;

CREATE TABLE attachments_080 (
    mid             BIGINT NOT NULL,
    filename        VARCHAR NOT NULL,
    sha256          VARCHAR,
    size_bytes      BIGINT,
    file_type       VARCHAR
);
INSERT INTO attachments_080 SELECT mid, filename, sha256, size_bytes, file_type FROM attachments;
DROP TABLE attachments;
ALTER TABLE attachments_080 RENAME TO attachments;

CREATE TABLE verdict_events_080 (
    event_key       VARCHAR NOT NULL,
    sha256          VARCHAR NOT NULL,
    verdict         VARCHAR NOT NULL,
    kind            VARCHAR NOT NULL,
    event_time      TIMESTAMP,
    mid             BIGINT,
    filename        VARCHAR,
    score           DOUBLE,
    threat_name     VARCHAR,
    source_path     VARCHAR,
    line_no         BIGINT
);
INSERT INTO verdict_events_080 SELECT event_key, sha256, verdict, kind, event_time, mid, filename, score,
    threat_name, source_path, line_no FROM verdict_events;
DROP TABLE verdict_events;
ALTER TABLE verdict_events_080 RENAME TO verdict_events;
