-- 0015: the speakers across the library are kept as articles are written
-- and deleted instead of being recomputed from every stored quote.
--
-- speaker_names, speaker_alias_names and speaker_role_names count the
-- names, aliases and roles speakers go by, and speaker_overlap holds the
-- articles quoting two names of one surname. The store keeps them in the
-- transaction that writes or deletes quotes (countSpeakers, one statement
-- a table for a whole batch, not triggers: triggers made an import of
-- speaker-heavy articles 2.5 times slower), and puts every key whose
-- counts change in speaker_stale; before that transaction commits
-- (refreshSpeakers) it groups the names of the stale keys' surnames again
-- (a name merges only with names of its surname) into speaker_clusters,
-- the list the speakers view reads.
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
