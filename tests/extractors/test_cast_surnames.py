"""Actors named by surname alone (issue 10, actor16; extractors/README.md, "Actors by surname alone"): a lone
surname where a part's performer stands is the one performer of the reviewed film of that surname in the KB."""

from __future__ import annotations

import pytest

from filmkg.core.records import Mention
from filmkg.core.spans import SpanIndex
from filmkg.extractors import characters, resolve
from filmkg.linking.principals import lone_performer
from tests.extractors.conftest import characters_of, credits_of, people_of

FILM = "Fight Club"  # the bundled KB's principals: Brad Pitt, Edward Norton, Helena Bonham Carter, ... (1999)
LEAD = "FIGHT CLUB\n\nThe film is dark and loud. "


@pytest.mark.parametrize("text,person,part", [
    # a part's name, then the surname alone in brackets
    ("Jack (Norton) cannot sleep at night.", "Norton", ("Jack", None)),
    # a description before the bracket
    ("The weary narrator (Norton) cannot sleep.", "Norton", (None, "weary narrator")),
    # two parts and two surnames
    ("At night Jack and Tyler (Norton and Pitt) start a club.", "Norton", ("Jack", None)),
    # the surname before "'s" and the part's name
    ("Norton's Jack is a weary clerk.", "Norton", ("Jack", None)),
    # before a verb of playing
    ("Norton plays an insomniac with a dull job.", "Norton", (None, "insomniac")),
    # after "played by"
    ("The insomniac, played by Norton, meets a salesman.", "Norton", (None, "insomniac")),
])
def test_a_lone_surname_of_the_films_one_performer_of_that_name(extract, text, person, part):
    ex = extract(LEAD + text, FILM)
    assert person in people_of(ex)
    assert (person, "actor", FILM) in credits_of(ex)
    assert (person, *part) in characters_of(ex)


def test_the_switches_turn_the_rule_off(extract, monkeypatch):
    monkeypatch.setattr(resolve, "CAST_SURNAMES", False)
    monkeypatch.setattr(characters, "CAST_SURNAMES", False)
    monkeypatch.setattr(resolve, "PRINCIPAL_SURNAMES", False)  # it reads a lone principal's surname anywhere
    assert "Norton" not in people_of(extract(LEAD + "Jack (Norton) cannot sleep at night.", FILM))


def test_a_surname_no_performer_of_the_film_has_stays_out(extract):
    # "Norton" is no principal of another film: nothing vouches for the word
    assert "Norton" not in people_of(extract("THE LONG DAY\n\nThe film is dark. Jack (Norton) cannot sleep.",
                                             "The Long Day"))


TABLE = {"norton": (("Edward Norton", "actor"),),
         "brown": (("Kenneth A. Brown", "actor"), ("Nicole Brown", "actress")),
         "fincher": (("David Fincher", "director"),),
         "pitt": (("Brad Pitt", "actor"),),
         "tyler": (("Liv Tyler", "actress"),)}


def test_lone_performer_is_silent_when_two_share_the_surname_or_the_one_does_not_act():
    assert lone_performer(TABLE, "Norton") == "Edward Norton"
    assert lone_performer(TABLE, "Brown") is None  # two performers of that surname
    assert lone_performer(TABLE, "Fincher") is None  # the director
    assert lone_performer(TABLE, "Stone") is None  # no principal


def _found(text: str, people: list[Mention] = ()) -> list[str]:
    return [m.name for m in resolve._cast_surnames(text, list(people), SpanIndex(), lambda title, year: TABLE,
                                                   "Fight Club", 1999, [])]


@pytest.mark.parametrize("text,expected", [
    ("Jack (Norton) sleeps.", ["Norton"]),
    ("Jack (Norton, in his best part) sleeps.", ["Norton"]),
    ("Ann and Jo (Brown and Norton) fight.", ["Norton"]),  # "Brown" is two performers' surname: silent
    ("The hero (Fincher) sleeps.", []),  # a director's surname
    ("He meets Casper van Norton there.", []),  # the end of a longer name
    ("Jack sees (Norton is great here) a ghost.", []),  # a bracket's sentence, no part's performer
])
def test_where_a_lone_surname_is_taken(text, expected):
    assert _found(text) == expected


def test_a_bracket_after_a_performers_full_name_is_the_part():
    text = "Brad Pitt (Tyler) sells soap."
    assert _found(text, [Mention("person", "Brad Pitt", 0, 9, "people.ner", 0.7)]) == []


def test_a_word_a_person_of_the_review_already_holds_is_left_to_that_person():
    text = "Edward Norton is good. Jack (Norton) sleeps."
    assert _found(text, [Mention("person", "Edward Norton", 0, 13, "people.ner", 0.7)]) == []


def test_a_director_who_also_appears_is_no_lone_performer_for_the_characters():
    table = {"wenders": (("Wim Wenders", "director"), ("Wim Wenders", "self"))}
    assert lone_performer(table, "Wenders") == "Wim Wenders"  # a part's bracket names him as a performer
    assert lone_performer(table, "Wenders", only=True) is None  # alone elsewhere, he is the director
