-- 0001: articles, their speakers' quotes, per-user marks, the speaker
-- index, feeds. Applied in one transaction with its schema_migrations row.

CREATE TABLE articles (
	id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	url              text,              -- NULL when the article has none
	hash             text    NOT NULL,  -- store.TextHash of title and body
	title            text    NOT NULL,
	source           text    NOT NULL DEFAULT '',
	authors          text    NOT NULL DEFAULT '[]', -- JSON array of strings
	date             text,              -- RFC 3339, NULL when unknown
	added            bigint  NOT NULL,  -- unix milliseconds
	sorted           bigint  NOT NULL,  -- the list's sort key: date, else added (unix ms)
	format           integer NOT NULL DEFAULT 0,
	quote_count      integer NOT NULL DEFAULT 0,
	analyzer_version integer NOT NULL DEFAULT 0,
	speakers         text    NOT NULL DEFAULT '',
	search_from      integer NOT NULL DEFAULT 0, -- characters of body before the searchable text
	body             text    NOT NULL,
	blocks           text    NOT NULL DEFAULT '[]',
	analysis         text,
	-- Title weighs most, then speaker names, then the body (its first
	-- 200,000 characters: a tsvector holds at most 1 MB).
	tsv tsvector GENERATED ALWAYS AS (
		setweight(to_tsvector('simple', title), 'A') ||
		setweight(to_tsvector('simple', speakers), 'B') ||
		setweight(to_tsvector('simple', left(substr(body, search_from + 1), 200000)), 'D')
	) STORED
);

-- The unique keys of an article: its address, else its text. Concurrent
-- importers of one article are resolved by these (INSERT … ON CONFLICT).
CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
CREATE UNIQUE INDEX articles_hash_nourl ON articles(hash) WHERE url IS NULL;
CREATE INDEX articles_hash ON articles(hash);
CREATE INDEX articles_sorted ON articles(sorted DESC, id DESC);
CREATE INDEX articles_version ON articles(analyzer_version);
CREATE INDEX articles_tsv ON articles USING gin(tsv);

CREATE TABLE speaker_quotes (
	article_id      bigint  NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	speaker_key     text    NOT NULL,
	speaker         text    NOT NULL,
	speaker_kind    integer NOT NULL,
	speaker_surname text    NOT NULL,
	first_idx       integer NOT NULL,
	n               integer NOT NULL,
	quotes          text    NOT NULL, -- JSON, as the SQLite store's
	PRIMARY KEY (article_id, speaker_key, speaker, speaker_kind)
);
CREATE INDEX speaker_quotes_key ON speaker_quotes(speaker_key);

CREATE TABLE speaker_aliases (
	article_id  bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	speaker_key text   NOT NULL,
	alias       text   NOT NULL,
	PRIMARY KEY (article_id, speaker_key, alias)
);

-- The speaker index: each (key, name, kind) with its quote and article
-- counts, and each key's aliases, kept up to date by statement triggers
-- as quotes are written and deleted, so the speakers list reads these
-- small tables instead of every quote.
CREATE TABLE speaker_names (
	speaker_key  text    NOT NULL,
	speaker      text    NOT NULL,
	speaker_kind integer NOT NULL,
	quotes       bigint  NOT NULL,
	articles     bigint  NOT NULL,
	PRIMARY KEY (speaker_key, speaker, speaker_kind)
);
CREATE TABLE speaker_alias_names (
	speaker_key text   NOT NULL,
	alias       text   NOT NULL,
	n           bigint NOT NULL,
	PRIMARY KEY (speaker_key, alias)
);

CREATE FUNCTION speaker_names_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO speaker_names AS s(speaker_key, speaker, speaker_kind, quotes, articles)
		SELECT speaker_key, speaker, speaker_kind, sum(n), count(*) FROM new_rows
		WHERE speaker_key <> '' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
	ON CONFLICT (speaker_key, speaker, speaker_kind) DO UPDATE
		SET quotes = s.quotes + excluded.quotes, articles = s.articles + excluded.articles;
	RETURN NULL;
END $$;
CREATE FUNCTION speaker_names_sub() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE speaker_names AS s SET quotes = s.quotes - d.q, articles = s.articles - d.a
	FROM (SELECT speaker_key, speaker, speaker_kind, sum(n) AS q, count(*) AS a FROM old_rows
		WHERE speaker_key <> '' GROUP BY 1, 2, 3) AS d
	WHERE s.speaker_key = d.speaker_key AND s.speaker = d.speaker AND s.speaker_kind = d.speaker_kind;
	RETURN NULL;
END $$;
CREATE TRIGGER speaker_quotes_add AFTER INSERT ON speaker_quotes
	REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION speaker_names_add();
CREATE TRIGGER speaker_quotes_sub AFTER DELETE ON speaker_quotes
	REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION speaker_names_sub();

CREATE FUNCTION speaker_alias_names_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO speaker_alias_names AS s(speaker_key, alias, n)
		SELECT speaker_key, alias, count(*) FROM new_rows GROUP BY 1, 2 ORDER BY 1, 2
	ON CONFLICT (speaker_key, alias) DO UPDATE SET n = s.n + excluded.n;
	RETURN NULL;
END $$;
CREATE FUNCTION speaker_alias_names_sub() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE speaker_alias_names AS s SET n = s.n - d.n
	FROM (SELECT speaker_key, alias, count(*) AS n FROM old_rows GROUP BY 1, 2) AS d
	WHERE s.speaker_key = d.speaker_key AND s.alias = d.alias;
	RETURN NULL;
END $$;
CREATE TRIGGER speaker_aliases_add AFTER INSERT ON speaker_aliases
	REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION speaker_alias_names_add();
CREATE TRIGGER speaker_aliases_sub AFTER DELETE ON speaker_aliases
	REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION speaker_alias_names_sub();

-- Read and starred marks, one row per user and article marked.
CREATE TABLE marks (
	user_name  text    NOT NULL,
	article_id bigint  NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	read       boolean NOT NULL DEFAULT false,
	starred    boolean NOT NULL DEFAULT false,
	PRIMARY KEY (user_name, article_id)
);
CREATE INDEX marks_article ON marks(article_id);

CREATE TABLE deleted_urls (
	url     text PRIMARY KEY,
	deleted bigint NOT NULL
);

CREATE TABLE feeds (
	id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	url           text NOT NULL UNIQUE,
	title         text NOT NULL DEFAULT '',
	etag          text NOT NULL DEFAULT '',
	last_modified text NOT NULL DEFAULT '',
	checked       bigint, -- unix milliseconds, NULL when never
	error         text NOT NULL DEFAULT ''
);

-- Goes up after every committed change of quotes or aliases, so that a
-- process can tell whether its merged speakers list is still current.
CREATE SEQUENCE speaker_generation;
