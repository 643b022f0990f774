"""The nineteenth pass's character rules (extractors/README.md, "Characters, nineteenth pass"): adjectives split by a
comma in a part's description, "another" and "one of the" before a part, and full names the KB gives as the reviewed
film's performers."""

from __future__ import annotations

import pytest

from filmkg.extractors import characters
from tests.extractors.conftest import characters_of

FILM = "Night Train"
CAST = "Cast: Gene Hackman, Holly Hunter, Tom Ree.\n\n"


@pytest.mark.parametrize("text,expected", [
    (CAST + "Tom Ree plays a sleazy, hysterical hostage who wants out.",
     {("Tom Ree", None, "sleazy, hysterical hostage")}),
    (CAST + "Holly Hunter is fine as the cynical, hard-drinking reporter.",
     {("Holly Hunter", None, "cynical, hard-drinking reporter")}),
    # a noun before the comma: what follows is no part of the description
    (CAST + "Gene Hackman plays a lawyer, fighting for his client.", {("Gene Hackman", None, "lawyer")}),
    # a clause after the comma is none either
    (CAST + "Tom Ree plays a hermit grown suspicious, whose only friend is a dog.",
     {("Tom Ree", None, "hermit grown suspicious")}),
])
def test_adjectives_split_by_a_comma(extract, text, expected):
    assert characters_of(extract(text, FILM)) == expected


def test_the_comma_switch_turns_it_off(extract, monkeypatch):
    monkeypatch.setattr(characters, "ADJECTIVE_COMMA", False)
    assert characters_of(extract(CAST + "Tom Ree plays a sleazy, hysterical hostage who wants out.", FILM)) == {
        ("Tom Ree", None, "sleazy")}


@pytest.mark.parametrize("text,expected", [
    (CAST + "Gene Hackman, as another Russian general, does too much.", {("Gene Hackman", None, "Russian general")}),
    (CAST + "Holly Hunter, as one of the orchard workers, is nicely expressive.",
     {("Holly Hunter", None, "one of the orchard workers")}),
    (CAST + "Tom Ree plays one of the drifters named Walt.", {("Tom Ree", "Walt", "one of the drifters")}),
    # the description stops before a verb
    (CAST + "As Tom Ree, who plays one of the porters says, the train is late.",
     {("Tom Ree", None, "one of the porters")}),
    # a place in the cast or a ranking is no part
    (CAST + "Holly Hunter, as one of the leads, is nicely expressive.", set()),
    (CAST + "Holly Hunter stands out as one of the finest actresses of her day.", set()),
])
def test_another_and_one_of_the(extract, text, expected):
    assert characters_of(extract(text, FILM)) == expected


def test_the_determiner_switch_turns_it_off(extract, monkeypatch):
    monkeypatch.setattr(characters, "OTHER_DETERMINERS", False)
    assert characters_of(extract(CAST + "Gene Hackman, as another Russian general, does too much.", FILM)) == set()


KB_FILM = "Fight Club"  # the bundled KB's principals: Brad Pitt, Edward Norton, Helena Bonham Carter, ... (1999)
LEAD = "FIGHT CLUB\n\nThe film is dark and loud. "


def test_a_full_name_the_kb_gives_as_a_performer_of_the_film(extract, monkeypatch):
    text = LEAD + "Edward Norton's Jack is a weary clerk who cannot sleep."
    assert ("Edward Norton", "Jack", None) in characters_of(extract(text, KB_FILM))
    monkeypatch.setattr(characters, "KB_CAST_FULL", False)
    assert not {c for c in characters_of(extract(text, KB_FILM)) if c[0] == "Edward Norton"}


@pytest.mark.parametrize("text", [
    # with only the KB to vouch for the actor, a judgement "of" something and an apposition are no part
    LEAD + "Some think Edward Norton is the human equivalent of a wooden plank.",
    LEAD + "Nobody could have guessed it of Edward Norton, a thing the critics said of others too.",
])
def test_only_the_kb_vouches(extract, text):
    assert not {c for c in characters_of(extract(text, KB_FILM)) if c[0] == "Edward Norton"}
