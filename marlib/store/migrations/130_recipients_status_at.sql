-- The time of the line that gave a recipient its status: lines of one copy read in another order than they
-- were written (an older rotated log read after a newer one) still leave the latest status, as if read
-- together (marlib/ingest/esa_merge.py). Rows stored before: the delivery time where there is one.
ALTER TABLE recipients ADD COLUMN status_at TIMESTAMP;
UPDATE recipients SET status_at = delivered_at WHERE status = 'delivered';
