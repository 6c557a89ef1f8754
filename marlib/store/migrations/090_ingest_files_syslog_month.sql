-- Month (local, as written) of the last syslog line read from a file. The next ingest of the file's new lines
-- needs it to tell a New Year roll-over; last_time is in UTC and can still be in December while the log has
-- moved on to January.
ALTER TABLE ingest_files ADD COLUMN syslog_month INTEGER;
