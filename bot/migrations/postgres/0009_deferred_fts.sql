-- As SQLite's 0009_deferred_fts.sql, which changes only how SQLite's FTS5 index is fed (its
-- triggers, and a table of films whose sentences a bulk load indexes at the end of its batch).
-- PostgreSQL holds no full-text index (see 0001_init.sql), so there is nothing to change here.
SELECT 1;
