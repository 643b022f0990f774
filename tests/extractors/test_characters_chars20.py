"""The twentieth pass's character rules (extractors/README.md, "Characters, twentieth pass"): a discourse aside
("however", "on the other hand", "as usual") between an actor and the words that give the part, and a sentence
opening "As NAME, he / she" after a sentence naming one actor."""

from __future__ import annotations

import re

import pytest

from filmkg.extractors import characters
from tests.extractors.conftest import characters_of

FILM = "Night Train"
CAST = "Cast: Gene Hackman, Holly Hunter, Tom Ree.\n\n"


@pytest.mark.parametrize("text,expected", [
    (CAST + "Holly Hunter, however, is wonderful as Ada Pike, a lonely widow.",
     {("Holly Hunter", "Ada Pike", "lonely widow")}),
    (CAST + "Gene Hackman, on the other hand, is wasted as the stationmaster.",
     {("Gene Hackman", None, "stationmaster")}),
    (CAST + "Tom Ree, as usual, excels beyond expectations as the conductor.",
     {("Tom Ree", None, "conductor")}),
])
def test_a_discourse_aside_before_the_part(extract, text, expected):
    assert characters_of(extract(text, FILM)) == expected


def test_an_aside_that_is_no_discourse_word_still_needs_a_verb_of_playing(extract):
    # "X, tired, is good as ..." was never read as an aside: only the listed discourse words are
    assert characters_of(extract(CAST + "Holly Hunter, tired of it all, is good as Ada Pike.", FILM)) == set()


def test_the_switch_turns_the_discourse_aside_off():
    on = characters._play_after(True, True)
    off = characters._play_after(True, False)
    after = ", however, is wonderful as Ada Pike."
    assert on.match(after) is not None
    assert off.match(after) is None
    assert re.search(r"however", characters._LOOSE_AS.pattern)


@pytest.mark.parametrize("text,expected", [
    (CAST + "Holly Hunter is at her best here. As Ada Pike, she is warm and wry.",
     {("Holly Hunter", "Ada Pike", None)}),
    (CAST + "The film belongs to Tom Ree. As Frank, he swaggers through every scene.", {("Tom Ree", "Frank", None)}),
])
def test_as_name_then_a_pronoun(extract, text, expected):
    assert characters_of(extract(text, FILM)) == expected


@pytest.mark.parametrize("text", [
    # two actors in the sentence before: the pronoun stands for neither
    CAST + "Holly Hunter and Tom Ree are fine. As Frank, he swaggers through every scene.",
    # "I" is no part
    CAST + "Tom Ree is fine. As I said, he is fine.",
    # no actor in the sentence before
    CAST + "The train is late. As Frank, he swaggers through every scene.",
])
def test_as_name_then_a_pronoun_with_no_lone_actor(extract, text):
    assert characters_of(extract(text, FILM)) == set()


def test_as_name_pronoun_switch(extract, monkeypatch):
    text = CAST + "Holly Hunter is at her best here. As Ada Pike, she is warm and wry."
    monkeypatch.setattr(characters, "AS_NAME_PRONOUN", False)
    assert characters_of(extract(text, FILM)) == set()


@pytest.mark.parametrize("text,expected", [
    (CAST + "Holly Hunter is great as 'Ada', the widow.", {("Holly Hunter", "Ada", "widow")}),
    (CAST + "Tom Ree plays \u2018Frank Pike\u2019, a bitter conductor.",
     {("Tom Ree", "Frank Pike", "bitter conductor")}),
    (CAST + "Gene Hackman as `Dutch', the guard, is fine.", {("Gene Hackman", "Dutch", "guard")}),
])
def test_a_part_in_single_quotes(extract, text, expected):
    assert characters_of(extract(text, FILM)) == expected


def test_single_quotes_switch(extract, monkeypatch):
    monkeypatch.setattr(characters, "SINGLE_QUOTED", False)
    assert characters_of(extract(CAST + "Holly Hunter is great as 'Ada'.", FILM)) == set()


@pytest.mark.parametrize("text,expected", [
    (CAST + "Gene Hackman and Holly Hunter are deliciously evil as Boris and Natasha.",
     {("Gene Hackman", "Boris", None), ("Holly Hunter", "Natasha", None)}),
    (CAST + "Holly Hunter and Gene Hackman, as Nell and Frank Pike, quarrel well.",
     {("Holly Hunter", "Nell", None), ("Gene Hackman", "Frank Pike", None)}),
])
def test_two_actors_as_two_parts(extract, text, expected):
    assert characters_of(extract(text, FILM)) == expected


@pytest.mark.parametrize("text", [
    # "as X and Y's aunts": one description, not two names
    CAST + "Gene Hackman and Holly Hunter are fine as Sally and Gillian's aunts.",
])
def test_two_actors_and_no_pair_of_parts(extract, text):
    found = characters_of(extract(text, FILM))
    assert ("Gene Hackman", "Sally", None) not in found and ("Holly Hunter", "Gillian", None) not in found


def test_paired_as_switch(extract, monkeypatch):
    text = CAST + "Gene Hackman and Holly Hunter are deliciously evil as Boris and Natasha."
    monkeypatch.setattr(characters, "PAIRED_AS", False)
    assert ("Gene Hackman", "Boris", None) not in characters_of(extract(text, FILM))
