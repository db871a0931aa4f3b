-- 0002: quotes carry their speaker's surname (the last word of the key), so
-- that one speaker's quotes are found without reading every speaker.
ALTER TABLE quotes ADD COLUMN speaker_surname TEXT NOT NULL DEFAULT '';
UPDATE quotes
	SET speaker_surname = substr(speaker_key, length(rtrim(speaker_key, replace(speaker_key, ' ', ''))) + 1)
	WHERE speaker_key <> '';
CREATE INDEX quotes_surname ON quotes(speaker_surname);
