-- 0007: the full-text index's vocabulary, one row a term (fts5vocab reads
-- it from the index and stores nothing), so that a search can turn a typed
-- prefix that stands for a few words into those words.
CREATE VIRTUAL TABLE articles_vocab USING fts5vocab(articles_fts, row);
