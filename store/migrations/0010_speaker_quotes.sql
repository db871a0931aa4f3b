-- 0010: one row for each speaker of an article, holding that speaker's
-- quotes, instead of one row for each quote. The speaker views read what
-- they read before (names, counts, articles, the quotes of one speaker),
-- and an import writes about half as many rows: writing a quote row and its
-- index entry was 40% of what storing an article cost.
CREATE TABLE speaker_quotes (
	article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	speaker_key     TEXT    NOT NULL, -- normalised speaker name, '' for the quotes no one is named for
	speaker         TEXT    NOT NULL, -- the speaker's name in that article, '' when unknown
	speaker_kind    INTEGER NOT NULL, -- reader.EntityKind
	speaker_surname TEXT    NOT NULL, -- the last word of the key
	first_idx       INTEGER NOT NULL, -- index in Analysis.Quotes of the speaker's first quote
	n               INTEGER NOT NULL, -- how many quotes
	-- JSON array, in text order, of {"idx", "text", "kind", "start", "end"}
	-- with "lead" when there is one (reader.Quote.Lead).
	quotes          TEXT    NOT NULL,
	PRIMARY KEY (article_id, speaker_key, speaker, speaker_kind)
) WITHOUT ROWID;

INSERT INTO speaker_quotes(article_id, speaker_key, speaker, speaker_kind, speaker_surname, first_idx, n, quotes)
	SELECT article_id, speaker_key, speaker, speaker_kind, speaker_surname, min(idx), count(*),
		json_group_array(CASE WHEN lead = ''
			THEN json_object('idx', idx, 'text', text, 'kind', kind, 'start', start, 'end', "end")
			ELSE json_object('idx', idx, 'text', text, 'kind', kind, 'start', start, 'end', "end", 'lead', lead)
		END ORDER BY idx)
	FROM quotes
	GROUP BY article_id, speaker_key, speaker, speaker_kind;

DROP TABLE quotes;

-- The speakers list groups by these columns and sums n, from the index
-- alone.
CREATE INDEX speaker_quotes_speaker ON speaker_quotes(speaker_surname, speaker_key, speaker, speaker_kind, article_id, n);
