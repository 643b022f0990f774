"""Parts of a film named in other archive reviews of it, seventeenth pass: a person the pipeline finds in a review
of a film, whom nothing here vouches for, and whose name the archive's other reviews of that film (or of another
film the review names) give as one of its parts, is a character; a true story keeps its parts as people."""

from __future__ import annotations

import pytest

from filmkg.extractors import resolve
from filmkg.extractors.reviewed import film_key
from tests.extractors.conftest import persons_in

TABLE = {film_key("The Long Day"): {"1997": ["Mark Dunmore", "Ella Finch"]},
         film_key("Night Drive"): {"1976": ["Travis Vantell"]}}


@pytest.fixture
def parts(monkeypatch):
    monkeypatch.setattr(resolve, "film_parts", lambda: TABLE)


@pytest.mark.parametrize("text,name", [
    ("Mark Dunmore is a young lawyer sent to a castle in the hills. The count greets him at the gate.",
     "Mark Dunmore"),
    ("The lawyer falls for Ella Finch, a painter who lives by the lake.", "Ella Finch"),
])
def test_a_part_of_the_film_is_no_person(extract, monkeypatch, parts, text, name):
    assert name not in persons_in(extract, text)
    monkeypatch.setattr(resolve, "FILM_PARTS_DROP", False)
    assert name in persons_in(extract, text)  # the model takes it: the table is what drops it


def test_a_true_story_keeps_its_parts(extract, parts):
    told = "Mark Dunmore is a young lawyer sent to a castle in the hills. It is a true story."
    assert "Mark Dunmore" in persons_in(extract, told)
    assert "Mark Dunmore" not in persons_in(extract, told.replace("a true story", "a dull story"))


def test_a_name_of_no_part_stays(extract, parts):
    text = "Mark Dunmore is a young lawyer. Gavin Pellow, who directed it, keeps the pace brisk."
    assert "Gavin Pellow" in persons_in(extract, text)


def test_parts_of_films_by_year_and_other_films():
    names = {"Mark Dunmore", "Travis Vantell", "Dunmore"}
    # the reviewed film's parts of its own year; a lone word is never matched
    assert resolve._parts_of_films(names, "The Long Day", 1997, [], TABLE) == {"Mark Dunmore"}
    # a remake of another year whose parts the table lacks: every year's parts
    assert resolve._parts_of_films(names, "The Long Day", 2005, [], TABLE) == {"Mark Dunmore"}
    # another film the review names gives its parts too
    assert resolve._parts_of_films(names, "The Long Day", 1997, ["Night Drive"], TABLE) == \
        {"Mark Dunmore", "Travis Vantell"}
    assert resolve._parts_of_films(names, "Some Other Film", None, [], TABLE) == set()
