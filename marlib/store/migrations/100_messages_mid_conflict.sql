-- A MID that two different messages used (two appliances logging into one store, whose MID counters
-- overlap): their lines were merged into one row, so its recipients, Message-ID and attachments cannot be
-- trusted. Ingest sets the flag when one MID shows two ICIDs; remediation skips such copies (mid_conflict)
-- instead of acting on a mixed-up message.
ALTER TABLE messages ADD COLUMN mid_conflict BOOLEAN DEFAULT false;
