"""/ask says the article doesn't say where the only sentence it could quote answers nothing asked: a link
line's digit ("<title> at Rotten Tomatoes") is no score, a year no budget, one market's forecast no world
total; a sentence leaving the end open ("whether they win forms the rest of the story") tells no end, nor
does an article with no plot; a sentence telling a film was selected to compete tells no win; someone the
plot never names has no fate in it (a sentence about whose kin they are is someone else's)."""

from __future__ import annotations

from .askkit import ask, library

NINE_LANTERNS = (
    "9 Lanterns\n"
    "9 Lanterns is a micro-budget Ruritanian drama film released in 2009, directed by Ora Pell.\n\n"
    "Plot\n"
    "Ivo, a college student, comes back to his village and meets Lune. Both of them fall in love. Whether Ivo "
    "and Lune win in their love forms the rest of the story.\n\n"
    "Cast\n"
    "Ivo Brandt as Ivo\nLune Varga as Lune\nKip Morrow as Bede, Ivo's father\n\n"
    "Box office\n"
    "In Ruritania, 9 Lanterns was released alongside Other Tale, and was projected to gross around $3 million "
    "from 830 theaters in its opening weekend.\n\n"
    "Accolades\n"
    "It premiered at the Osk Film Festival. It is also selected for competing in the category of Golden Lamp "
    "Award for the best debut feature film at the same festival.\n\n"
    "External links\n"
    "9 Lanterns on IMDb\n"
    "9 Lanterns at Rotten Tomatoes\n"
)

HARBOR_SONG = ("Harbor Song\nHarbor Song (literally Bay Song) is a 1974 Ruritanian film directed by Tam Osk. It starred "
               "Ivo Brandt and Lune Varga.\n")


def test_a_link_line_a_year_or_a_forecast_is_no_figure(tmp_path):
    db = library(tmp_path, NINE_LANTERNS)
    for q in ("9 lanterns rotten tomatoes score", "what was the actual budget figure for 9 lanterns",
              "9 lanterns worldwide total gross"):
        ans = ask(db, q)
        assert ans.abstained, (q, ans.answer)


def test_an_open_end_tells_no_end(tmp_path):
    db = library(tmp_path, NINE_LANTERNS)
    ans = ask(db, "does ivo end up marrying lune at the end of 9 lanterns")
    assert ans.abstained and "forms the rest of the story" in ans.answer, ans.answer


def test_no_plot_no_ending(tmp_path):
    db = library(tmp_path, HARBOR_SONG)
    ans = ask(db, "how does bay song (1974) end")
    assert ans.abstained, ans.answer


def test_selected_to_compete_is_no_win(tmp_path):
    db = library(tmp_path, NINE_LANTERNS)
    ans = ask(db, "did 9 lanterns actually win the golden lamp award")
    assert ("competing" in ans.answer or "competed" in ans.answer) and not ans.answer.startswith("Yes"), ans.answer
    assert ans.abstained or ans.answer.startswith("No"), ans.answer


def test_the_fate_of_someone_the_plot_never_names(tmp_path):
    db = library(tmp_path, NINE_LANTERNS)
    ans = ask(db, "what happens to bede, ivo's dad")
    assert ans.abstained, ans.answer


LOST_FERRY = (
    "Lost Ferry\n"
    "Lost Ferry is a 2018 Ruritanian action film directed by Ora Pell.\n\n"
    "Plot\n"
    "The protagonist is an experienced hitman. But when a loved one is dragged into the underworld and murdered by "
    "his own crew, Kip Morrow is forced to rip apart the life he knew. Later, the stranger, Bede Marrow, saves him.\n"
)


def test_someone_the_sentence_leaves_unnamed(tmp_path):
    db = library(tmp_path, LOST_FERRY)
    ans = ask(db, "who is the loved one that gets killed in lost ferry")
    assert ans.abstained and "a loved one" in ans.answer, ans.answer
    ans = ask(db, "who is the stranger that saves kip in lost ferry")
    assert "Bede Marrow" in ans.answer, ans.answer
