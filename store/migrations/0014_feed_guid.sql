-- 0014: a feed item's own identifier (RSS guid, Atom id, JSON Feed id)
-- beside the article it brought, so that an item whose link and text
-- change between fetches is still known by its feed.
ALTER TABLE feed_articles ADD COLUMN guid TEXT;
CREATE INDEX feed_articles_guid ON feed_articles(feed_id, guid) WHERE guid IS NOT NULL;
