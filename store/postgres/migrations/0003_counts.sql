-- 0003: the number of articles, kept as rows of changes (one a write
-- statement) that Count adds up, so that the first frame does not count a
-- large library's rows (11 ms at 100,000 articles, 10 times that at
-- 1,000,000). One row of changes, not one counter row: a counter row would
-- make every importer wait for the others' commits. The store folds the
-- rows into one now and then.
CREATE TABLE article_counts (delta bigint NOT NULL);
INSERT INTO article_counts(delta) SELECT count(*) FROM articles;

CREATE FUNCTION article_counts_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO article_counts(delta) SELECT count(*) FROM new_rows HAVING count(*) > 0;
	RETURN NULL;
END $$;
CREATE FUNCTION article_counts_sub() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO article_counts(delta) SELECT -count(*) FROM old_rows HAVING count(*) > 0;
	RETURN NULL;
END $$;
CREATE TRIGGER articles_count_add AFTER INSERT ON articles
	REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_counts_add();
CREATE TRIGGER articles_count_sub AFTER DELETE ON articles
	REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION article_counts_sub();
