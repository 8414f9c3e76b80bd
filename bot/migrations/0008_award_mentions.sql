-- Coreference for award recipients, as 0003 did for crew and cast: "Doe was nominated for Best Actor"
-- stores the article's full name ("Jane Doe") as the recipient and keeps the sentence's words here,
-- so the citation still shows the evidence. Empty when the recipient itself occurs in the sentence.

ALTER TABLE awards ADD COLUMN mention TEXT NOT NULL DEFAULT '';
