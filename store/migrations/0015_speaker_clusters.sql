-- 0015: the speakers across the library are kept as articles are written
-- and deleted instead of being recomputed from every stored quote.
--
-- speaker_names, speaker_alias_names and speaker_role_names count the
-- names, aliases and roles speakers go by, kept by the triggers below in the transaction that writes or deletes
-- the quotes. Every key whose counts change is put in speaker_stale; the
-- store (refreshSpeakers), before that transaction commits, groups the
-- names of the stale keys' surnames again (a name merges only with names
-- of its surname) into speaker_clusters, the list the speakers view reads.
CREATE TABLE speaker_names (
	speaker_surname TEXT    NOT NULL,
	speaker_key     TEXT    NOT NULL,
	speaker         TEXT    NOT NULL,
	speaker_kind    INTEGER NOT NULL,
	quotes          INTEGER NOT NULL,
	articles        INTEGER NOT NULL,
	PRIMARY KEY (speaker_surname, speaker_key, speaker, speaker_kind)
) WITHOUT ROWID;

CREATE TABLE speaker_alias_names (
	speaker_key TEXT    NOT NULL,
	alias       TEXT    NOT NULL,
	n           INTEGER NOT NULL,
	PRIMARY KEY (speaker_key, alias)
) WITHOUT ROWID;

-- The quotes each key has with each role ("Secretary of State"), for the
-- speaker's role: that of the key and role with the most quotes.
CREATE TABLE speaker_role_names (
	speaker_key TEXT    NOT NULL,
	role        TEXT    NOT NULL,
	quotes      INTEGER NOT NULL,
	PRIMARY KEY (speaker_key, role)
) WITHOUT ROWID;

-- The articles that quote two or more names of one surname: the only ones
-- a speaker of several names may be counted twice in, when its articles
-- are counted as the sum of its names'.
CREATE TABLE speaker_overlap (
	speaker_surname TEXT    NOT NULL,
	article_id      INTEGER NOT NULL,
	PRIMARY KEY (speaker_surname, article_id)
) WITHOUT ROWID;

CREATE TABLE speaker_stale (
	speaker_key TEXT PRIMARY KEY
) WITHOUT ROWID;

-- One row for each speaker: its name, other names and keys (each a line,
-- sorted), its quotes, the articles quoting it and its role.
CREATE TABLE speaker_clusters (
	id              INTEGER PRIMARY KEY,
	speaker_surname TEXT    NOT NULL,
	name            TEXT    NOT NULL,
	aliases         TEXT    NOT NULL,
	keys            TEXT    NOT NULL,
	quotes          INTEGER NOT NULL,
	articles        INTEGER NOT NULL,
	role            TEXT    NOT NULL
);
CREATE INDEX speaker_clusters_surname ON speaker_clusters(speaker_surname);

INSERT INTO speaker_names(speaker_surname, speaker_key, speaker, speaker_kind, quotes, articles)
	SELECT speaker_surname, speaker_key, speaker, speaker_kind, sum(n), count(*) FROM speaker_quotes
	WHERE speaker_key <> '' GROUP BY speaker_surname, speaker_key, speaker, speaker_kind;
INSERT INTO speaker_alias_names(speaker_key, alias, n)
	SELECT speaker_key, alias, count(*) FROM speaker_aliases GROUP BY speaker_key, alias;
INSERT INTO speaker_role_names(speaker_key, role, quotes)
	SELECT speaker_key, speaker_role, sum(n) FROM speaker_quotes WHERE speaker_key <> '' AND speaker_role <> ''
	GROUP BY speaker_key, speaker_role;
INSERT INTO speaker_overlap(speaker_surname, article_id)
	SELECT speaker_surname, article_id FROM speaker_quotes WHERE speaker_key <> ''
	GROUP BY speaker_surname, article_id HAVING count(*) >= 2;
-- Every speaker is stale: the first write or speakers view groups them.
INSERT INTO speaker_stale(speaker_key) SELECT DISTINCT speaker_key FROM speaker_names;

CREATE TRIGGER speaker_names_add AFTER INSERT ON speaker_quotes WHEN NEW.speaker_key <> '' BEGIN
	INSERT INTO speaker_names(speaker_surname, speaker_key, speaker, speaker_kind, quotes, articles)
		VALUES (NEW.speaker_surname, NEW.speaker_key, NEW.speaker, NEW.speaker_kind, NEW.n, 1)
		ON CONFLICT DO UPDATE SET quotes = quotes + excluded.quotes, articles = articles + 1;
	INSERT INTO speaker_role_names(speaker_key, role, quotes) SELECT NEW.speaker_key, NEW.speaker_role, NEW.n
		WHERE NEW.speaker_role <> '' ON CONFLICT DO UPDATE SET quotes = quotes + excluded.quotes;
	INSERT OR IGNORE INTO speaker_overlap(speaker_surname, article_id) SELECT NEW.speaker_surname, NEW.article_id
		WHERE (SELECT count(*) FROM speaker_quotes WHERE article_id = NEW.article_id
			AND speaker_surname = NEW.speaker_surname AND speaker_key <> '') >= 2;
	INSERT OR IGNORE INTO speaker_stale(speaker_key) VALUES (NEW.speaker_key);
