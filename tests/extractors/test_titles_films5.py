"""titles, eighth pass: labels of a critic's layout, shouts, shows, parts, and titles with punctuation.

Every sentence is written for its pattern; the KB and the archive lexicon are small hand-made ones."""

from __future__ import annotations

from filmkg.core.normalize import name_key
from filmkg.extractors.models import ArchiveLexicon
from filmkg.extractors.titles import caps_runs, find_titles
from filmkg.linking.lexicon import FilmTitles

KB = FilmTitles(["Glass River", "Salt Road", "Tidewater", "Batman & Robin", "M*A*S*H", "Night Owls", "Orchard",
                 "Lantern Bay", "Harbour Lights"])


def archive(titles: dict[str, list[int]] | None = None, **data) -> ArchiveLexicon:
    return ArchiveLexicon({"titles": {name_key(t, film=True): c for t, c in (titles or {}).items()}, **data})


def names(text: str, reviewed: str | None = "Glass River", kb: FilmTitles = KB, lexicon: ArchiveLexicon | None = None,
          critic: str | None = None, people: list[tuple[int, int]] | None = None) -> set[str]:
    found = find_titles(text, reviewed, people or [], kb, archive=lexicon or archive(), critic=critic)
    return {m.name for m in found}


def test_a_label_and_its_value_end_no_title():
    text = "GLASS RIVER is slow. GLASS RIVER drags.\n\nSCORE: 6.5 out of 10\n\nMARROW HILL\nRATING: 7\n"
    assert names(text) == {"Glass River", "Marrow Hill"}


def test_caps_that_end_on_a_bang_or_warn_of_spoilers_are_shouts():
    text = "GLASS RIVER is slow. GLASS RIVER drags. It is a MUST SEE FOR ALL! (SEMI-SPOILER WARNING AHEAD)"
    assert names(text) == {"Glass River"}
    # the same words without the bang are the same shout; a title the KB knows keeps its bang
    assert names(text + " Yes, MUST SEE FOR ALL.") == {"Glass River"}
    assert names("GLASS RIVER is slow. GLASS RIVER drags, unlike TIDEWATER!") == {"Glass River", "Tidewater"}


def test_a_critics_own_labels_are_no_titles():
    # (two critics write "Tidewater" as a film: one capitalised word nobody writes so needs a cue, MARKED_WORD_CUED)
    lexicon = archive({"Tidewater": [2, 0, 0]}, labels={"Ann Critic": {"USELESS FACTS": 30, "TIDEWATER": 45}})
    text = "GLASS RIVER is slow. GLASS RIVER drags.\n\nUSELESS FACTS -- the cat is real.\nTIDEWATER was better."
    assert names(text, lexicon=lexicon, critic="Ann Critic") == {"Glass River"}
    # another critic's review keeps them (an unknown caps run of a caps-style review is a title)
    assert names(text, lexicon=lexicon, critic="Bo Critic") == {"Glass River", "Useless Facts", "Tidewater"}


def test_caps_runs_are_cut_as_the_caps_rule_cuts_them():
    assert caps_runs("GLASS RIVER and SALT ROAD.\n\nSCORE: 7.5\n\nFINAL WORD FOR GLASS RIVER, OK") == [
        "GLASS RIVER", "SALT ROAD", "FINAL WORD FOR GLASS RIVER"]
    # a title on the line above a rating keeps its line
    assert caps_runs("MARROW HILL\nRATING: 7") == ["MARROW HILL"]


def test_a_title_called_a_show_once_is_a_show_everywhere():
    text = ('"Glass River" is slow. Its star was on TV\'s "Night Owls" for years, and "Night Owls," '
            "like Salt Road, was better.")
    assert names(text) == {"Glass River", "Salt Road"}
    # a year after one mention makes it the film of the show
    assert "Night Owls" in names(text.replace('"Night Owls,"', '"Night Owls" (1999),'))
    assert names("It has the look of the Lantern Bay television series.") == set()


def test_a_kb_title_the_archive_calls_a_show_far_more_often_is_a_show():
    lexicon = archive({"Tidewater": [1, 12, 0], "Orchard": [3, 11, 0]})
    text = '"Glass River" is slow, like "Tidewater," and "Orchard" is not.'
    assert names(text, lexicon=lexicon) == {"Glass River", "Orchard"}


