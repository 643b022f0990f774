"""Films, thirteenth pass: one marked word the archive does not vouch for as a film needs a cue in its sentence."""

from __future__ import annotations

import pytest

import filmkg.extractors.titles as titles
from filmkg.extractors.titles import find_titles
from filmkg.linking.lexicon import FilmTitles

KB = FilmTitles(["Glimmer", "Tin Lake", "Marsh Hill", "Fargo"])
# a critic who writes titles in capitals: two of them before the word under test
CAPS = "I saw MARSH HILL and TIN LAKE. "


def _names(text: str) -> set[str]:
    return {m.name for m in find_titles(text, None, [], KB)}


def test_a_lone_capitalised_word_without_a_cue_is_no_film(monkeypatch: pytest.MonkeyPatch):
    text = CAPS + "Then GLIMMER said it all."
    assert "Glimmer" not in _names(text)
    # the switch is what drops it
    monkeypatch.setattr(titles, "MARKED_WORD_CUED", False)
    assert "Glimmer" in _names(text)


@pytest.mark.parametrize("sentence", [
    "Then the 1981 thriller GLIMMER said it all.",   # a year before it in the sentence
    "Then her nurse in GLIMMER was fine.",           # a part in it
    "It shows GLIMMER influence.",                   # a film word after it
    "Hitchcock's GLIMMER is fine.",                  # a filmmaker's possessive
    "It recalls FARGO, GLIMMER and the rest.",       # another title beside it in a list
    "I liked GLIMMER (1990) a lot.",                 # a year after it
])
def test_a_cue_in_the_sentence_keeps_it(sentence: str):
    assert "Glimmer" in _names(CAPS + sentence)


def test_a_two_word_title_needs_no_cue():
    assert {"Marsh Hill", "Tin Lake"} <= _names(CAPS + "That is all.")


@pytest.mark.parametrize("text", [
    'It plays like an episode of "Tin Lake" and little more.',
    'She posed for the cover of "Tin Lake" last year.',
    'He watched every season of "Tin Lake" twice.',
])
def test_a_work_named_as_the_whole_of_an_episode_issue_or_season_is_no_film(text: str):
    assert "Tin Lake" not in _names(text)


@pytest.mark.parametrize("text", [
    'It takes a page from "Tin Lake" and runs.',       # an idiom, the film itself
    'In a season of "Tin Lake" and "Marsh Hill", it stood out.',
])
def test_idioms_with_page_and_season_keep_the_film(text: str):
    assert "Tin Lake" in _names(text)


def test_an_elided_word_stays_inside_a_capitalised_title():
    kb = FilmTitles(["Boyz n the Hood", "The 'Burbs", "Marsh Hill"])
    found = {m.name for m in find_titles("I saw MARSH HILL, BOYZ 'N THE HOOD and THE 'BURBS.", None, [], kb)}
    assert {"Boyz 'n the Hood", "The 'Burbs"} <= found
    assert "The Hood" not in found
    # a quotation opened inside capitals is no elision
    assert "Said 'Ha" not in {m.name for m in find_titles("I saw MARSH HILL. He SAID 'HA' twice.", None, [], kb)}


def test_a_colon_at_a_line_end_continues_a_title_in_prose_but_ends_a_label():
    kb = FilmTitles(["Marsh Hill: The Return", "Marsh Hill"])
    found = {m.name for m in find_titles("I saw FARGO, then MARSH HILL:\nTHE RETURN last week.", None, [], kb)}
    assert "Marsh Hill: The Return" in found and "The Return" not in found
    # a label that opens its line stays a label
    assert "Director: Marsh Hill" not in {m.name for m in find_titles("DIRECTOR:\nMARSH HILL\n", None, [], kb)}


def test_a_title_after_an_authors_possessive_is_the_book(monkeypatch: pytest.MonkeyPatch):
    from filmkg.extractors import titles as t

    careers = {"Ann Quill": [0, 0, 0, 12, 0], "Bo Lens": [9, 0, 0, 0, 0]}
    monkeypatch.setattr(t, "archive_roles", lambda: careers)
    text = 'I saw MARSH HILL. It retells Ann Quill\'s "Tin Lake", unlike Bo Lens\'s "Tin Lake".'
    found = [m for m in find_titles(text, None, [], KB) if m.name == "Tin Lake"]
    # the author's possessive makes the first the book; a director's leaves the second a film
    assert [text[m.start - 11 : m.start] for m in found] == ["Bo Lens's \""]
