"""Crew credits, fifteenth pass (crew15s): a performer's bracketed filmography is acting even where the review gives
the performer no acting credit of its own; a craft word before the name keeps the contribution."""

from __future__ import annotations

import pytest

from filmkg.core.records import Fact
from filmkg.extractors import resolve as resolve_mod
from tests.extractors.conftest import credits_of

FILM = "Night Train"


def test_a_performers_bracket_is_acting(extract):
    got = credits_of(extract("The gang includes Scott Caan (Ready to Rumble) and Jean Reno (The Professional).", FILM))
    assert ("Scott Caan", "actor", "Ready to Rumble") in got
    assert ("Jean Reno", "actor", "The Professional") in got
    assert not {c for c in got if c[1] == "contributor"}


def test_without_the_switch_the_bracket_stays_a_contribution(extract, monkeypatch):
    monkeypatch.setattr(resolve_mod, "ACTING_CAREERS", False)
    got = credits_of(extract("The gang includes Scott Caan (Ready to Rumble) and Jean Reno (The Professional).", FILM))
    assert ("Scott Caan", "contributor", "Ready to Rumble") in got


def test_a_directors_bracket_stays_a_contribution(extract):
    got = credits_of(extract("Director Mike Figgis (Internal Affairs) keeps the story moving.", FILM))
    assert ("Mike Figgis", "contributor", "Internal Affairs") in got


@pytest.mark.parametrize("before", ["Writer/director ", "The film's producer, ", "Its screenwriter "])
def test_a_craft_word_before_a_performer_keeps_the_contribution(before, monkeypatch):
    monkeypatch.setattr(resolve_mod, "archive_roles", lambda: {"Tim Player": [0, 40, 0, 0, 0]})
    text = before + "Tim Player (Some Film) keeps it moving."
    start = text.index("Tim Player")
    fact = Fact("film:some film", "contributor", "Tim Player", start, start + 10, "credits.filmography", 0.8)
    assert resolve_mod._filmographies([fact], text)[0].predicate == "contributor"
    plain = text[start:]
    fact = Fact("film:some film", "contributor", "Tim Player", 0, 10, "credits.filmography", 0.8)
    assert resolve_mod._filmographies([fact], plain)[0].predicate == "actor"


@pytest.mark.parametrize("counts,acting", [
    ([0, 40, 0, 0, 0], True),
    ([0, 40, 8, 0, 2], True),      # 40 >= 4 x 10
    ([15, 74, 11, 0, 5], False),   # an actor who directs and writes too
    ([0, 2, 0, 0, 0], False),      # too few reviews
    (None, False),
])
def test_acting_career(counts, acting):
    assert resolve_mod.acting_career(counts) is acting


@pytest.mark.parametrize("text,author", [
    ("The screenplay (based on The Hunter by Richard Stark) is lean.", "Richard Stark"),
    ("Screenplay: Ann Lee, based on \"The Long\nNight\" by Vera Chapman.\n\nThe film is a mess.", "Vera Chapman"),
    ("The script, based upon The Legend of the Lake by Washington Irving, is thin.", "Washington Irving"),
])
def test_based_on_an_unmarked_or_wrapped_title_by_the_author(extract, text, author):
    assert (author, "source_author", FILM) in credits_of(extract(text, FILM))


def test_a_lower_case_noun_between_title_and_by_is_no_title(extract):
    got = credits_of(extract("The film is based on Grisham's novel directed by Barry Levinson.", FILM))
    assert ("Barry Levinson", "source_author", FILM) not in got


@pytest.mark.parametrize("text,author", [
    ("Based on T. C. Boyle's novel, the film is a mess.", "T. C. Boyle"),
    ("It is an adaptation of Jim Lovell's true account of the flight.", "Jim Lovell"),
    ("The third screen adaptation of H.G. Wells' century-old novel is the worst.", "H.G. Wells"),
])
def test_a_full_name_in_a_source_cue_is_the_author(extract, text, author):
    assert (author, "source_author", FILM) in credits_of(extract(text, FILM))


def test_a_full_name_before_a_song_is_no_source_person():
    from filmkg.extractors.people import _LONE_AUTHOR
    assert not any(m["c"] for m in _LONE_AUTHOR.finditer("a new version of Fleetwood Mac's 'Crystal' at the end"))
    assert any(m["c"] == "Juhani Aho" for m in _LONE_AUTHOR.finditer("Based on Juhani Aho's 1911 novel, it ..."))
