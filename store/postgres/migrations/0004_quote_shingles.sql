-- 0004: the provenance index, as the SQLite store's quote_shingles: for
-- each direct quote, the hashes store.QuoteShingles gives for its words,
-- with the article and the quote's index in its analysis. Appearances
-- looks a quote's runs up here (store.ProbeShingles) and checks the
-- candidates word by word. The store writes the rows in the transaction
-- that writes the article's quotes, and deletes them in the one that
-- deletes the article or replaces its analysis. No foreign key: its check
-- on every row made BenchmarkImport10k about 8% slower (a row left
-- behind would only name an article Appearances no longer finds). The
-- articles stored before are indexed by the store, in this migration's
-- transaction, after this runs (fillQuoteShingles).
CREATE TABLE quote_shingles (
	hash       bigint  NOT NULL,
	article_id bigint  NOT NULL,
	idx        integer NOT NULL,
	PRIMARY KEY (hash, article_id, idx)
);
CREATE INDEX quote_shingles_article ON quote_shingles(article_id);
