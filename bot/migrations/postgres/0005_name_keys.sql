-- As SQLite's 0005_name_keys.sql: the names each film's facts hold, by folded form and distinctive
-- words, and the meta table that says whether they still need filling.
CREATE TABLE name_keys (
    key TEXT NOT NULL,
    film_id BIGINT NOT NULL REFERENCES films(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    name TEXT NOT NULL
);
CREATE INDEX name_keys_key ON name_keys (key);
CREATE INDEX name_keys_film ON name_keys (film_id);

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO meta (key, value)
VALUES ('name_keys', CASE WHEN EXISTS (SELECT 1 FROM films) THEN 'stale' ELSE 'fresh' END);
