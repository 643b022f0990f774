"""Films, eighteenth pass: one quoted word in a cued list of quoted films, a title among a cast list's part
brackets, a title before "(Performer, an aside)"."""

from __future__ import annotations

import pytest

import filmkg.extractors.titles as titles
from filmkg.core.normalize import name_key
from filmkg.extractors.models import ArchiveLexicon
from filmkg.extractors.titles import find_titles
from filmkg.linking.lexicon import FilmTitles

YEARS = {"Marsh Hill": [1992], "Gravelpit": [1984], "The Glass Harbor": [1990], "Dead Lanterns": [1988]}
KB = FilmTitles(YEARS, years=lambda t: YEARS.get(t, []))


def _names(text: str, people: list[str] = ()) -> set[str]:
    spans = [(text.index(p), text.index(p) + len(p)) for p in people if p in text]
    return {m.name for m in find_titles(text, None, spans, KB, blocked=[], archive=ArchiveLexicon())}


@pytest.mark.parametrize("text", [
    'She made films like "Scannerz", "The Glass Harbor" and "Dead Lanterns" before this one.',
    'Among his movies, "The Glass Harbor" and "Scannerz" stand out.',
])
def test_one_quoted_word_the_kb_lacks_in_a_cued_list(text: str, monkeypatch: pytest.MonkeyPatch):
    assert "Scannerz" in _names(text)
    monkeypatch.setattr(titles, "QUOTED_LIST_ONE_WORD", False)
    assert "Scannerz" not in _names(text)
    assert "The Glass Harbor" in _names(text)


@pytest.mark.parametrize("text", [
    # no film word before the list
    'She likes "Scannerz" and "The Glass Harbor" best.',
    # the sentence speaks of another kind of work
    'She made films, and TV episodes like "Scannerz" and "The Glass Harbor".',
    'The film plays old songs like "Scannerz" and "The Glass Harbor".',
    # no quoted film beside it
    'She made films like "Scannerz" and others.',
])
def test_one_quoted_word_stays_out_without_its_cues(text: str):
    assert "Scannerz" not in _names(text)


CAST = ["Ann Bell", "Tom Reed", "Joe Park", "Lee Moss"]


def test_a_title_between_part_brackets_is_a_part(monkeypatch: pytest.MonkeyPatch):
    text = "With Ann Bell (Gracchus), Tom Reed (Marsh Hill), Joe Park (Antoninus) and a cast of thousands."
    assert "Marsh Hill" not in _names(text, CAST)
    monkeypatch.setattr(titles, "CAST_PARTS", False)
    assert "Marsh Hill" in _names(text, CAST)


def test_two_part_brackets_before_the_title_make_a_cast_list_too():
    text = "With Ann Bell (Gracchus), Joe Park (Antoninus), Tom Reed (Marsh Hill). It is long."
    assert "Marsh Hill" not in _names(text, CAST)


@pytest.mark.parametrize("text", [
    # a sibling is a film: a list of the performers' other films
    "With Ann Bell (Gravelpit), Tom Reed (Marsh Hill), Joe Park (Antoninus) and others.",
    # one sibling only
    "With Tom Reed (Marsh Hill) and Joe Park (Antoninus) in small parts.",
])
def test_a_title_in_a_list_of_films_or_beside_one_part_stays(text: str):
    assert "Marsh Hill" in _names(text, CAST)


@pytest.mark.parametrize("text", [
    "A much younger Marsh Hill (Ann Bell, Gravelpit) walks in.",
    "A much younger Marsh Hill (Ann Bell, in her first part) walks in.",
])
def test_a_title_before_a_performer_and_an_aside_is_the_part(text: str, monkeypatch: pytest.MonkeyPatch):
    assert "Marsh Hill" not in _names(text, ["Ann Bell"])
    monkeypatch.setattr(titles, "PERFORMER_ASIDE", False)
    assert "Marsh Hill" in _names(text, ["Ann Bell"])


@pytest.mark.parametrize("text", [
    # two performers: the film's cast
    "It is better than Marsh Hill (Ann Bell, Tom Reed) by far.",
    # a year: the film and its maker
    "It is better than Marsh Hill (Ann Bell, 1992) by far.",
])
def test_a_title_before_its_cast_or_its_year_stays(text: str):
    assert "Marsh Hill" in _names(text, ["Ann Bell", "Tom Reed"])


def test_a_sibling_bracket_listing_films_keeps_the_title():
    text = "With Ann Bell (Gracchus, Gravelpit), Tom Reed (Marsh Hill), Joe Park (Antoninus) and others."
    assert "Marsh Hill" in _names(text, CAST)


# (the archive's critics must mark the word as a title: a lexicon that counts it once)
ARCHIVE = ArchiveLexicon({"titles": {name_key("Gravelpit", film=True): [1, 0, 0, 1]}})


def _single(text: str) -> set[str]:
    return {m.name for m in find_titles(text, None, [], KB, blocked=[], archive=ARCHIVE)}


@pytest.mark.parametrize("text", [
    "He made such films as 'The Glass Harbor', 'Dead Lanterns' and 'Gravelpit' before.",
    "Her best work ('Gravelpit', 'Marsh Hill') came early.",
])
def test_one_single_quoted_word_in_a_list_of_single_quoted_films(text: str, monkeypatch: pytest.MonkeyPatch):
    assert "Gravelpit" in _single(text)
    monkeypatch.setattr(titles, "SINGLE_QUOTED_LISTS", False)
    assert "Gravelpit" not in _single(text)


@pytest.mark.parametrize("text", [
    # alone: one single-quoted word is as often a word
    "He said 'Gravelpit' twice and left.",
    # not joined to the film
    "He made 'The Glass Harbor' long ago; 'Gravelpit' was his word for it.",
])
def test_one_single_quoted_word_outside_a_list_stays_out(text: str):
    assert "Gravelpit" not in _single(text)
