-- 0001: articles, their quotes and speaker names, the full-text index, feeds.

-- Columns the library list reads come first and the large ones (body,
-- blocks, analysis) last, so a list row never follows a body's overflow
-- pages.
CREATE TABLE articles (
	id               INTEGER PRIMARY KEY,
	url              TEXT,                       -- NULL when the article has none
	hash             TEXT    NOT NULL,           -- sha256 of the normalised title and body
	title            TEXT    NOT NULL,
	source           TEXT    NOT NULL DEFAULT '',
	authors          TEXT    NOT NULL DEFAULT '[]', -- JSON array of strings
	date             TEXT,                       -- RFC 3339, NULL when unknown
	added            INTEGER NOT NULL,           -- unix milliseconds
	sorted           INTEGER NOT NULL,           -- the list's sort key: date, else added (unix ms)
	format           INTEGER NOT NULL DEFAULT 0, -- reader.Format
	read             INTEGER NOT NULL DEFAULT 0,
	starred          INTEGER NOT NULL DEFAULT 0,
	quote_count      INTEGER NOT NULL DEFAULT 0,
	analyzer_version INTEGER NOT NULL DEFAULT 0, -- 0 when there is no analysis
	speakers         TEXT    NOT NULL DEFAULT '', -- speaker names and aliases, for the index
	body             TEXT    NOT NULL,
	blocks           TEXT    NOT NULL DEFAULT '[]', -- JSON []reader.Block
	analysis         TEXT                        -- JSON reader.Analysis, NULL when none
);

CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
CREATE INDEX articles_hash ON articles(hash);
CREATE UNIQUE INDEX articles_hash_nourl ON articles(hash) WHERE url IS NULL;
CREATE INDEX articles_sorted ON articles(sorted DESC, id DESC);
CREATE INDEX articles_unread ON articles(sorted DESC, id DESC) WHERE read = 0;
CREATE INDEX articles_starred ON articles(sorted DESC, id DESC) WHERE starred = 1;
CREATE INDEX articles_version ON articles(analyzer_version);

-- The full-text index reads its text from articles (external content); the
-- store keeps it up to date in the same transaction as each write.
CREATE VIRTUAL TABLE articles_fts USING fts5(
	title, body, speakers,
	content = 'articles', content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 2'
);
-- Rank title matches above speaker matches above body matches.
INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0, 4.0)');

-- Every quote of every analysis, for the speaker views across the library.
CREATE TABLE quotes (
	article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	idx          INTEGER NOT NULL, -- index in Analysis.Quotes
	speaker      TEXT    NOT NULL, -- the speaker's name in that article, '' when unknown
	speaker_key  TEXT    NOT NULL, -- normalised speaker name, '' when unknown
	speaker_kind INTEGER NOT NULL DEFAULT 0, -- reader.EntityKind
	text         TEXT    NOT NULL,
	kind         INTEGER NOT NULL, -- reader.QuoteKind
	start        INTEGER NOT NULL,
	"end"        INTEGER NOT NULL,
	PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
CREATE INDEX quotes_speaker ON quotes(speaker_key, speaker, speaker_kind, article_id);

-- The other names a quoted speaker goes by in an article ("President Trump").
CREATE TABLE speaker_aliases (
	article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	speaker_key TEXT    NOT NULL,
	alias       TEXT    NOT NULL,
	PRIMARY KEY (article_id, speaker_key, alias)
) WITHOUT ROWID;
CREATE INDEX speaker_aliases_key ON speaker_aliases(speaker_key, alias);

CREATE TABLE feeds (
	id            INTEGER PRIMARY KEY,
	url           TEXT    NOT NULL UNIQUE,
	title         TEXT    NOT NULL DEFAULT '',
	etag          TEXT    NOT NULL DEFAULT '',
	last_modified TEXT    NOT NULL DEFAULT '',
	checked       INTEGER,  -- unix milliseconds, NULL when never
	error         TEXT    NOT NULL DEFAULT ''
);
