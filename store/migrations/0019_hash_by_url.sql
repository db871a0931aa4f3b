-- 0019: one text-hash index entry an article instead of two. An article
-- without a URL (an imported file) was in articles_hash and in the unique
-- articles_hash_nourl, both keyed by its text's hash, a random key: in a
-- large library each was a page of its own written at every commit. Now
-- articles_hash_nourl holds the articles without a URL and
-- articles_hash_url those with one; a look-up by hash reads both
-- (store/write.go, sqlByHash).
CREATE INDEX IF NOT EXISTS articles_hash_url ON articles(hash) WHERE url IS NOT NULL;
DROP INDEX IF EXISTS articles_hash;
