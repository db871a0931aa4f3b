-- 0009: how the full-text index merges. Each write flushes its new terms
-- as a segment once they fill the in-memory hash, and segments are merged
-- once automerge of them sit at one level. A larger hash (8 MB, from 1)
-- flushes a batch of articles as fewer segments, and merging eight at a
-- time (from four) rewrites each term fewer times.
INSERT INTO articles_fts(articles_fts, rank) VALUES ('hashsize', 8388608);
INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 8);
