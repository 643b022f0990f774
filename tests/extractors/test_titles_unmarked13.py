"""Films, thirteenth pass (branch films13): titles without typography: wrapped lines, lone words after a film
cue, list items over "and" / "or" and abbreviations, a dash of two hyphens."""

from __future__ import annotations

import pytest

from filmkg.core.normalize import name_key
from filmkg.extractors import titles
from filmkg.extractors.models import ArchiveLexicon
from filmkg.extractors.titles import find_titles
from filmkg.linking.lexicon import FilmTitles

COUNTS = {"Harbourmaster": [12, 0, 0], "Quarry": [6, 0, 0], "Wren": [14, 0, 0], "Lucan": [6, 0, 0],
          "Lantern": [4, 0, 0], "Gallows": [6, 0, 3]}
ARCHIVE = ArchiveLexicon({"titles": {name_key(t, film=True): c for t, c in COUNTS.items()},
                          "common_words": ["quarry", "lantern", "gallows"], "given_names": ["Wren", "Lucan"]})
KB = FilmTitles([*COUNTS, "Glass Road", "Tin Lake", "Salt and Pepper", "Moon or Tide", "Mr. Wilde",
                 "Rain in Spain", "Spain", "White Kite"])


def _names(text: str, people: list[tuple[int, int]] | None = None, places: list[tuple[int, int]] | None = None,
           **switches: object) -> set[str]:
    saved = {k: getattr(titles, k) for k in switches}
    try:
        for k, v in switches.items():
            setattr(titles, k, v)
        return {m.name for m in find_titles(text, None, people or [], KB, blocked=[], archive=ARCHIVE,
                                            not_film_spans=places or [])}
    finally:
        for k, v in saved.items():
            setattr(titles, k, v)


LINE = "The plot is thin and the jokes are stale, but it is about as much fun as\n"


def test_a_known_word_at_a_wrapped_lines_start_is_no_sentence_opening():
    # (off by default: the switch on)
    assert _names(LINE + "Harbourmaster on a wet day.", KNOWN_WORD_WRAPS=True) == {"Harbourmaster"}
    assert _names(LINE + "Harbourmaster on a wet day.") == set()
    # a stop before the break, a short line (a heading) or an article before it: an opening still
    for text in ("The plot is thin and the jokes are stale, and it is no fun at all.\nHarbourmaster is dark.",
                 "Notes\nHarbourmaster is dark.",
                 "The plot is thin and the jokes are stale, and it is no fun, like the\nHarbourmaster is."):
        assert _names(text, KNOWN_WORD_WRAPS=True) == set(), text


@pytest.mark.parametrize("text,expected", [
    ("It looks like Quarry with better jokes.", {"Quarry"}),          # a common word after "like"
    ("It recalls Ann Vale in Quarry, oddly.", {"Quarry"}),            # "Name in"
    ("It is lighter than Wren, though.", {"Wren"}),                   # a given name many critics write as a film
    ("It is lighter than Lucan, though.", set()),                     # a given name few critics write as a film
    ("It is lighter than Quarry. Quarry is heavier.", {"Quarry"}),   # the second one has no cue
    ("It shows the movie. Quarry is next.", set()),                   # the cue's sentence ended
    ('I typed "movie." Quarry is next.', set()),                      # ... inside the quotes
    ("Bread and Butter in Quarry (2000), a review", set()),           # a title's own "Name in"
    ("It sat in Movie Quarry for a year.", set()),                    # a capitalised word before it
    ("It looks like Gallows with better jokes.", set()),              # critics call it a book as often
    ("It looks like Lantern with better jokes.", set()),              # too few critics
    ("It looks like Quarry of the Moon, oddly.", set()),              # the word opens a longer title
    ("In the film, Wren is a girl.", set()),                          # a film noun's clause
])
def test_a_lone_word_right_after_a_film_cue(text, expected):
    assert _names(text) == expected
    assert _names(text, CUED_WORD_MIN=None) == set()


def test_a_cued_word_takes_a_lone_word_person_span_but_no_place_nor_longer_name():
    text = "It looks like Wren with better jokes."
    at = text.index("Wren")
    assert _names(text, people=[(at, at + 4)]) == {"Wren"}
    assert _names(text, places=[(at, at + 4)]) == set()
    # "Name in" gives a person's span no way
    text = "It recalls Ann Vale in Wren, oddly."
    at = text.index("Wren")
    assert _names(text, people=[(at, at + 4)]) == set()
    text = "It looks like Wren Hall with better jokes."
    assert _names(text, people=[(at, at + 9)]) == set()


def test_list_items_run_on_over_and_or_and_abbreviations_into_known_titles():
    text = "I like such films as Glass Road, Salt and Pepper, and Tin Lake."
    assert _names(text) == {"Glass Road", "Salt and Pepper", "Tin Lake"}
    assert _names("I like such films as Glass Road and Moon or Tide.") == {"Glass Road", "Moon or Tide"}
    assert _names("I like such films as Glass Road and Moon or Tide.", LIST_JOINS=False) == {"Glass Road", "Moon"}
    assert _names("I like such films as Glass Road and Mr. Wilde.") == {"Glass Road", "Mr. Wilde"}
    # a title the KB does not know stays cut as before
    assert _names("I like such films as Glass Road and Moon or Sun.") == {"Glass Road", "Moon"}


def test_a_list_cue_inside_a_known_title_opens_no_list():
    text = "It won Best Picture Rain in Spain that year."
    assert "Spain" not in _names(text)
    assert "Spain" in _names(text, LIST_JOINS=False)


def test_a_dash_of_two_hyphens_opens_a_title():
    assert _names("Gangster movies--White Kite, mostly--were cheap.") == {"White Kite"}
    assert _names("Gangster movies--White Kite, mostly--were cheap.", DASH_OPENS=False) == set()
    assert _names("He was good (Ann Vale--Harbourmaster, Tin Lake).") >= {"Harbourmaster"}
    # one hyphen still joins a word
    assert _names("The Spider-White Kite moment.") == set()
