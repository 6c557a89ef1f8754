-- Delivery, response and bounce lines of a recipient whose "To:" line has not been read yet: a rotated log
-- read after the log that followed it, a relay that sent the lines out of order and an ingest in between.
-- They wait here, one row per (mid, rid), until the To line comes, and are then merged as if the lines had
-- been read together (marlib/ingest/esa_merge.py, _merge_recipients).
CREATE TABLE recipient_facts (
    mid             BIGINT NOT NULL,
    rid             INTEGER NOT NULL,
    status          VARCHAR,              -- delivered | quarantined | bounced (NULL: none of those lines)
    status_at       TIMESTAMP,            -- time of the line that gave the status (the latest wins)
    dcid            BIGINT,
    response        VARCHAR
);
