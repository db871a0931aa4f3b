-- 0017: the number of articles, kept in store_meta by triggers inside the
-- transaction that inserts or deletes an article, so that byline can say
-- how many articles it holds at start without counting every row (36 ms
-- at 100,000 articles, 48 ms at 1,000,000).
INSERT INTO store_meta(key, value) SELECT 'articles', count(*) FROM articles;
CREATE TRIGGER articles_counted_insert AFTER INSERT ON articles BEGIN
	UPDATE store_meta SET value = value + 1 WHERE key = 'articles';
END;
CREATE TRIGGER articles_counted_delete AFTER DELETE ON articles BEGIN
	UPDATE store_meta SET value = value - 1 WHERE key = 'articles';
END;
