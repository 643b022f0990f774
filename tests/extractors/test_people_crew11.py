"""People the crew credits need (crew11): names the archive's careers know, lone possessors of crafts and
sources, memoirists who are also the hero."""

from __future__ import annotations

import pytest

from filmkg.core.records import Critic
from filmkg.extractors import people
from filmkg.extractors.models import ArchiveLexicon
from filmkg.linking.lexicon import KnownPeople
from tests.extractors.conftest import credits_of

LEX = ArchiveLexicon({"surnames": ["Quennell", "McBrayle"], "given_names": ["Quorin", "Ward"],
                      "common_words": ["ward", "silly"]})


@pytest.fixture
def careers(monkeypatch):
    table = {"Quorin Vashtel": [0, 0, 0, 0, 4], "Quorin Lask": [0, 0, 0, 0, 2], "Ward Ellery": [0, 3, 0, 0, 1],
             "Industrial Vashtel": [0, 0, 0, 0, 5]}
    monkeypatch.setattr(people, "archive_roles", lambda: table)
    monkeypatch.setattr(people, "archive_lexicon", lambda: LEX)
    return table


def shaped(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.rule) for m in people._name_shaped(text, [], Critic(), KnownPeople(), set())]


def test_a_name_shape_the_headers_credit_is_a_person(careers):
    assert shaped("The moody score by Quorin Vashtel hums along.") == [("Quorin Vashtel", "people.career")]


@pytest.mark.parametrize("text", [
    "The moody score by Quorin Lask hums along.",  # two reviews are not a career
    "The moody score by Ward Ellery hums along.",  # an ordinary word opens it
    "The effects by Industrial Vashtel dazzle.",  # a firm's word opens it
])
def test_a_name_shape_the_headers_do_not_vouch_for_is_left(careers, text):
    assert shaped(text) == []


@pytest.mark.parametrize("text,name", [
    ("It keeps close to Quennell's first novel in its mood.", "Quennell"),
    ("The film is carried by Quennell's brooding music.", "Quennell"),
    ("The picture owes a lot to McBrayle's photography.", "McBrayle"),
    ("It is faithful to\nQuennell's book in most things.", "Quennell"),  # a wrapped line before the name
])
def test_a_lone_surname_before_a_craft_or_a_source_is_a_person(text, name):
    found = people._lone_possessors(text, [], Critic(), KnownPeople(), LEX)
    assert [(m.name, m.start) for m in found] == [(name, text.index(name))]


def test_a_lone_surname_before_other_nouns_is_left():
    text = "It keeps close to Quennell's temper in its mood."
    assert people._lone_possessors(text, [], Critic(), KnownPeople(), LEX) == []


def test_a_memoirist_the_headers_credit_as_an_author_keeps_the_source_credit(extract):
    # Willie Morris: a source author in the archive's headers (5 reviews), and the hero of his memoir's film
    text = ("My Dog Skip is based on Willie Morris' memoir of a Mississippi boyhood. "
            "Frankie Muniz plays Willie Morris as a shy boy.")
    got = credits_of(extract(text, "My Dog Skip"))
    assert ("Willie Morris", "source_author", "My Dog Skip") in got


def test_a_writer_among_the_parts_gets_no_source_credit(extract):
    # a made-up writer the headers never credit: a part, not a person
    text = ("Night Lanes is based on Quorin Daskell's memoir of a long night. "
            "Frankie Muniz plays Quorin Daskell as a shy boy.")
    got = credits_of(extract(text, "Night Lanes"))
    assert not any(c[0] == "Quorin Daskell" for c in got)


def test_two_given_names_share_one_surname(extract):
    ex = extract("Night Lanes was directed by Peter and Bobby Farrelly last year.", "Night Lanes")
    assert {"Peter Farrelly", "Bobby Farrelly"} <= {e.name for e in ex.entities.values() if e.kind == "person"}
    assert ("Peter Farrelly", "director", "Night Lanes") in credits_of(ex)


def test_a_given_name_the_surname_is_not_known_with_stays_out(extract):
    ex = extract("I liked Tom and Nicole Kidman in Night Lanes.", "Night Lanes")
    assert "Tom Kidman" not in {e.name for e in ex.entities.values()}