END;

CREATE TRIGGER speaker_names_sub AFTER DELETE ON speaker_quotes WHEN OLD.speaker_key <> '' BEGIN
	UPDATE speaker_names SET quotes = quotes - OLD.n, articles = articles - 1
		WHERE speaker_surname = OLD.speaker_surname AND speaker_key = OLD.speaker_key
		AND speaker = OLD.speaker AND speaker_kind = OLD.speaker_kind;
	DELETE FROM speaker_names
		WHERE speaker_surname = OLD.speaker_surname AND speaker_key = OLD.speaker_key
		AND speaker = OLD.speaker AND speaker_kind = OLD.speaker_kind AND articles <= 0;
	UPDATE speaker_role_names SET quotes = quotes - OLD.n WHERE speaker_key = OLD.speaker_key AND role = OLD.speaker_role;
	DELETE FROM speaker_role_names WHERE speaker_key = OLD.speaker_key AND role = OLD.speaker_role AND quotes <= 0;
	DELETE FROM speaker_overlap WHERE speaker_surname = OLD.speaker_surname AND article_id = OLD.article_id
		AND (SELECT count(*) FROM speaker_quotes WHERE article_id = OLD.article_id
			AND speaker_surname = OLD.speaker_surname AND speaker_key <> '') < 2;
	INSERT OR IGNORE INTO speaker_stale(speaker_key) VALUES (OLD.speaker_key);
END;

-- No write updates speaker_quotes in place; should one, it counts as a
-- delete and an insert.
CREATE TRIGGER speaker_names_set AFTER UPDATE OF speaker_key, speaker, speaker_kind, speaker_surname, n,
	speaker_role ON speaker_quotes BEGIN
	UPDATE speaker_role_names SET quotes = quotes - OLD.n WHERE speaker_key = OLD.speaker_key AND role = OLD.speaker_role;
	DELETE FROM speaker_role_names WHERE speaker_key = OLD.speaker_key AND role = OLD.speaker_role AND quotes <= 0;
	INSERT INTO speaker_role_names(speaker_key, role, quotes) SELECT NEW.speaker_key, NEW.speaker_role, NEW.n
		WHERE NEW.speaker_key <> '' AND NEW.speaker_role <> '' ON CONFLICT DO UPDATE SET quotes = quotes + excluded.quotes;
	INSERT OR IGNORE INTO speaker_overlap(speaker_surname, article_id) SELECT NEW.speaker_surname, NEW.article_id
		WHERE (SELECT count(*) FROM speaker_quotes WHERE article_id = NEW.article_id
			AND speaker_surname = NEW.speaker_surname AND speaker_key <> '') >= 2;
	UPDATE speaker_names SET quotes = quotes - OLD.n, articles = articles - 1
		WHERE OLD.speaker_key <> '' AND speaker_surname = OLD.speaker_surname AND speaker_key = OLD.speaker_key
		AND speaker = OLD.speaker AND speaker_kind = OLD.speaker_kind;
	DELETE FROM speaker_names
		WHERE speaker_surname = OLD.speaker_surname AND speaker_key = OLD.speaker_key
		AND speaker = OLD.speaker AND speaker_kind = OLD.speaker_kind AND articles <= 0;
	INSERT INTO speaker_names(speaker_surname, speaker_key, speaker, speaker_kind, quotes, articles)
		SELECT NEW.speaker_surname, NEW.speaker_key, NEW.speaker, NEW.speaker_kind, NEW.n, 1 WHERE NEW.speaker_key <> ''
		ON CONFLICT DO UPDATE SET quotes = quotes + excluded.quotes, articles = articles + 1;
	INSERT OR IGNORE INTO speaker_stale(speaker_key) SELECT OLD.speaker_key WHERE OLD.speaker_key <> '';
	INSERT OR IGNORE INTO speaker_stale(speaker_key) SELECT NEW.speaker_key WHERE NEW.speaker_key <> '';
END;

CREATE TRIGGER speaker_alias_names_add AFTER INSERT ON speaker_aliases BEGIN
	INSERT INTO speaker_alias_names(speaker_key, alias, n) VALUES (NEW.speaker_key, NEW.alias, 1)
		ON CONFLICT DO UPDATE SET n = n + 1;
	INSERT OR IGNORE INTO speaker_stale(speaker_key) VALUES (NEW.speaker_key);
END;

CREATE TRIGGER speaker_alias_names_sub AFTER DELETE ON speaker_aliases BEGIN
	UPDATE speaker_alias_names SET n = n - 1 WHERE speaker_key = OLD.speaker_key AND alias = OLD.alias;
	DELETE FROM speaker_alias_names WHERE speaker_key = OLD.speaker_key AND alias = OLD.alias AND n <= 0;
	INSERT OR IGNORE INTO speaker_stale(speaker_key) VALUES (OLD.speaker_key);
END;
