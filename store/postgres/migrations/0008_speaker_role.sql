-- 0008: a speaker's role as an article gives it ("Secretary of State"),
-- as the SQLite store's 0013 keeps it, and each kept speaker's role: that
-- of its name quoted most with one (regroup reads the roles of the
-- surnames it groups from speaker_quotes_role).
ALTER TABLE speaker_quotes ADD COLUMN speaker_role text NOT NULL DEFAULT '';
ALTER TABLE speaker_clusters ADD COLUMN role text NOT NULL DEFAULT '';

-- The rows written before take their role from the article's stored
-- analysis: the role of the speaker of the row's first quote (as the
-- store encodes it, trimmed). The store then groups every surname again
-- in this migration's transaction (fillSpeakerClusters, which was
-- 0007's step and follows 0008 now: it reads the roles), writing the
-- speakers whose role changed.
UPDATE speaker_quotes AS q SET speaker_role = r.role
FROM (SELECT q.article_id, q.speaker_key, q.speaker, q.speaker_kind,
		btrim(coalesce(j.an -> 'Speakers' -> (j.an -> 'Quotes' -> q.first_idx ->> 'Speaker')::int ->> 'Role', ''),
			E' \t\n\r\v\f') AS role
	FROM speaker_quotes AS q JOIN articles AS a ON a.id = q.article_id,
		LATERAL (SELECT nullif(a.analysis, '')::jsonb AS an) AS j
	WHERE q.speaker_key <> '' AND (j.an -> 'Quotes' -> q.first_idx ->> 'Speaker')::int >= 0) AS r
WHERE q.article_id = r.article_id AND q.speaker_key = r.speaker_key AND q.speaker = r.speaker
	AND q.speaker_kind = r.speaker_kind AND r.role <> '';

-- Only the rows with a role, by surname, for regroup.
CREATE INDEX speaker_quotes_role ON speaker_quotes(speaker_surname, speaker_key, speaker_role, n) WHERE speaker_role <> '';
