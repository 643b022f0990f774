"""Twentieth pass, credits: "director X, whose credits include FILM" states no role, a contribution, while "whose
films include FILM" is the direction (extractors/README.md, "Credits, twentieth pass"). Sentences are written for the
patterns."""

from __future__ import annotations

import pytest

from filmkg.extractors import credits

from .conftest import credits_of

CREDITS = "THE LONG DAY\n\nDirector Ann Vale, whose previous credits include THE GREY ORCHARD, returns with a thriller."
FILMS = "THE LONG DAY\n\nDirector Ann Vale, whose previous films include THE GREY ORCHARD, returns with a thriller."


@pytest.mark.parametrize("noun", ["credits", "film credits", "work", "resume"])
def test_whose_credits_state_no_role(extract, monkeypatch: pytest.MonkeyPatch, noun: str) -> None:
    text = CREDITS.replace("credits", noun)
    got = credits_of(extract(text, "The Long Day (1999)"))
    assert ("Ann Vale", "contributor", "The Grey Orchard") in got
    assert ("Ann Vale", "director", "The Grey Orchard") not in got
    monkeypatch.setattr(credits, "WHOSE_CREDITS_UNSTATED", False)
    got = credits_of(extract(text, "The Long Day (1999)"))
    assert ("Ann Vale", "director", "The Grey Orchard") in got


@pytest.mark.parametrize("noun", ["films", "movies"])
def test_whose_films_are_the_direction(extract, noun: str) -> None:
    got = credits_of(extract(FILMS.replace("films", noun), "The Long Day (1999)"))
    assert ("Ann Vale", "director", "The Grey Orchard") in got
    assert ("Ann Vale", "contributor", "The Grey Orchard") not in got


HIS = "THE LONG DAY\n\nSidney Lumet returns to a theme he knows from his earlier films (THE GREY ORCHARD, NIGHT LANES)."


def test_his_films_are_a_directors(extract, monkeypatch: pytest.MonkeyPatch) -> None:
    # the subject directs first in the archive's headers: "his films (A, B)" are the direction, as "X's films"
    got = credits_of(extract(HIS, "The Long Day (1999)"))
    assert ("Sidney Lumet", "director", "The Grey Orchard") in got
    assert ("Sidney Lumet", "director", "Night Lanes") in got
    monkeypatch.setattr(credits, "PRONOUN_OWNS_FILMS", False)
    got = credits_of(extract(HIS, "The Long Day (1999)"))
    assert ("Sidney Lumet", "director", "The Grey Orchard") not in got
    assert ("Sidney Lumet", "contributor", "The Grey Orchard") in got


@pytest.mark.parametrize("text", [
    # a preposition between: the films are not possessed
    "THE LONG DAY\n\nSidney Lumet is praised for his contributions to films such as THE GREY ORCHARD.",
    # no directing career: the role stays unstated
    "THE LONG DAY\n\nAnn Vale returns to a theme she knows from her earlier films (THE GREY ORCHARD, NIGHT LANES).",
])
def test_his_films_not_a_direction(extract, text: str) -> None:
    got = credits_of(extract(text, "The Long Day (1999)"))
    assert not any(c[1] == "director" and c[2] == "The Grey Orchard" for c in got)
