-- Coreference: a name resolved to the fuller form stated elsewhere in the article (a surname
-- alone → the full name) keeps the words its sentence uses, so the citation still shows the evidence.
-- Empty when the name itself occurs in the sentence. Columns mirror bot/facts.py (a test checks).

ALTER TABLE crew ADD COLUMN mention TEXT NOT NULL DEFAULT '';
ALTER TABLE cast_members ADD COLUMN mention TEXT NOT NULL DEFAULT '';
ALTER TABLE casting_events ADD COLUMN mention TEXT NOT NULL DEFAULT '';
