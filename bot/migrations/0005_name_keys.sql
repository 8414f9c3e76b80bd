-- The names each film's facts hold (actors, characters, crew, plot characters), by their folded forms
-- and distinctive words, so that a question naming no film can still find the one film a name belongs
-- to ("who played <character>"). Rows are written with the film's facts (store.save_film); a database
-- made before this migration is filled once in Python on open (meta 'name_keys' = 'stale').
CREATE TABLE name_keys (
    key TEXT NOT NULL,
    film_id INTEGER NOT NULL REFERENCES films(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    name TEXT NOT NULL
);
CREATE INDEX name_keys_key ON name_keys(key);
CREATE INDEX name_keys_film ON name_keys(film_id);

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO meta (key, value)
VALUES ('name_keys', CASE WHEN EXISTS (SELECT 1 FROM films) THEN 'stale' ELSE 'fresh' END);
