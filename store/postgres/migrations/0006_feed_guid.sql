-- 0006: a feed item's own identifier (RSS guid, Atom id, JSON Feed id)
-- beside the article it brought, as the SQLite store's 0014.
ALTER TABLE feed_articles ADD COLUMN guid text;
CREATE INDEX feed_articles_guid ON feed_articles(feed_id, guid) WHERE guid IS NOT NULL;
