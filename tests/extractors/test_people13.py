"""Characters are no people, thirteenth pass (training/character_silver.py): a lone surname in brackets after a
name is the performer's, a rank or title before an unknown name and a relation or a plot's trade before it make
it a part; the critic's own people and a courtesy title before an actor's surname stay people."""

from __future__ import annotations

import pytest

from filmkg.extractors import resolve
from tests.extractors.conftest import persons_in


@pytest.mark.parametrize("text,part", [
    # a lone surname in brackets is the performer's: the name before it is the part
    ("When Joe Tarrant (McGuire) shows up with the van, he becomes a hostage.", "Joe Tarrant"),
    ("He is taken to the inn of Stevo Loomard (Burr), who tells him to leave.", "Stevo Loomard"),
    # a rank or a title before a name neither the KB nor the header knows
    ("Meanwhile Detective Hobart Quince is in the real world.", "Hobart Quince"),
    ("Even with the help of Dr. Daniel Schrebbel, can John take back the city?", "Daniel Schrebbel"),
    ("Colonel Walter Kurtzel has gone insane in the jungle.", "Walter Kurtzel"),
    # a relation or a plot's trade before it
    ("He cheats on his wife Suzette Farrow, who runs the store.", "Suzette Farrow"),
    ("He teams up with bartender Nico Valdane, who knows the town.", "Nico Valdane"),
    ("The villain is promoter Titus Sinclaire, who cheats everyone.", "Titus Sinclaire"),
])
def test_parts_are_no_people(extract, text, part):
    assert part not in persons_in(extract, text)


@pytest.mark.parametrize("flag,text,part", [
    ("BRACKETED_SURNAMES", "When Joe Tarrant (McGuire) shows up with the van, he becomes a hostage.", "Joe Tarrant"),
    ("TITLED_PARTS", "Meanwhile Detective Hobart Quince is in the real world.", "Hobart Quince"),
    ("RELATED_PARTS", "He cheats on his wife Suzette Farrow, who runs the store.", "Suzette Farrow"),
    ("RELATED_PARTS", "He teams up with bartender Nico Valdane, who knows the town.", "Nico Valdane"),
])
def test_each_rule_decides(extract, monkeypatch, flag, text, part):
    """Without its rule the name is taken as a person: the rule is what drops it."""
    monkeypatch.setattr(resolve, flag, False)
    _vouch_for_made_up_names(monkeypatch)
    assert part in persons_in(extract, text)


@pytest.mark.parametrize("text,person", [
    # a given name in brackets after a full name is the part: the full name is the performer
    ("Bruce Willis (Harry) drills for oil.", "Bruce Willis"),
    # a country in brackets after a crew member's name is no performer's surname
    ("The crew: Branimir Babic, Grzegorz Piatkowski (Poland). Music by Tom Vale.", "Grzegorz Piatkowski"),
    # ... nor is an ordinary word: the bracket holds the part
    ("Also fine in small roles are Tracy Ferenc (Nurse) and Sol Denter (Bartender).", "Tracy Ferenc"),
    ("Also fine in small roles are Tracy Ferenc (Nurse) and Sol Denter (Bartender).", "Sol Denter"),
    # the critic's own people are real
    ("I went with my friend John Oakhurst to see it.", "John Oakhurst"),
    # "Miss Kent" of an actress the review names in full is the critic's courtesy
    ("Jean Kentrow plays the lead. Miss Kentrow gives a truthful performance.", "Jean Kentrow"),
])
def test_people_stay(extract, monkeypatch, text, person):
    _vouch_for_made_up_names(monkeypatch)
    assert person in persons_in(extract, text)


def _vouch_for_made_up_names(monkeypatch) -> None:
    """The made-up names here are ones nothing vouches for (no KB, header, career, known given name or surname),
    which the fourteenth pass's rules drop (test_people14.py): off, so the rules of this pass are tested alone."""
    for flag in ("LONE_UNVOUCHED", "UNVOUCHED_FULL_NAMES", "UNVOUCHED_NAME_SHAPES"):
        monkeypatch.setattr(resolve, flag, False)
