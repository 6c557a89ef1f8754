-- Appliances: each ESA counts its MIDs on its own, so two appliances of a cluster reuse the same numbers.
-- Logs ingested with an appliance name are stored under mid = number * 10^12 + the ESA's MID (number 0,
-- the default, keeps the MID as logged and needs no row here). Everything downstream (plan, reports,
-- journal) keys on that stored mid; ESA's own MID is mid % 10^12.
CREATE TABLE appliances (
    number          INTEGER PRIMARY KEY,  -- 1, 2, ...
    name            VARCHAR NOT NULL UNIQUE,
    created_at      TIMESTAMP
);
-- the appliance a log file was read as (NULL: the default), and whether each syslog line's host named its
-- appliance instead (one syslog file fed by several appliances); new lines of the file keep both
ALTER TABLE ingest_files ADD COLUMN appliance VARCHAR;
ALTER TABLE ingest_files ADD COLUMN by_host BOOLEAN DEFAULT false;
-- files and folders ingested with an appliance name or --by-host: a file first found at such a path later
-- (the log a rotation starts anew), or under such a folder (found by `watch`, or an ingest of a parent
-- folder without options), is read the same way
CREATE TABLE appliance_paths (
    path            VARCHAR PRIMARY KEY,  -- resolved path
    appliance       VARCHAR,
    by_host         BOOLEAN DEFAULT false,
    updated_at      TIMESTAMP
);
