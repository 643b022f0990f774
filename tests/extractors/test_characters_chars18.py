"""The eighteenth pass's character rules (extractors/README.md, "Characters, eighteenth pass"): an actor's portrayal of
a part, a bracket opening with "playing", "plays the character of", a sentence opening on "Played by X,", and a
credit of the actor's between a part's bracket and the actor."""

from __future__ import annotations

import pytest

from filmkg.extractors import characters
from tests.extractors.conftest import characters_of

FILM = "Night Train"
CAST = "Cast: Gene Hackman, Holly Hunter, Tom Ree.\n\n"


@pytest.mark.parametrize("text,expected", [
    (CAST + "Holly Hunter's portrayal of a lonely widow is the heart of the film.",
     {("Holly Hunter", None, "lonely widow")}),
    (CAST + "The trouble is Gene Hackman's wooden interpretation of Major Pike.",
     {("Gene Hackman", "Major Pike", None)}),
])
def test_an_actors_portrayal_of_a_part(extract, text, expected):
    assert characters_of(extract(text, FILM)) == expected


@pytest.mark.parametrize("text", [
    # a director's portrayal, or a portrayal of no one, is no part
    "Cast: Gene Hackman, Holly Hunter.\nDirected by Sam Tuck.\n\nSam Tuck's portrayal of the family is moving.",
    CAST + "Holly Hunter's portrayal of the relationship between the two is moving.",
    CAST + "Holly Hunter's portrayal of her is inspired.",
])
def test_a_portrayal_that_names_no_part(extract, text):
    assert characters_of(extract(text, FILM)) == set()


def test_a_bracket_opening_with_playing(extract):
    text = CAST + "The accents clash with Gene Hackman (playing Major Pike) and Tom Ree (playing himself)."
    assert characters_of(extract(text, FILM)) == {("Gene Hackman", "Major Pike", None), ("Tom Ree", None, "himself")}


def test_plays_the_character_of(extract):
    assert characters_of(extract(CAST + "Tom Ree plays the character of Rene, a pompous clerk.", FILM)) == {
        ("Tom Ree", "Rene", "pompous clerk")}


def test_the_main_character_of_a_show_is_no_part(extract):
    assert characters_of(extract(CAST + "Holly Hunter plays the main character of the soap opera.", FILM)) == set()


@pytest.mark.parametrize("text,expected", [
    (CAST + "The stationmaster is the heart of it. Played with fervor by Holly Hunter, Frank Pike hunts the thief.",
     {("Holly Hunter", "Frank Pike", None)}),
    (CAST + "There is a talking dog. Voiced by Tom Ree, Rolfo steals every scene.", {("Tom Ree", "Rolfo", None)}),
    # a pronoun after the actor names no part
    (CAST + "There is a talking dog. Voiced by Tom Ree, he steals every scene.", set()),
])
def test_a_sentence_opening_on_played_by(extract, text, expected):
    assert characters_of(extract(text, FILM)) == expected


@pytest.mark.parametrize("text,expected", [
    (CAST + "He tries to steer his younger brother Danny (T2's Tom Ree) away from trouble.",
     {("Tom Ree", "Danny", None)}),
    (CAST + "Meanwhile, a teenage runaway (The Piano's Holly Hunter, sadly the weak link) is staying at the house.",
     {("Holly Hunter", None, "teenage runaway")}),
    # the name inside the bracket behind a credit is the actor, not the part of the name before it
    (CAST + "The patients include heroin addict Andrea (TV's Holly Hunter) and others.",
     {("Holly Hunter", "Andrea", None)}),
])
def test_a_credit_before_the_actor_in_a_parts_bracket(extract, text, expected):
    assert characters_of(extract(text, FILM)) == expected


@pytest.mark.parametrize("switch,text", [
    ("PORTRAYAL_OF", CAST + "Holly Hunter's portrayal of a lonely widow is the heart of the film."),
    ("PAREN_PLAYING", CAST + "The accents clash with Gene Hackman (playing Major Pike)."),
    ("PLAYS_CHARACTER_OF", CAST + "Tom Ree plays the character of Rene."),
    ("PLAYED_BY_OPENING", CAST + "There is a talking dog. Voiced by Tom Ree, Rolfo steals every scene."),
    ("PAREN_CREDIT", CAST + "He tries to steer his younger brother Danny (T2's Tom Ree) away from trouble."),
])
def test_the_switches(extract, monkeypatch, switch, text):
    assert characters_of(extract(text, FILM))
    monkeypatch.setattr(characters, switch, False)
    assert not {row for row in characters_of(extract(text, FILM)) if row[0] in ("Gene Hackman", "Holly Hunter",
                                                                                 "Tom Ree")}
