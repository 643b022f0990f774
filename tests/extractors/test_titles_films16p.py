"""Films, sixteenth pass (precision): a quoted nickname between a given name and a surname is no film."""

from __future__ import annotations

import pytest

import filmkg.extractors.titles as titles
from filmkg.extractors.models import ArchiveLexicon
from filmkg.extractors.titles import find_titles
from filmkg.linking.lexicon import FilmTitles

KB = FilmTitles(["Marsh Hill", "Tin Lake", "The Glass Harbor"])
GIVEN = ArchiveLexicon({"given_names": ["Joey", "Ruth", "In"]})


def _names(text: str, archive: ArchiveLexicon = GIVEN, roles_of=None) -> set[str]:
    return {m.name for m in find_titles(text, None, [], KB, blocked=[], archive=archive, roles_of=roles_of)}


@pytest.mark.parametrize("text", [
    'Burt Reynolds plays Joey "Marsh Hill" Pistolo, a tired hood.',
    "The boss, Ruth 'The Glass Harbor' Keller, keeps the books.",
    "Then Joey \u201cTin Lake\u201d McGee walks in.",
])
def test_a_quoted_nickname_inside_a_name_is_no_film(text: str, monkeypatch: pytest.MonkeyPatch):
    assert not _names(text) & {"Marsh Hill", "The Glass Harbor", "Tin Lake"}
    monkeypatch.setattr(titles, "NICKNAME_QUOTES", False)
    assert _names(text) & {"Marsh Hill", "The Glass Harbor", "Tin Lake"}


def test_a_quoted_film_after_a_sentence_opening_word_stays():
    # "In" is a given name of the archive too; as a sentence's first word it opens no name
    assert "Marsh Hill" in _names('In "Marsh Hill" Keller told three stories at once.')
    # no given name before, or no surname after: an ordinary quoted film
    assert "Marsh Hill" in _names('The old "Marsh Hill" Keller poster hangs there.')
    assert "Marsh Hill" in _names('Joey "Marsh Hill" was better than this.')


def test_a_film_the_kb_credits_the_person_in_stays():
    def roles_of(person: str, title: str, year: int | None) -> frozenset[str]:
        return frozenset({"actor"}) if (person, title) == ("Joey Pistolo", "Marsh Hill") else frozenset()

    text = 'It is Joey "Marsh Hill" Pistolo we are watching here.'
    assert "Marsh Hill" in _names(text, roles_of=roles_of)
    assert "Marsh Hill" not in _names('It is Joey "Marsh Hill" Keller we are watching here.', roles_of=roles_of)


def test_a_person_the_archive_credits_keeps_the_film_as_an_epithet(monkeypatch: pytest.MonkeyPatch):
    text = 'The show belongs to Joey "Marsh Hill" Pistolo tonight.'
    monkeypatch.setattr(titles, "archive_roles", lambda: {"Joey Pistolo": [0, 5, 0, 0, 0]})
    assert "Marsh Hill" in _names(text)
    monkeypatch.setattr(titles, "archive_roles", lambda: {"Joey Pistolo": [0, 1, 0, 0, 0]})
    assert "Marsh Hill" not in _names(text)


def test_a_list_item_opening_with_tvs_is_no_film(monkeypatch: pytest.MonkeyPatch):
    text = "Next door lives Ann Bell (Marsh Hill, TV's Tin Lake), a painter."
    person = [(text.index("Ann Bell"), text.index("Ann Bell") + len("Ann Bell"))]

    def names() -> set[str]:
        return {m.name for m in find_titles(text, None, person, KB, blocked=[], archive=GIVEN)}

    assert "Marsh Hill" in names() and not any("Tin Lake" in n for n in names())
    monkeypatch.setattr(titles, "TV_OPENED", False)
    assert "TV's Tin Lake" in names()


@pytest.mark.parametrize("text", [
    'A plane writes the word "Marsh Hill" across the sky.',
    "The screen shows the words MARSH HILL on a black card.",
    'The poster bears the caption, "Marsh Hill", in red.',
])
def test_what_the_word_introduces_is_no_film(text: str, monkeypatch: pytest.MonkeyPatch):
    assert "Marsh Hill" not in _names(text)
    monkeypatch.setattr(titles, "WORD_CUE", False)
    assert "Marsh Hill" in _names(text)


def test_the_title_and_a_film_after_a_word_stay():
    assert "Marsh Hill" in _names('The film went out under the title "Marsh Hill" in May.')
    assert "Marsh Hill" in _names('In a word, "Marsh Hill" is a bore.')


@pytest.mark.parametrize("text", [
    'She joins a volunteer production of "Marsh Hill" at the church.',
    "He saw a production of MARSH HILL in London last spring.",
])
def test_what_a_production_of_introduces_is_a_play(text: str, monkeypatch: pytest.MonkeyPatch):
    assert "Marsh Hill" not in _names(text)
    monkeypatch.setattr(titles, "STAGED_CUE", False)
    assert "Marsh Hill" in _names(text)


def test_the_production_of_a_film_stays():
    assert "Marsh Hill" in _names('Money ran out during the production of "Marsh Hill" in May.')
