-- A takings figure for part of a film's run ("$7.6 million on its first day", "$8.4 million in its
-- second weekend") is kept with that period as the article words it, under kind 'partial'; totals
-- and opening weekends keep an empty period. Rows made before this migration have none.
ALTER TABLE money ADD COLUMN period TEXT NOT NULL DEFAULT '';
