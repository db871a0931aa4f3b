-- 0012: where a quote first appeared. For each direct quote, the hashes of
-- its runs of six normalised words starting at every third word (or of
-- its whole text when it has four to seven words), so that the articles
-- quoting the same words are found by a look-up a run (store/provenance.go).
-- ref is article_id << 12 | the quote's index. One B-tree and no foreign
-- key, so that an import writes one index entry a row: deleting an
-- article, or replacing its analysis, deletes its rows by their keys,
-- made again from its quotes.
-- The rows of the articles already stored are made by byline when it
-- opens the database (quote_shingles_built is 0 until then): the
-- normalising is Go's.
CREATE TABLE IF NOT EXISTS quote_shingles (
	hash INTEGER NOT NULL,
	ref  INTEGER NOT NULL,
	PRIMARY KEY (hash, ref)
) WITHOUT ROWID;
INSERT OR IGNORE INTO store_meta(key, value) VALUES ('quote_shingles_built', 0);
