-- 0004: counters of the store's state. quotes_generation goes up with every
-- write that changes quotes or speaker aliases, so that a process can tell
-- whether what it derived from them (the speakers list) is still current,
-- whichever process wrote.
CREATE TABLE store_meta (
	key   TEXT PRIMARY KEY,
	value INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO store_meta(key, value) VALUES ('quotes_generation', 0);
