-- 0007: the speakers across the library are kept, as the SQLite store's
-- 0015 keeps them, instead of being merged again from every name of the
-- library after each write. speaker_clusters holds one row for each
-- speaker; a transaction that writes or deletes quotes groups again the
-- names of the surnames it touched (a name merges only with names of its
-- surname) and writes the speakers that changed (regroup, in Go, under an
-- advisory lock for each surname so that concurrent writers of one
-- surname take turns). A writer regroups at most every two seconds; in
-- between it puts the surnames it touched in speaker_stale, which the
-- next regroup, or the next reader of the speakers, groups first. The
-- rows are filled, after this runs, by the store in this migration's
-- transaction (fillSpeakerClusters).

-- Each name's surname, for reading the names of a surname.
ALTER TABLE speaker_names ADD COLUMN speaker_surname text;
UPDATE speaker_names SET speaker_surname = regexp_replace(speaker_key, '^.* ', '');
ALTER TABLE speaker_names ALTER COLUMN speaker_surname SET NOT NULL;
DELETE FROM speaker_names WHERE articles <= 0;
DELETE FROM speaker_alias_names WHERE n <= 0;
CREATE INDEX speaker_names_surname ON speaker_names(speaker_surname);

-- The articles that quote two or more names of one surname: the only ones
-- a speaker of several names may be counted twice in, when its articles
-- are counted as the sum of its names'.
CREATE TABLE speaker_overlap (
	speaker_surname text   NOT NULL,
	article_id      bigint NOT NULL,
	PRIMARY KEY (speaker_surname, article_id)
);
INSERT INTO speaker_overlap(speaker_surname, article_id)
	SELECT speaker_surname, article_id FROM speaker_quotes WHERE speaker_key <> ''
	GROUP BY 1, 2 HAVING count(*) >= 2;

-- One row for each speaker: its name, other names and keys (each a line,
-- sorted), its quotes and the articles quoting it.
CREATE TABLE speaker_clusters (
	id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	speaker_surname text   NOT NULL,
	name            text   NOT NULL,
	aliases         text   NOT NULL,
	keys            text   NOT NULL,
	quotes          bigint NOT NULL,
	articles        bigint NOT NULL
);
CREATE INDEX speaker_clusters_surname ON speaker_clusters(speaker_surname);

CREATE TABLE speaker_stale (
	speaker_surname text PRIMARY KEY
);

-- The triggers keep the surname and speaker_overlap too, and drop the
-- names and aliases no article has any more.
CREATE OR REPLACE FUNCTION speaker_names_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO speaker_names AS s(speaker_key, speaker, speaker_kind, speaker_surname, quotes, articles)
		SELECT speaker_key, speaker, speaker_kind, min(speaker_surname), sum(n), count(*) FROM new_rows
		WHERE speaker_key <> '' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
	ON CONFLICT (speaker_key, speaker, speaker_kind) DO UPDATE
		SET quotes = s.quotes + excluded.quotes, articles = s.articles + excluded.articles;
	INSERT INTO speaker_overlap(speaker_surname, article_id)
		SELECT speaker_surname, article_id FROM new_rows WHERE speaker_key <> ''
		GROUP BY 1, 2 HAVING count(*) >= 2 ORDER BY 1, 2
	ON CONFLICT DO NOTHING;
	RETURN NULL;
END $$;
CREATE OR REPLACE FUNCTION speaker_names_sub() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE speaker_names AS s SET quotes = s.quotes - d.q, articles = s.articles - d.a
	FROM (SELECT speaker_key, speaker, speaker_kind, sum(n) AS q, count(*) AS a FROM old_rows
		WHERE speaker_key <> '' GROUP BY 1, 2, 3) AS d
	WHERE s.speaker_key = d.speaker_key AND s.speaker = d.speaker AND s.speaker_kind = d.speaker_kind;
	DELETE FROM speaker_names AS s USING (SELECT DISTINCT speaker_key FROM old_rows WHERE speaker_key <> '') AS d
	WHERE s.speaker_key = d.speaker_key AND s.articles <= 0;
	DELETE FROM speaker_overlap AS o USING (SELECT DISTINCT speaker_surname, article_id FROM old_rows) AS d
	WHERE o.speaker_surname = d.speaker_surname AND o.article_id = d.article_id;
	RETURN NULL;
END $$;
CREATE OR REPLACE FUNCTION speaker_alias_names_sub() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE speaker_alias_names AS s SET n = s.n - d.n
	FROM (SELECT speaker_key, alias, count(*) AS n FROM old_rows GROUP BY 1, 2) AS d
	WHERE s.speaker_key = d.speaker_key AND s.alias = d.alias;
	DELETE FROM speaker_alias_names AS s USING (SELECT DISTINCT speaker_key FROM old_rows) AS d
	WHERE s.speaker_key = d.speaker_key AND s.n <= 0;
	RETURN NULL;
END $$;
