-- As SQLite's 0008_award_mentions.sql: the words a sentence uses for an award recipient resolved by coreference.
ALTER TABLE awards ADD COLUMN mention TEXT NOT NULL DEFAULT '';
