-- 0011: which feed brought each article, for the reader's feeds view
-- (unread counts per feed, a feed's articles). Articles imported before
-- belong to no feed until a refresh meets them again.
CREATE TABLE feed_articles (
	feed_id    INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
	article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	PRIMARY KEY (feed_id, article_id)
) WITHOUT ROWID;
CREATE INDEX feed_articles_article ON feed_articles(article_id);

-- A speaker's role as an article gives it ("Secretary of State"), for the
-- speakers view; '' for rows written before (until re-analysed).
ALTER TABLE speaker_quotes ADD COLUMN speaker_role TEXT NOT NULL DEFAULT '';
-- Only the rows with a role, so that the speakers list reads them apart
-- from its own covering index.
CREATE INDEX speaker_quotes_role ON speaker_quotes(speaker_key, speaker_role, n) WHERE speaker_role <> '';
