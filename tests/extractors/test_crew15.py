"""Crew credits, fifteenth pass: compound titles with plurals and the other crafts' words ("writer-directors A and B",
"director/producer/editor X"), and participle chains that end on "starring" ("written, directed by, and starring
X")."""

from __future__ import annotations

import pytest

from filmkg.extractors import credits as credits_mod
from filmkg.extractors.credits import _compound_roles
from tests.extractors.conftest import credits_of

FILM = "Night Train"


@pytest.mark.parametrize("compound,roles,plural", [
    ("writer-directors", ["screenwriter", "director"], True),
    ("Director/producer/editor", ["director", "producer", "editor"], False),
    ("co-scribe/director", ["screenwriter", "director"], False),
    ("director and cinematographer", ["director", "cinematographer"], False),
    ("actresses/directors", ["actor", "director"], True),
    # the plural before "and" names other people: only what follows is the name's
    ("screenwriters and director", ["director"], False),
])
def test_compound_roles(compound, roles, plural):
    assert _compound_roles(compound) == (roles, plural)


@pytest.mark.parametrize("text,expected", [
    ("Director/producer/editor Kate Willis keeps the story moving.",
     {("Kate Willis", "director"), ("Kate Willis", "producer"), ("Kate Willis", "editor")}),
    ("Director and cinematographer Peter Hyams keeps the story moving.",
     {("Peter Hyams", "director"), ("Peter Hyams", "cinematographer")}),
    # a plural title carries every role down a team of two
    ("Writer-directors Tom Baxter and Ned Carver keep the story moving.",
     {("Tom Baxter", "director"), ("Tom Baxter", "screenwriter"), ("Ned Carver", "director"),
      ("Ned Carver", "screenwriter")}),
])
def test_a_wide_compound_title_gives_each_role(extract, text, expected):
    got = {(p, r) for p, r, f in credits_of(extract(text, FILM)) if f == FILM}
    assert expected <= got


def test_without_the_switch_the_craft_words_break_the_compound(extract, monkeypatch):
    monkeypatch.setattr(credits_mod, "COMPOUND_CREW", False)
    got = credits_of(extract("Director/producer/editor Kate Willis keeps the story moving.", FILM))
    assert ("Kate Willis", "director", FILM) not in got


def test_the_plural_before_and_leaves_the_name_its_own_role(extract):
    got = credits_of(extract("The screenwriters and director Betty Thomas keep the story moving.", FILM))
    assert ("Betty Thomas", "director", FILM) in got
    assert ("Betty Thomas", "screenwriter", FILM) not in got


def test_a_plural_title_over_a_long_list_names_no_team(extract):
    text = "The writers-directors Tom Baxter, Ned Carver and Lou Parr are no kin of one another."
    got = credits_of(extract(text, FILM))
    assert not {c for c in got if c[1] in ("director", "screenwriter")}


def test_an_example_after_the_title_is_no_credit(extract):
    got = credits_of(extract("For every horror writer and filmmaker like Clive Barker there are ten hacks.", FILM))
    assert ("Clive Barker", "director", FILM) not in got


@pytest.mark.parametrize("text,name,roles", [
    ("Written, directed by, and starring Tom Baxter, it moves along.", "Tom Baxter",
     {"screenwriter", "director", "actor"}),
    ("Written by, directed, and starring Ned Carver, it takes its time.", "Ned Carver",
     {"screenwriter", "director", "actor"}),
    ("The picture, produced, directed, co-written and starring Lou Parr, deals with it.", "Lou Parr",
     {"producer", "director", "screenwriter", "actor"}),
])
def test_a_participle_chain_ending_on_starring(extract, text, name, roles):
    got = {r for p, r, f in credits_of(extract(text, FILM)) if p == name and f == FILM}
    assert roles <= got


def test_a_starring_chain_without_directed_gives_no_writer(extract):
    # "written by and starring" names another film or a show as often: left to the actor cue
    got = credits_of(extract("The old comedy, written by and starring Tom Baxter, moves along.", FILM))
    assert ("Tom Baxter", "screenwriter", FILM) not in got


def test_without_the_switch_the_starring_chain_is_an_actor_only(extract, monkeypatch):
    monkeypatch.setattr(credits_mod, "STARRING_CHAIN", False)
    got = credits_of(extract("Written, directed by, and starring Tom Baxter, it moves along.", FILM))
    assert ("Tom Baxter", "director", FILM) not in got
    assert ("Tom Baxter", "actor", FILM) in got
