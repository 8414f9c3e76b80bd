-- As SQLite's 0004_award_outcomes.sql: award outcomes 'submitted' and 'competed' besides 'won' and
-- 'nominated'. PostgreSQL changes the CHECK in place where SQLite rebuilds the table.
ALTER TABLE awards DROP CONSTRAINT awards_outcome_check;
ALTER TABLE awards ADD CONSTRAINT awards_outcome_check
    CHECK (outcome IN ('won', 'nominated', 'submitted', 'competed'));
