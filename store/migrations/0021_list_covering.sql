-- 0021: the library's list reads its page from one index. articles_sorted
-- gave the order, and each of a page's rows was then read from the
-- articles table, whose rows hold the body: a page of its own for each
-- article, so the first screen of a library read some sixty pages of the
-- file (6-10 ms of the first frame at 100,000 articles on a fresh
-- process, where each page read is a system call and fresh memory). The
-- index carries the columns the list shows (store.summaryColumns), in the
-- same order, so a page is a few index pages. Its cost: about 140 bytes
-- an article (14 MB at 100,000), and marking an article read or starred
-- rewrites its entry.
DROP INDEX IF EXISTS articles_sorted;
CREATE INDEX IF NOT EXISTS articles_list ON articles(sorted DESC, id DESC, title, source, authors, date, added, url, read, starred, quote_count);
