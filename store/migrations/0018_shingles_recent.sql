-- 0018: the provenance index in two parts. New quotes' rows go to the
-- small quote_shingles_recent, and an import moves them into
-- quote_shingles in one sorted pass once there are shingleMergeRows of
-- them (store/shingles.go). In a large library the rows of a batch of
-- articles, random hashes, each landed on a page of quote_shingles of its
-- own: half of the pages an import into 1,000,000 articles wrote. A look-up
-- reads both tables; quote_shingles_recent_rows counts the rows added
-- since the last move.
CREATE TABLE IF NOT EXISTS quote_shingles_recent (
	hash INTEGER NOT NULL,
	ref  INTEGER NOT NULL,
	PRIMARY KEY (hash, ref)
) WITHOUT ROWID;
INSERT OR IGNORE INTO store_meta(key, value) VALUES ('quote_shingles_recent_rows', 0);