def test_a_part_the_archive_knows_is_no_film_after_as_or_among_parts():
    lexicon = archive(characters={"Harbour Lights": [4, 0]})
    assert names("Ann Vole is lively as the luscious and vengeful Harbour Lights.", lexicon=lexicon) == set()
    text = "Bo Pike (Captain Grey), Ann Vole (Harbour Lights) and Cy Dunn (Mayor Fell)."
    assert names(text, lexicon=lexicon) == set()
    # a film of the name in a filmmaker's bracket, or after "such as", stays a film
    assert names("films such as Harbour Lights and Salt Road", lexicon=lexicon) == {"Harbour Lights", "Salt Road"}
    assert names("the villain Harbour Lights", lexicon=lexicon) == set()


def test_titles_with_asterisks_ampersands_and_a_year():
    assert {n.upper() for n in names("It is the best since M*A*S*H hit the screens.")} == {"M*A*S*H"}
    assert names("It does not sink to Batman & Robin levels.") == {"Batman & Robin"}
    assert names("It does not sink to B & W levels.") == set()
    # a KB title the review's own time would rule out, marked by the year after it
    dated = FilmTitles(["Night Owls"])
    assert "Night Owls" in names("It is much like Night Owls\u2026 (1986).", kb=dated)


def test_single_quoted_titles_the_kb_knows():
    text = "It is no 'Salt Road', and `Tidewater' (1996) or 'Orchard' it is not. 'Two Words' is a phrase."
    assert names(text) == {"Salt Road", "Tidewater"}


def test_shouted_lines_years_and_stressed_pronouns_are_no_titles():
    assert names('Gems such as "Hang on!" and "Look out!" abound.', reviewed=None) == set()
    # a question the KB knows as a title of two words or more stays one
    asked = FilmTitles(["Who Goes There"])
    assert names('It is no "Who Goes There?" either.', reviewed=None, kb=asked) == {"Who Goes There"}
    assert names("He is in films like Salt Road (1984) and 2001.", reviewed=None) == {"Salt Road"}
    assert names("Now a movie that *I* think is funny.", reviewed=None) == set()
    text = "Glass River is slow.\n-----== Posted via the Tidewater News, The Leader in Film ==-----\n"
    assert names(text) == {"Glass River"}


def test_a_part_in_a_show_goes_to_no_film_and_the_next_part_to_this_one(extract):
    from tests.extractors.conftest import characters_of, films_of

    text = ("Cast: Holly Hunter, Gene Hackman.\n\nHolly Hunter, who played Ada Pike in the LANTERN COVE mini-series, "
            "gives a touching performance as prisoner Rose Vane.")
    ex = extract(text, "Night Train")
    assert characters_of(ex) == {("Holly Hunter", "Rose Vane", "prisoner")}
    assert "Lantern Cove" not in films_of(ex)


def test_a_lone_name_inside_a_longer_title_leaves_the_title(extract):
    from tests.extractors.conftest import films_of

    assert "Batman & Robin" in films_of(extract("It never sinks to Batman & Robin levels of camp.", "Night Train"))


def test_a_title_on_the_page_line_is_the_reviewed_film(run):
    from filmkg.extractors import state

    text = "Dolce Vita, La (1960)\nreviewed by\nAnn Critic\n\nLA DOLCE VITA is long and LA DOLCE VITA drags on.\n"
    doc = run(text, "La Dolce Vita", until="titles", title_span=(0, 21), critic_span=(34, 44), critic="Ann Critic")
    assert {m.name for m in state.mentions(doc, state.TITLES)} == {"La Dolce Vita"}


def test_one_common_word_in_capitals_is_a_stress_unless_listed_or_dated():
    lexicon = archive(common_words=["long", "mistress", "primary"])
    base = "GLASS RIVER is slow. GLASS RIVER drags. "
    assert names(base + "He has come a LONG way.", lexicon=lexicon) == {"Glass River"}
    assert names(base + "It recalls SALT ROAD, TIDEWATER, and MISTRESS.", lexicon=lexicon) == {
        "Glass River", "Salt Road", "Tidewater", "Mistress"}
    assert names(base + "His films include PRIMARY (1960).", lexicon=lexicon) == {"Glass River", "Primary"}
