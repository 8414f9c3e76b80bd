"""Character aliases (bot/ask/aliases.py): one character known by two names in one article."""

from __future__ import annotations

from bot.ask.aliases import read_pairs, shared_words, with_aliases


def _pairs(paragraphs: list[list[str]], characters: list[str], title: str = "Other Tale") -> set[tuple[str, str]]:
    return {(" ".join(sorted(a)), " ".join(sorted(b))) for a, b in read_pairs(paragraphs, characters, title)}


def test_pairs_read_from_what_the_article_states() -> None:
    got = _pairs([
        ["Ivo Brandt and Lune Varga, a couple of heroes, known as Mr. Fox and Owl, hide their powers."],
        ["Kip Morrow, formerly known as Frost, relives the old days."],
        ["Meanwhile, Tam Osk, inspired by the raid, turns himself into a thief called the Magpie."],
        ["Bede Marrow (Pell), who becomes his sidekick Wren, joins him."],
        ["The Jackal, the alter ego of the former judge Ora Pell, escapes."],
        ["The witch tries to frighten Kipa away.", "The witch takes her name and renames her Nim."],
    ], ["Ivo Brandt", "Lune Varga", "Kip Morrow", "Tam Osk", "Bede Marrow", "Ora Pell", "Kipa", "Witch Hazel"])
    assert {("brandt ivo", "fox"), ("lune varga", "owl"), ("kip morrow", "frost"), ("osk tam", "magpie"),
            ("bede marrow", "wren"), ("jackal", "ora pell"), ("kipa", "nim")} <= got
    assert not any("meanwhile" in a or "meanwhile" in b for a, b in got)


def test_cast_line_with_a_slash_and_no_title_alias() -> None:
    assert _pairs([], ["Kip Morrow/The Fox"]) == {("kip morrow", "fox")}
    # the film "also known as" another title is no character's other name
    assert _pairs([["Other Tale, also known as The Ruritania Affair, is a film about Ora Pell."]],
                  ["Ora Pell", "Tale"]) == set()
    # "becomes friends with B" gives B no one's name
    assert _pairs([["Ora Pell becomes friends with Kip Morrow."]], ["Ora Pell", "Kip Morrow"]) == set()


def test_a_name_finds_its_other_name_but_not_the_family_name() -> None:
    characters = ["Kip Morrow/The Fox", "Ora Morrow", "Lune Varga"]
    pairs = read_pairs([], characters, "Other Tale")
    shared = shared_words(characters)
    assert shared == frozenset({"morrow"})
    # the question names Kip: sentences saying "the Fox" count too
    assert with_aliases(("Kip Morrow",), "why is kip fired", pairs, shared) == ("Kip Morrow fox",)
    # the question types the other name only the pairs know
    assert with_aliases((), "why is the fox fired", pairs, shared) == ("fox kip",)
    # another character keeps hers alone
    assert with_aliases(("Ora Morrow",), "what does ora do", pairs, shared) == ("Ora Morrow",)


def test_another_film_s_crew_role_is_no_answer(tmp_path) -> None:
    """"who was the cinematographer": a sentence naming the role only as someone the film's facts do not
    hold's ("who worked as Tam Osk's top cinematographer") tells another film's crew: the article does not
    say; the film's own director's cinematographer is still quoted."""
    from tests.askkit import add_articles, ask

    db = tmp_path / "osk.db"
    add_articles(db, {"osk.txt": "Other Tale\nOther Tale is a 1941 drama film directed by Ora Pell.\nProduction\n"
                                 "Bede Marrow was invited to write the script, along with Kip Morrow, the younger "
                                 "brother of Ivo Brandt, who worked as Tam Osk's top cinematographer from his "
                                 "silent short films on.\n"})
    ans = ask(db, "who was the cinematographer on other tale")
    assert "doesn't say" in ans.answer and "Osk" not in ans.answer, ans.answer
    db2 = tmp_path / "pell.db"
    add_articles(db2, {"pell.txt": "Other Tale\nOther Tale is a 1941 drama film directed by Ora Pell.\nProduction\n"
                                   "The film was shot by Pell's longtime cinematographer Lune Varga in the winter.\n"})
    ans = ask(db2, "who was the cinematographer on other tale")
    assert "Lune Varga" in ans.answer, ans.answer
