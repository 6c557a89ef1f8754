-- A records file read again because its content was replaced (an export overwritten at the same path every
-- day, not appended to) keeps the rejects of its earlier content: those rows were in a file the analyst may
-- still have to fix and import again. superseded_at: when the content they were read from was replaced (the
-- reject is of an earlier content of the file); NULL: the reject is of the content last read.
ALTER TABLE ingest_rejects ADD COLUMN superseded_at TIMESTAMP;
