"""Films, fifteenth pass: known titles over a wrapped line's end, Title Case runs read further."""

from __future__ import annotations

import pytest

import filmkg.extractors.titles as titles
from filmkg.extractors.models import ArchiveLexicon
from filmkg.extractors.titles import find_titles
from filmkg.linking.lexicon import FilmTitles

KB = FilmTitles(["Cats and Dogs", "Glass Harbour", "A Rope Walk", "Harbour Lights", "Tuesday the 9th",
                 "Class of 1977", "Wolf and a Lamb", "Gullbay"])
NO_ARCHIVE = ArchiveLexicon({"titles": {}})


def _names(text: str, film_spans: list[tuple[int, int]] | None = None) -> set[str]:
    return {m.name for m in find_titles(text, None, [], KB, archive=NO_ARCHIVE, film_spans=film_spans)}


@pytest.mark.parametrize("text", [
    "We saw Cats and\nDogs on Sunday.",      # the line ends on "and", no blank after it
    "We saw Cats\nand Dogs on Sunday.",      # ... or before it
])
def test_an_and_title_wrapped_at_its_and(text: str):
    assert "Cats and Dogs" in _names(text)


def test_a_known_title_after_another_in_one_run(monkeypatch: pytest.MonkeyPatch):
    text = "Her roles run from Glass Harbour to A Rope Walk to Harbour Lights, all good."
    assert {"Glass Harbour", "A Rope Walk", "Harbour Lights"} <= _names(text)
    monkeypatch.setattr(titles, "RUN_JOINS", False)
    assert "A Rope Walk" not in _names(text)


def test_a_run_goes_on_only_into_a_known_title():
    assert _names("He left Glass Harbour to Sam Brown at last.") == {"Glass Harbour"}


@pytest.mark.parametrize("text,title", [
    ("It is no Tuesday the 9th, sadly.", "Tuesday the 9th"),    # an ordinal after the first word
    ("It beats Class of 1977 by far.", "Class of 1977"),        # a year as the third word
])
def test_a_word_opening_with_a_digit_counts_as_capitalised(monkeypatch: pytest.MonkeyPatch, text: str, title: str):
    assert title in _names(text)
    monkeypatch.setattr(titles, "RUN_JOINS", False)
    assert title not in _names(text)


def test_and_a_inside_a_title():
    assert "Wolf and a Lamb" in _names("Think of Wolf and a Lamb, then.")


def test_a_maker_possessive_before_an_and_title():
    assert "Cats and Dogs" in _names("It recalls Ann Lee's Cats and Dogs in places.")
