"""People tied to other films a review names (ties13, extractors/README.md): "In FILM, X plays", "FILM, starring X",
"X of FILM" / "X, from FILM"."""

from __future__ import annotations

import pytest

from filmkg.extractors import credits
from tests.extractors.conftest import credits_of

LEAD = "GAMMA is a slow film. "
# counts: reviews crediting the name as director, actor, screenwriter, source author, other crew
CAREERS = {"Dana Quillet": [0, 40, 3, 0, 1], "Lou Vantner": [30, 2, 5, 0, 2]}


@pytest.mark.parametrize("text", [
    "In COLD HARBOR FARM, Ben Stillmore plays a nice guy.",
    "In COLD HARBOR FARM Ben Stillmore plays a nice guy.",
    "And in COLD HARBOR FARM (1996), Ben Stillmore played a nice guy.",
])
def test_a_film_opening_the_sentence_is_the_parts_film(extract, text):
    got = credits_of(extract(LEAD + text, "Gamma"))
    assert ("Ben Stillmore", "actor", "Cold Harbor Farm") in got
    assert ("Ben Stillmore", "actor", "Gamma") not in got


def test_a_part_without_a_leading_film_stays_the_reviewed_films(extract):
    got = credits_of(extract(LEAD + "Ben Stillmore plays a nice guy in it.", "Gamma"))
    assert ("Ben Stillmore", "actor", "Gamma") in got


def test_starring_after_another_film_is_its_cast(extract):
    got = credits_of(extract(LEAD + "Her earlier work was RED DUSKLAND (7/10), starring Drew Barrymoor and Jon Kettle.",
                             "Gamma"))
    assert {("Drew Barrymoor", "actor", "Red Duskland"), ("Jon Kettle", "actor", "Red Duskland")} <= got
    assert not {c for c in got if c[2] == "Gamma"}


def test_starring_after_the_reviewed_film_stays_its_cast(extract):
    got = credits_of(extract("GAMMA, starring Drew Barrymoor, is a slow film.", "Gamma"))
    assert ("Drew Barrymoor", "actor", "Gamma") in got


def test_a_name_of_a_film(extract, monkeypatch):
    monkeypatch.setattr(credits, "archive_roles", lambda: CAREERS)
    got = credits_of(extract(LEAD + "It has Dana Quillet of COLD HARBOR FARM and Lou Vantner from RED DUSKLAND.",
                             "Gamma"))
    # a star's film is a part; a director's a tie whose role the text does not state; each name its own film
    assert ("Dana Quillet", "actor", "Cold Harbor Farm") in got
    assert ("Lou Vantner", "contributor", "Red Duskland") in got
    assert ("Dana Quillet", "actor", "Red Duskland") not in got
    assert not {c for c in got if c[0] == "Dana Quillet" and c[2] == "Red Duskland"}


def test_a_name_no_header_credits_is_no_ones_filmography(extract, monkeypatch):
    monkeypatch.setattr(credits, "archive_roles", lambda: CAREERS)
    # "Stanley Ipkiss from THE MASK" is a part: a name the archive's headers never credit gets no tie
    got = credits_of(extract(LEAD + "It has Mick Tarrow of COLD HARBOR FARM in it.", "Gamma"))
    assert not {c for c in got if c[2] == "Cold Harbor Farm"}


@pytest.mark.parametrize("text,films", [
    ("Nothing here is as good as a previous film by director Ron Sheltor, BULL DURHAM PARK.", ["Bull Durham Park"]),
    ("It followed a pair of huge hits from Ron Sheltor, JAWS OF DOOM and CLOSE CALLS.",
     ["Jaws of Doom", "Close Calls"]),
])
def test_films_by_a_maker_in_apposition_are_his_direction(extract, text, films):
    got = credits_of(extract(LEAD + text, "Gamma"))
    assert {("Ron Sheltor", "director", f) for f in films} <= got
    assert ("Ron Sheltor", "director", "Gamma") not in got  # the cue is the other films', not this one's


def test_a_film_by_a_maker_with_no_title_after_is_the_reviewed_film(extract):
    got = credits_of(extract("GAMMA is a film by Ron Sheltor, and a slow one.", "Gamma"))
    assert ("Ron Sheltor", "director", "Gamma") in got
