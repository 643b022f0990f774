"""Films, seventeenth pass (recall): quoted titles that open with a digit, a title beside one of its own people, one
word before the year the KB dates it."""

from __future__ import annotations

import pytest

import filmkg.extractors.titles as titles
from filmkg.extractors.models import ArchiveLexicon
from filmkg.extractors.titles import find_titles
from filmkg.linking.lexicon import FilmTitles

YEARS = {"9 Lanterns": [1995], "Marsh Hill": [1992], "Gravelpit": [1984], "The Glass Harbor": [1990]}
KB = FilmTitles(YEARS, years=lambda t: YEARS.get(t, []))


def _names(text: str, people: list[str] = (), roles_of=None) -> set[str]:
    spans = [(text.index(p), text.index(p) + len(p)) for p in people]
    return {m.name for m in find_titles(text, None, spans, KB, blocked=[], archive=ArchiveLexicon(), roles_of=roles_of)}


@pytest.mark.parametrize("text", [
    'He was better in "9 Lanterns" than here.',
    'Compare it with "9 Lanterns," the first one.',
])
def test_a_quoted_title_opening_with_a_digit(text: str, monkeypatch: pytest.MonkeyPatch):
    assert "9 Lanterns" in _names(text)
    monkeypatch.setattr(titles, "DIGIT_QUOTED", False)
    assert "9 Lanterns" not in _names(text)


def test_a_quoted_digit_title_the_kb_lacks_stays_out():
    assert not _names('She said "9 lives" twice and "12 Rooms" once.')


# (one word: the gazetteer's Title Case runs take a known title of two words without any cue)
ROLES = {("Ann Bell", "Gravelpit"): frozenset({"actor"})}


def _roles(person: str, title: str, year: int | None) -> frozenset[str]:
    return ROLES.get((person, title), frozenset())


@pytest.mark.parametrize("text", [
    "I still think of Ann Bell in Gravelpit when she smiles.",
    "Her sister (Ann Bell, Gravelpit) is sullen.",
    "Her sister (Ann Bell from Gravelpit) is sullen.",
])
def test_a_title_after_one_of_its_people(text: str, monkeypatch: pytest.MonkeyPatch):
    assert "Gravelpit" in _names(text, ["Ann Bell"], _roles)
    monkeypatch.setattr(titles, "CAST_TITLES", False)
    assert "Gravelpit" not in _names(text, ["Ann Bell"], _roles)


def test_a_title_possessive_before_one_of_its_people(monkeypatch: pytest.MonkeyPatch):
    text = "The cast (Gravelpit's Ann Bell among them) does well."
    assert "Gravelpit" in _names(text, ["Ann Bell"], _roles)
    monkeypatch.setattr(titles, "CAST_TITLES", False)
    assert "Gravelpit" not in _names(text, ["Ann Bell"], _roles)


def test_a_known_title_beside_someone_the_kb_does_not_file_there_stays_out():
    assert "Gravelpit" not in _names("I still think of Tom Reed in Gravelpit when he smiles.", ["Tom Reed"], _roles)
    # a surname alone names too many people
    assert "Gravelpit" not in _names("I still think of Bell in Gravelpit often.", ["Bell"],
                                     lambda p, t, y: frozenset({"actor"}))


def test_one_word_before_the_year_the_kb_dates_it(monkeypatch: pytest.MonkeyPatch):
    assert "Gravelpit" in _names("It borrows from the underrated Gravelpit (1984) and little else.")
    assert "Gravelpit" in _names("It borrows from the underrated Gravelpit (1985) and little else.")
    assert "Gravelpit" not in _names("It borrows from the underrated Gravelpit (1990) and little else.")
    monkeypatch.setattr(titles, "DATED_ONE_WORD", False)
    assert "Gravelpit" not in _names("It borrows from the underrated Gravelpit (1984) and little else.")
