-- What a plain log held just before the point it was read to (``<n>:<md5>`` of up to 1 KB before bytes_done).
-- A file found again by its first KB (its key) that has grown is read on from bytes_done only when these bytes
-- are still there: a log rewritten rather than appended (edited, restored, regenerated) with the same start
-- was read on from the middle of a line, and the lines before that point that were new were never read.
-- NULL: a .gz (never read on), or a file read before this migration (read on as before).
ALTER TABLE ingest_files ADD COLUMN tail_key VARCHAR;
