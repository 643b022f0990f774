"""The seventeenth pass's character rules (extractors/README.md, "Characters, seventeenth pass"): a long aside
between an actor and a verb of playing, and a pronoun, a copula and "as" after a sentence naming one actor."""

from __future__ import annotations

import pytest

from filmkg.extractors import characters
from tests.extractors.conftest import characters_of

FILM = "Night Train"
CAST = "Cast: Gene Hackman, Holly Hunter.\n\n"


@pytest.mark.parametrize("text,expected", [
    (CAST + "Gene Hackman (who thought up the story and wears the uniform as if born in it) plays Major Pike.",
     {("Gene Hackman", "Major Pike", None)}),
    (CAST + "Holly Hunter, who has worked in comedies (two of them), thrillers and westerns, plays the harbour "
     "master.", {("Holly Hunter", None, "harbour master")}),
])
def test_a_long_aside_before_plays(extract, text, expected):
    assert characters_of(extract(text, FILM)) == expected


def test_a_long_aside_without_a_verb_of_playing_is_no_part(extract):
    text = CAST + "Gene Hackman (who thought up the story and wears the uniform as if born in it) likes Major Pike."
    assert characters_of(extract(text, FILM)) == set()


def test_the_long_aside_switch(extract, monkeypatch):
    monkeypatch.setattr(characters, "LONG_ASIDE", False)
    text = CAST + "Gene Hackman (who thought up the story and wears the uniform as if born in it) plays Major Pike."
    assert characters_of(extract(text, FILM)) == set()


@pytest.mark.parametrize("text,expected", [
    (CAST + "The film belongs to Gene Hackman. He is quietly moving as the old stationmaster.",
     {("Gene Hackman", None, "old stationmaster")}),
    (CAST + "The film belongs to Holly Hunter. She's a hoot as Major Pike.", {("Holly Hunter", "Major Pike", None)}),
    # what one is taken for, or a pronoun after two actors, says nothing
    (CAST + "The film belongs to Gene Hackman. He is known as a hard worker.", set()),
    (CAST + "Gene Hackman and Holly Hunter are fine. She's a hoot as Major Pike.", set()),
    (CAST + "The film belongs to Gene Hackman. He is as good as ever.", set()),
])
def test_a_pronoun_copula_and_as(extract, monkeypatch, text, expected):
    monkeypatch.setattr(characters, "PRONOUN_IS_AS", True)  # off by default (extractors/README.md)
    assert characters_of(extract(text, FILM)) == expected


def test_the_pronoun_rule_is_off_by_default(extract):
    assert characters.PRONOUN_IS_AS is False
    text = CAST + "The film belongs to Gene Hackman. He is quietly moving as the old stationmaster."
    assert characters_of(extract(text, FILM)) == set()


@pytest.mark.parametrize("text,expected", [
    (CAST + "The stationmaster, Major Pike, played extremely well by Gene Hackman, runs the line.",
     {("Gene Hackman", "Major Pike", "stationmaster")}),
    (CAST + "Major Pike (played quite well by Gene Hackman) runs the line.", {("Gene Hackman", "Major Pike", None)}),
])
def test_two_adverbs_before_by(extract, text, expected):
    assert characters_of(extract(text, FILM)) == expected


def test_the_adverb_switch(extract, monkeypatch):
    monkeypatch.setattr(characters, "ADVERB_PAIR", False)
    assert characters_of(extract(CAST + "Major Pike (played quite well by Gene Hackman) runs the line.", FILM)) == set()
