-- 0006: the addresses of deleted articles, so that a feed refresh does not
-- bring back an article its reader deleted. Importing the address by hand
-- adds it again.
CREATE TABLE deleted_urls (
	url     TEXT PRIMARY KEY,
	deleted INTEGER NOT NULL -- unix milliseconds
) WITHOUT ROWID;
