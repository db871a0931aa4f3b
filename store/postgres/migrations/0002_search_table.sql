-- 0002: the search index moves to a narrow table of its own. With the
-- tsvector a column of articles, finding the newest 2,000 of 10,000
-- matches read 6,700 pages of article rows (bodies and all), and ranking
-- them detoasted each body's tsvector: 320 ms over 100,000 articles.
-- article_search holds one small row an article: its id, the tsvector of
-- its whole text (GIN-indexed, read only by the index), and head, the
-- small tsvector of its title (weight A) and speaker names (weight B),
-- which ranking reads. Triggers keep it in step with articles.

CREATE FUNCTION byline_head(title text, speakers text) RETURNS tsvector
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	AS $$ SELECT setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', speakers), 'B') $$;

-- The body's first 200,000 characters: a tsvector holds at most 1 MB.
CREATE FUNCTION byline_tsv(title text, speakers text, body text, search_from integer) RETURNS tsvector
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	AS $$ SELECT byline_head(title, speakers) ||
		setweight(to_tsvector('simple', left(substr(body, search_from + 1), 200000)), 'D') $$;

CREATE TABLE article_search (
	id   bigint PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
	head tsvector NOT NULL,
	tsv  tsvector NOT NULL
);

INSERT INTO article_search(id, head, tsv)
	SELECT id, byline_head(title, speakers), byline_tsv(title, speakers, body, search_from) FROM articles;

CREATE INDEX article_search_tsv ON article_search USING gin(tsv);

ALTER TABLE articles DROP COLUMN tsv;

CREATE FUNCTION article_search_put() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO article_search AS s(id, head, tsv)
		SELECT id, byline_head(title, speakers), byline_tsv(title, speakers, body, search_from) FROM new_rows
	ON CONFLICT (id) DO UPDATE SET head = excluded.head, tsv = excluded.tsv;
	RETURN NULL;
END $$;
CREATE TRIGGER articles_search_add AFTER INSERT ON articles
	REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_search_put();
CREATE TRIGGER articles_search_set AFTER UPDATE ON articles
	REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_search_put();
