"""Crew credits, fourteenth pass: a lone director's surname after a directing cue is a person (and the cue's
credit then reaches it); an acting director's "new film" stays his direction where the archive's headers credit him
with directing first."""

from __future__ import annotations

import pytest

from filmkg.extractors import credits as credits_mod
from filmkg.extractors import people as people_mod
from tests.extractors.conftest import credits_of

FILM = "Night Train"


def people_of(ex) -> set[str]:
    return {e.name for e in ex.entities.values() if e.kind == "person"}


@pytest.mark.parametrize("text,name", [
    ("It's directed by Reitman, who seems to be coasting.", "Reitman"),
    ("Director Leconte, known at home for farces, keeps it light.", "Leconte"),
    ("Here director Spielberg keeps the story moving.", "Spielberg"),
])
def test_a_lone_directors_surname_after_a_directing_cue_is_the_director(extract, text, name):
    ex = extract(text, FILM)
    assert name in people_of(ex)
    assert (name, "director", FILM) in credits_of(ex)


def test_without_the_switch_the_lone_surname_is_missed(extract, monkeypatch):
    monkeypatch.setattr(people_mod, "LONE_DIRECTORS", False)
    monkeypatch.setattr(people_mod, "LONE_MAKERS", False)  # people19's rule finds a director's lone surname anywhere
    assert "Reitman" not in people_of(extract("It's directed by Reitman, who seems to be coasting.", FILM))


@pytest.mark.parametrize("text", [
    "The art director Hughes dressed every set in grey.",      # a craft's director
    "Director Bob keeps the story moving.",                     # a given name
    "The director Rambo keeps the story moving.",               # no director's surname in the archive's headers
])
def test_no_lone_director_without_a_directors_surname(extract, text):
    ex = extract(text, FILM)
    assert not {c for c in credits_of(ex) if c[1] == "director"}


def test_an_acting_directors_new_film_stays_his_direction(extract):
    got = credits_of(extract("Woody Allen's latest film is a mess. Allen plays Harry, a writer.", FILM))
    assert ("Woody Allen", "director", FILM) in got
    assert ("Woody Allen", "actor", FILM) in got


def test_a_stars_new_film_is_still_no_direction(extract):
    got = credits_of(extract("Jim Carrey's new film is a mess. Carrey plays Harry, a writer.", FILM))
    assert ("Jim Carrey", "director", FILM) not in got


def test_without_the_switch_the_acting_director_loses_the_direction(extract, monkeypatch):
    monkeypatch.setattr(credits_mod, "ACTING_DIRECTORS", False)
    got = credits_of(extract("Woody Allen's latest film is a mess. Allen plays Harry, a writer.", FILM))
    assert ("Woody Allen", "director", FILM) not in got


@pytest.mark.parametrize("text", [
    "Steven Spielberg's film is a triumph from start to end.",
    "Steven Spielberg's harrowing, intimate movie is a triumph.",
])
def test_a_directors_untitled_film_is_the_reviewed_films_direction(extract, text):
    assert ("Steven Spielberg", "director", FILM) in credits_of(extract(text, FILM))


@pytest.mark.parametrize("text", [
    "Steven Spielberg's previous film was better.",                    # another of his films
    "It is no better than Steven Spielberg's film.",                   # a comparison
    "JAWS was a hit. Steven Spielberg's film made everyone afraid.",   # another film named just before
    "Jim Carrey's movie is a mess from start to end.",                 # a star's film
])
def test_no_direction_for_another_or_a_stars_untitled_film(extract, text):
    got = credits_of(extract(text, FILM))
    assert not {c for c in got if c[1] == "director" and c[2] == FILM}


def test_without_the_switch_the_untitled_film_gives_nothing(extract, monkeypatch):
    monkeypatch.setattr(credits_mod, "DIRECTORS_FILM", False)
    got = credits_of(extract("Steven Spielberg's film is a triumph from start to end.", FILM))
    assert ("Steven Spielberg", "director", FILM) not in got
