-- 0008: a reported quote's cue when it comes right before the words
-- (reader.Quote.Lead: "rejected" in "Putin rejected a full ceasefire"), so
-- that the speaker views say what the speaker did. Quotes stored before it
-- have none until they are analysed again.
ALTER TABLE quotes ADD COLUMN lead TEXT NOT NULL DEFAULT '';
