-- As SQLite's 0006_money_period.sql: the part of the run a takings figure covers, as worded.
ALTER TABLE money ADD COLUMN period TEXT NOT NULL DEFAULT '';
