-- 0013: a speaker's role as an article gives it ("Secretary of State"),
-- for the speakers view; '' for rows written before (until re-analysed).
-- (0012 is another branch's quote provenance.)
ALTER TABLE speaker_quotes ADD COLUMN speaker_role TEXT NOT NULL DEFAULT '';
-- Only the rows with a role, so that the speakers list reads them apart
-- from its own covering index.
CREATE INDEX speaker_quotes_role ON speaker_quotes(speaker_key, speaker_role, n) WHERE speaker_role <> '';
