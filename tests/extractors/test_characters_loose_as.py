"""The looser "X <verb phrase> as <part>" of the fifteenth pass (extractors/README.md, "Characters, fifteenth
pass"): a header actor's verb in the third person and a few words, then "as" and the part."""

from __future__ import annotations

import pytest

from filmkg.extractors import characters
from tests.extractors.conftest import characters_of

FILM = "Night Train"
CAST = "Cast: Gene Hackman, Holly Hunter.\n\n"


@pytest.mark.parametrize("text,expected", [
    (CAST + "Gene Hackman seems miscast as Major Pike.", {("Gene Hackman", "Major Pike", None)}),
    (CAST + "Holly Hunter radiates menace as the harbour master.", {("Holly Hunter", None, "harbour master")}),
    (CAST + "Gene Hackman strolls in now and then as the sheriff.", {("Gene Hackman", None, "sheriff")}),
    # what one does with something, or watches, is no part
    (CAST + "Gene Hackman uses silence as a weapon.", set()),
    (CAST + "Holly Hunter watches as the sheriff leaves.", set()),
    (CAST + "Gene Hackman brings his own experience as a sailor to the film.", set()),
    (CAST + "Holly Hunter comes across as a decent person.", set()),
])
def test_a_verb_phrase_before_as(extract, text, expected):
    assert characters_of(extract(text, FILM)) == expected


def test_a_name_nothing_knows_as_an_actor_gets_no_loose_part(extract):
    # no header, and a name no KB holds: "as" after a verb could be anything
    assert characters_of(extract("Tamsin Vorlee radiates menace as the harbour master.", FILM)) == set()


def test_the_switch_turns_the_rule_off(extract, monkeypatch):
    monkeypatch.setattr(characters, "LOOSE_AS", False)
    assert characters_of(extract(CAST + "Gene Hackman seems miscast as Major Pike.", FILM)) == set()
