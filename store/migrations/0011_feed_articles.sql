-- 0011: which feed brought each article, for the reader's feeds view
-- (unread counts per feed, a feed's articles). Articles imported before
-- belong to no feed until a refresh meets them again.
CREATE TABLE feed_articles (
	feed_id    INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
	article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	PRIMARY KEY (feed_id, article_id)
) WITHOUT ROWID;
CREATE INDEX feed_articles_article ON feed_articles(article_id);
