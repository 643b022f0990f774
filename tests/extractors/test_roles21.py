"""Twenty-first pass, the roles: "X's challenging new film", "X's latest action thriller" (a director's new film
with words before "new" or a genre noun after it; extractors/README.md, "Roles, twenty-first pass"). Sentences are
written for the pattern."""

from __future__ import annotations

import pytest

from filmkg.extractors import credits

from .conftest import credits_of

WIDE = [
    ("Sidney Lumet's gripping new drama follows a night shift at a precinct.", "Sidney Lumet"),
    ("Wes Craven's latest slasher thriller is set on a campus.", "Wes Craven"),
    ("It is Sidney Lumet's tense, talky new film, and a good one.", "Sidney Lumet"),
]


@pytest.mark.parametrize("text,director", WIDE)
def test_wide_new_film_is_the_directors(extract, monkeypatch: pytest.MonkeyPatch, text: str, director: str) -> None:
    got = credits_of(extract(text, "The Long Day (1999)"))
    assert (director, "director", "The Long Day") in got
    monkeypatch.setattr(credits, "NEW_FILM_WIDE", False)
    got = credits_of(extract(text, "The Long Day (1999)"))
    assert (director, "director", "The Long Day") not in got


@pytest.mark.parametrize("text,name", [
    # a name the archive's headers do not know as a director: no credit from the wide shape
    ("Nora Quell's gripping new drama follows a night shift at a precinct.", "Nora Quell"),
    # a novelist's "latest thriller" is a book
    ("Stephen King's latest thriller is set in a small town in Maine.", "Stephen King"),
    # "previous" is an earlier film, not this one
    ("Sidney Lumet's previous new drama was set in a precinct.", "Sidney Lumet"),
])
def test_wide_new_film_needs_a_director(extract, text: str, name: str) -> None:
    got = credits_of(extract(text, "The Long Day (1999)"))
    assert (name, "director", "The Long Day") not in got


def test_wide_shape() -> None:
    assert credits._NEW_FILM_WIDE.match("'s spectacular new film, is")
    assert credits._NEW_FILM_WIDE.match("' hotly awaited new thriller set in")
    assert credits._NEW_FILM_WIDE.match("'s latest action thriller, ")
    assert not credits._NEW_FILM_WIDE.match("'s first new film")
    assert not credits._NEW_FILM_WIDE.match("'s new haircut")


@pytest.mark.parametrize("text,star,film", [
    ("It is no better than the Sean Connery vehicle THE RED HARBOR, which sank.", "Sean Connery", "The Red Harbor"),
    ("It recalls the Tom Cruise vehicle \"Top Gun\" in its flying scenes.", "Tom Cruise", "Top Gun"),
])
def test_a_stars_vehicle_is_acting(extract, monkeypatch: pytest.MonkeyPatch, text: str, star: str,
                                   film: str) -> None:
    got = credits_of(extract(text, "The Long Day (1999)"))
    assert (star, "actor", film) in got
    assert not {c for c in got if c[0] == star and c[2] == film and c[1] != "actor"}
    monkeypatch.setattr(credits, "NAME_VEHICLE", False)
    got = credits_of(extract(text, "The Long Day (1999)"))
    assert (star, "actor", film) not in got


def test_a_directors_film_stays_direction(extract) -> None:
    text = "Like the John Carpenter film \"Halloween,\" it has a masked killer."
    got = credits_of(extract(text, "The Long Day (1999)"))
    assert ("John Carpenter", "director", "Halloween") in got
