-- As SQLite's 0003_mentions.sql: the words a sentence uses for a name resolved by coreference.
ALTER TABLE crew ADD COLUMN mention TEXT NOT NULL DEFAULT '';
ALTER TABLE cast_members ADD COLUMN mention TEXT NOT NULL DEFAULT '';
ALTER TABLE casting_events ADD COLUMN mention TEXT NOT NULL DEFAULT '';
