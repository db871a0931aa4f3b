-- 0003: one index on quotes' speakers instead of two, led by the surname
-- (the last word of the key, so grouping by surname then key is grouping
-- by key): a quote costs one index insert less.
DROP INDEX quotes_surname;
DROP INDEX quotes_speaker;
CREATE INDEX quotes_speaker ON quotes(speaker_surname, speaker_key, speaker, speaker_kind, article_id);
