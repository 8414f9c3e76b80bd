-- As SQLite's 0007_sentence_indexes.sql: PostgreSQL's foreign-key cascade also looks up the referencing
-- rows of each deleted sentence, a sequential scan per fact table per sentence without these indexes
-- (replacing or removing a film in the shared database).
CREATE INDEX identity_sentence ON identity (sentence_id);
CREATE INDEX crew_sentence ON crew (sentence_id);
CREATE INDEX cast_members_sentence ON cast_members (sentence_id);
CREATE INDEX casting_events_sentence ON casting_events (sentence_id);
CREATE INDEX awards_sentence ON awards (sentence_id);
CREATE INDEX award_counts_sentence ON award_counts (sentence_id);
CREATE INDEX reviews_sentence ON reviews (sentence_id);
CREATE INDEX scores_sentence ON scores (sentence_id);
CREATE INDEX money_sentence ON money (sentence_id);
CREATE INDEX releases_sentence ON releases (sentence_id);
CREATE INDEX production_sentence ON production (sentence_id);
CREATE INDEX plot_characters_sentence ON plot_characters (sentence_id);
