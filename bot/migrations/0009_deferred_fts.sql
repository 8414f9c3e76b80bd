-- A bulk load indexes its sentences for full-text search once a batch, not once a film.
--
-- The triggers of 0001 fed FTS5 one film at a time: each film's sentences became a segment of the
-- index, merged again and again as more films came (about 40% of a bulk ingest's writing). A film
-- whose id is in sentences_fts_deferred is skipped by both triggers; the bulk writer
-- (store.write_batch) lists each film it writes there, then, in the same transaction, indexes all
-- their sentences in one statement and empties the table. A reader never sees the table non-empty
-- (it is filled and emptied inside one transaction), and a film written one at a time (/filmadmin
-- add, a re-ingest) is indexed by the triggers as before, searchable as soon as it commits.
-- SQLite only: PostgreSQL holds no full-text index (see postgres/0001_init.sql).

CREATE TABLE sentences_fts_deferred (film_id INTEGER PRIMARY KEY);

DROP TRIGGER sentences_ai;
CREATE TRIGGER sentences_ai AFTER INSERT ON sentences
WHEN NOT EXISTS (SELECT 1 FROM sentences_fts_deferred WHERE film_id = new.film_id) BEGIN
    INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;

-- A deferred film's sentences were never indexed, so deleting them (the same film twice in one
-- batch) must not tell FTS5 to remove them: an external-content index 'delete' of a row it never
-- held corrupts its counts.
DROP TRIGGER sentences_ad;
CREATE TRIGGER sentences_ad AFTER DELETE ON sentences
WHEN NOT EXISTS (SELECT 1 FROM sentences_fts_deferred WHERE film_id = old.film_id) BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
