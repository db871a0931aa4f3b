-- 0011: where a quote first appeared. For each direct quote, the hashes of
-- its runs of six normalised words starting at every third word (or of
-- its whole text when it has four to seven words), so that the articles
-- quoting the same words are found by a look-up a run (store/provenance.go).
-- The rows of the articles already stored are made by byline when it
-- opens the database (quote_shingles_built is 0 until then): the
-- normalising is Go's.
CREATE TABLE IF NOT EXISTS quote_shingles (
	hash       INTEGER NOT NULL,
	article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	idx        INTEGER NOT NULL, -- index in Analysis.Quotes
	PRIMARY KEY (hash, article_id, idx)
) WITHOUT ROWID;
-- Deleting an article (or replacing its analysis) finds its rows by this.
CREATE INDEX IF NOT EXISTS quote_shingles_article ON quote_shingles(article_id);
INSERT OR IGNORE INTO store_meta(key, value) VALUES ('quote_shingles_built', 0);
