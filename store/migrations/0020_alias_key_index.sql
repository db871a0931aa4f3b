-- 0020: two indexes fewer that every article's write changed. Its aliases
-- went into speaker_aliases_key (speaker_key, alias) and its quotes with a
-- role into speaker_quotes_role (speaker_key, speaker_role, n): random
-- keys, so in a large library most rows changed a page of their own at
-- every commit (0.84 and 0.31 of the 10.9 log pages a BBC text wrote into
-- 1,000,000 articles). Their one reader left was the from-scratch grouping
-- of the speakers (the tests' oracle, and a store that cannot write),
-- which now reads the aliases and roles from speaker_alias_names and
-- speaker_role_names, as the kept list does; every other statement on
-- these tables goes by article_id, their primary keys' first column.
DROP INDEX IF EXISTS speaker_aliases_key;
DROP INDEX IF EXISTS speaker_quotes_role;
