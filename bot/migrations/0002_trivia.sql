-- Trivia: games, per-question results, per-game scores, seasons, per-server settings and packs.
-- Everything a server owns carries its guild_id, and every query filters on it, so servers
-- never see each other's packs, settings or scores (the all-time leaderboard shows only user
-- ids and totals). film ids are kept without a foreign key: a re-ingest replaces film rows,
-- and a played game's history must survive that.

CREATE TABLE trivia_seasons (
    id         INTEGER PRIMARY KEY,
    guild_id   INTEGER NOT NULL,
    number     INTEGER NOT NULL,                -- 1, 2, 3 … within the guild
    name       TEXT NOT NULL DEFAULT '',
    started_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ended_at   TEXT,
    UNIQUE (guild_id, number)
);
-- At most one open season per guild.
CREATE UNIQUE INDEX trivia_seasons_open ON trivia_seasons(guild_id) WHERE ended_at IS NULL;

CREATE TABLE trivia_games (
    id              INTEGER PRIMARY KEY,
    guild_id        INTEGER NOT NULL,
    channel_id      INTEGER NOT NULL,
    host_id         INTEGER NOT NULL,
    mode            TEXT NOT NULL CHECK (mode IN ('typed', 'buttons')),
    source          TEXT NOT NULL DEFAULT '',   -- 'films', 'pack:<name>' …
    season_id       INTEGER REFERENCES trivia_seasons(id) ON DELETE SET NULL,
    questions_asked INTEGER NOT NULL DEFAULT 0,
    started_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ended_at        TEXT,                       -- NULL while running (or interrupted)
    end_reason      TEXT                        -- questions | max_score | stopped | idle | restart
);
CREATE INDEX trivia_games_guild ON trivia_games(guild_id, season_id);
CREATE INDEX trivia_games_open ON trivia_games(id) WHERE ended_at IS NULL;

CREATE TABLE trivia_questions (
    game_id      INTEGER NOT NULL REFERENCES trivia_games(id) ON DELETE CASCADE,
    number       INTEGER NOT NULL,
    question_key TEXT NOT NULL DEFAULT '',      -- the question's id, as text
    film_id      INTEGER,
    category     TEXT NOT NULL DEFAULT '',
    text         TEXT NOT NULL,
    answer       TEXT NOT NULL,
    outcome      TEXT NOT NULL,                 -- answered | timeout | skipped | stopped
    closed_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (game_id, number)
) WITHOUT ROWID;

CREATE TABLE trivia_answers (
    game_id  INTEGER NOT NULL,
    number   INTEGER NOT NULL,
    user_id  INTEGER NOT NULL,
    correct  INTEGER NOT NULL,
    points   INTEGER NOT NULL DEFAULT 0,
    elapsed  REAL NOT NULL DEFAULT 0,
    hints    INTEGER NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 1,
    option   INTEGER,
    PRIMARY KEY (game_id, number, user_id),
    FOREIGN KEY (game_id, number) REFERENCES trivia_questions(game_id, number) ON DELETE CASCADE
) WITHOUT ROWID;

-- Running totals, rewritten after every question; `won` is set when the game ends.
CREATE TABLE trivia_scores (
    game_id     INTEGER NOT NULL REFERENCES trivia_games(id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL,
    points      INTEGER NOT NULL DEFAULT 0,
    correct     INTEGER NOT NULL DEFAULT 0,
    answered    INTEGER NOT NULL DEFAULT 0,
    best_streak INTEGER NOT NULL DEFAULT 0,
    won         INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (game_id, user_id)
) WITHOUT ROWID;
CREATE INDEX trivia_scores_user ON trivia_scores(user_id);

CREATE TABLE trivia_settings (
    guild_id   INTEGER PRIMARY KEY,
    settings   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings)),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE trivia_packs (
    id          INTEGER PRIMARY KEY,
    guild_id    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    author      TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    config      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(config)),
    questions   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(questions)),
    n_questions INTEGER NOT NULL DEFAULT 0,
    created_by  INTEGER NOT NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (guild_id, name)
);
