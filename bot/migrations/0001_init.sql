-- Films, their article text (sections, sentences, full-text index) and typed facts.
-- Every fact row points at the sentence that states it; deleting a film cascades.

CREATE TABLE films (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,          -- normalised page title + year: identity for re-ingest
    title       TEXT NOT NULL,                 -- without the "(film)" disambiguator
    page_title  TEXT NOT NULL,
    year        INTEGER,
    source_file TEXT NOT NULL DEFAULT '',
    sha256      TEXT NOT NULL DEFAULT '',
    n_chars     INTEGER NOT NULL DEFAULT 0,
    ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX films_title ON films(title COLLATE NOCASE);
CREATE INDEX films_year ON films(year);

CREATE TABLE sections (
    film_id  INTEGER NOT NULL REFERENCES films(id) ON DELETE CASCADE,
    idx      INTEGER NOT NULL,
    heading  TEXT NOT NULL,
    level    INTEGER NOT NULL,
    parent   INTEGER,
    kind     TEXT NOT NULL,
    path     TEXT NOT NULL,
    PRIMARY KEY (film_id, idx)
) WITHOUT ROWID;

CREATE TABLE sentences (
    id       INTEGER PRIMARY KEY,
    film_id  INTEGER NOT NULL REFERENCES films(id) ON DELETE CASCADE,
    idx      INTEGER NOT NULL,
    section  INTEGER NOT NULL,
    para     INTEGER NOT NULL,
    ref      TEXT NOT NULL,
    text     TEXT NOT NULL,
    UNIQUE (film_id, idx)
);

CREATE VIRTUAL TABLE sentences_fts USING fts5(
    text, content='sentences', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
    INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TABLE identity (
    id INTEGER PRIMARY KEY,
    film_id INTEGER NOT NULL REFERENCES films(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    key TEXT NOT NULL, value TEXT NOT NULL
);
CREATE INDEX identity_film ON identity(film_id, key);
CREATE INDEX identity_value ON identity(key, value COLLATE NOCASE);

CREATE TABLE crew (
    id INTEGER PRIMARY KEY,
    film_id INTEGER NOT NULL REFERENCES films(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    role TEXT NOT NULL, name TEXT NOT NULL
);
CREATE INDEX crew_film ON crew(film_id, role);
CREATE INDEX crew_name ON crew(name COLLATE NOCASE);

CREATE TABLE cast_members (
    id INTEGER PRIMARY KEY,
    film_id INTEGER NOT NULL REFERENCES films(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    actor TEXT NOT NULL, character TEXT NOT NULL DEFAULT '', voice INTEGER NOT NULL DEFAULT 0,
    "order" INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX cast_film ON cast_members(film_id, "order");
CREATE INDEX cast_actor ON cast_members(actor COLLATE NOCASE);

CREATE TABLE casting_events (
    id INTEGER PRIMARY KEY,
    film_id INTEGER NOT NULL REFERENCES films(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    person TEXT NOT NULL, event TEXT NOT NULL, character TEXT NOT NULL DEFAULT '', other TEXT NOT NULL DEFAULT ''
);
CREATE INDEX casting_film ON casting_events(film_id);

CREATE TABLE awards (
    id INTEGER PRIMARY KEY,
    film_id INTEGER NOT NULL REFERENCES films(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    ceremony TEXT NOT NULL, ordinal INTEGER, year INTEGER, category TEXT NOT NULL DEFAULT '',
    recipient TEXT NOT NULL DEFAULT '', outcome TEXT NOT NULL CHECK (outcome IN ('won', 'nominated'))
);
CREATE INDEX awards_film ON awards(film_id, ceremony);
CREATE INDEX awards_category ON awards(category COLLATE NOCASE, outcome);

CREATE TABLE award_counts (
    id INTEGER PRIMARY KEY,
    film_id INTEGER NOT NULL REFERENCES films(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    ceremony TEXT NOT NULL DEFAULT '', ordinal INTEGER, count INTEGER NOT NULL, outcome TEXT NOT NULL, text TEXT NOT NULL
);
CREATE INDEX award_counts_film ON award_counts(film_id);

CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    film_id INTEGER NOT NULL REFERENCES films(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    critic TEXT NOT NULL DEFAULT '', publication TEXT NOT NULL DEFAULT '', rating_text TEXT NOT NULL DEFAULT '',
    rating_value REAL, rating_scale REAL, verdict TEXT NOT NULL DEFAULT '', quote TEXT NOT NULL DEFAULT ''
);
CREATE INDEX reviews_film ON reviews(film_id);

CREATE TABLE scores (
    id INTEGER PRIMARY KEY,
    film_id INTEGER NOT NULL REFERENCES films(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    source TEXT NOT NULL, score REAL, count INTEGER, average REAL, average_scale REAL,
    grade TEXT NOT NULL DEFAULT '', descriptor TEXT NOT NULL DEFAULT '', consensus TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX scores_film ON scores(film_id, source);

CREATE TABLE money (
    id INTEGER PRIMARY KEY,
    film_id INTEGER NOT NULL REFERENCES films(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    kind TEXT NOT NULL, amount REAL NOT NULL, amount_high REAL, currency TEXT NOT NULL,
    qualifier TEXT NOT NULL DEFAULT '', region TEXT NOT NULL DEFAULT '', text TEXT NOT NULL
);
CREATE INDEX money_film ON money(film_id, kind);

CREATE TABLE releases (
    id INTEGER PRIMARY KEY,
    film_id INTEGER NOT NULL REFERENCES films(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    kind TEXT NOT NULL, date TEXT NOT NULL DEFAULT '', date_text TEXT NOT NULL DEFAULT '',
    event TEXT NOT NULL DEFAULT '', place TEXT NOT NULL DEFAULT '', theaters INTEGER,
    distributor TEXT NOT NULL DEFAULT ''
);
CREATE INDEX releases_film ON releases(film_id, kind);
CREATE INDEX releases_date ON releases(date);

CREATE TABLE production (
    id INTEGER PRIMARY KEY,
    film_id INTEGER NOT NULL REFERENCES films(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    key TEXT NOT NULL, value TEXT NOT NULL, date TEXT NOT NULL DEFAULT ''
);
CREATE INDEX production_film ON production(film_id, key);

CREATE TABLE plot_characters (
    id INTEGER PRIMARY KEY,
    film_id INTEGER NOT NULL REFERENCES films(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    name TEXT NOT NULL, mentions INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX plot_characters_film ON plot_characters(film_id);
