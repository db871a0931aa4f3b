-- 0005: the full-text index leaves out a Markdown article's front matter
-- (title, url, licence lines), which matched every search for "licence" and
-- filled snippets. articles.search_from is the byte offset in body where the
-- searchable text starts (0 when there is no front matter); the index reads
-- its text through the articles_search view, which cuts body there.
ALTER TABLE articles ADD COLUMN search_from INTEGER NOT NULL DEFAULT 0;

-- Articles already stored: front matter is a first line "---" closed by a
-- line "---" (byline also reads "..." and CRLF lines; those keep offset 0,
-- indexed whole as before, until they are imported again).
UPDATE articles
	SET search_from = instr(substr(CAST(body AS BLOB), 5), CAST(char(10) || '---' || char(10) AS BLOB)) + 8
	WHERE substr(CAST(body AS BLOB), 1, 4) = CAST('---' || char(10) AS BLOB)
		AND instr(substr(CAST(body AS BLOB), 5), CAST(char(10) || '---' || char(10) AS BLOB)) > 0;

CREATE VIEW articles_search(id, title, body, speakers) AS
	SELECT id, title,
		CASE WHEN search_from > 0 THEN CAST(substr(CAST(body AS BLOB), search_from + 1) AS TEXT) ELSE body END,
		speakers
	FROM articles;

DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5(
	title, body, speakers,
	content = 'articles_search', content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0, 4.0)');
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
