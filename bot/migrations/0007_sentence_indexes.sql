-- Every fact row points at its sentence (sentence_id REFERENCES sentences ON DELETE CASCADE). Without an
-- index on that column, deleting a sentence makes SQLite scan each of these tables for rows to cascade to:
-- one scan of every fact table per sentence, so removing or replacing a film cost (its sentences) x (every
-- film's facts). At 40,000 films a film of 507 sentences took 105 s to delete at load average 6-8 (26 ms with these indexes),
-- and a 2 MB article's tens of thousands of sentences never finished, the connection held all along.
CREATE INDEX identity_sentence ON identity(sentence_id);
CREATE INDEX crew_sentence ON crew(sentence_id);
CREATE INDEX cast_members_sentence ON cast_members(sentence_id);
CREATE INDEX casting_events_sentence ON casting_events(sentence_id);
CREATE INDEX awards_sentence ON awards(sentence_id);
CREATE INDEX award_counts_sentence ON award_counts(sentence_id);
CREATE INDEX reviews_sentence ON reviews(sentence_id);
CREATE INDEX scores_sentence ON scores(sentence_id);
CREATE INDEX money_sentence ON money(sentence_id);
CREATE INDEX releases_sentence ON releases(sentence_id);
CREATE INDEX production_sentence ON production(sentence_id);
CREATE INDEX plot_characters_sentence ON plot_characters(sentence_id);
