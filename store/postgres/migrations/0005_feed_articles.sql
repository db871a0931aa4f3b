-- 0005: which feed brought each article, as the SQLite store's
-- feed_articles, for the reader's feeds view (counts per feed, a feed's
-- articles). Articles imported before belong to no feed until a refresh
-- meets them again.
CREATE TABLE feed_articles (
	feed_id    bigint NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
	article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	PRIMARY KEY (feed_id, article_id)
);
CREATE INDEX feed_articles_article ON feed_articles(article_id);
