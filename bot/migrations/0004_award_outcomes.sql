-- Award outcomes by meaning: besides 'won' and 'nominated', 'submitted' (an entry or a shortlist
-- that was not nominated) and 'competed' (in competition, not won). SQLite cannot change a CHECK
-- constraint in place, so the table is rebuilt with the same columns, ids and indexes.

CREATE TABLE awards_new (
    id INTEGER PRIMARY KEY,
    film_id INTEGER NOT NULL REFERENCES films(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    ceremony TEXT NOT NULL, ordinal INTEGER, year INTEGER, category TEXT NOT NULL DEFAULT '',
    recipient TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL CHECK (outcome IN ('won', 'nominated', 'submitted', 'competed'))
);
INSERT INTO awards_new (id, film_id, sentence_id, ceremony, ordinal, year, category, recipient, outcome)
    SELECT id, film_id, sentence_id, ceremony, ordinal, year, category, recipient, outcome FROM awards;
DROP TABLE awards;
ALTER TABLE awards_new RENAME TO awards;
CREATE INDEX awards_film ON awards(film_id, ceremony);
CREATE INDEX awards_category ON awards(category COLLATE NOCASE, outcome);
