"""header, twentieth pass: one cast item a line with an aside after the part, any run of dashes, padded
separators, a bare "Characters:" label over "Actor - Part" lines."""

from __future__ import annotations

import pytest

from filmkg.extractors.header import find_header_credits


def got(text: str) -> list[tuple[str, tuple[str, ...], str | None]]:
    return [(c.name, c.roles, c.character) for c in find_header_credits(text)]


def test_an_aside_after_the_part_stays_with_the_part():
    text = "Actors:   Ann Bell as Mary Lake (voice)\n          Tom Reed as Hal (the hero's father)\nGenre:  Comedy\n"
    assert got(text) == [("Ann Bell", ("actor",), "Mary Lake (voice)"),
                         ("Tom Reed", ("actor",), "Hal (the hero's father)")]


def test_a_dash_item_with_an_aside():
    text = "Cast:\nAnn Bell - Mary Lake (or is she?)\nTom Reed - Hal Crane\n\nThe film opens at night.\n"
    assert got(text) == [("Ann Bell", ("actor",), "Mary Lake (or is she?)"), ("Tom Reed", ("actor",), "Hal Crane")]


@pytest.mark.parametrize("sep", ["----", "---", "\u2013", "\u2014"])
def test_any_run_of_dashes_separates_performer_and_part(sep):
    text = f"Starring\nAnn Bell {sep} Mary\nTom Reed {sep} Hal\nSue Vale {sep} Jo\n\nThe film opens at night.\n"
    assert got(text) == [("Ann Bell", ("actor",), "Mary"), ("Tom Reed", ("actor",), "Hal"),
                         ("Sue Vale", ("actor",), "Jo")]


def test_padding_around_a_separator_ends_no_value():
    text = "Cast:  Ann Bell    -   Mary Lake\n       Tom Reed    -   Hal Crane\n\nActors: Sue Vale as      Jo\n"
    assert got(text) == [("Ann Bell", ("actor",), "Mary Lake"), ("Tom Reed", ("actor",), "Hal Crane"),
                         ("Sue Vale", ("actor",), "Jo")]


def test_a_column_gap_still_ends_a_value():
    assert got("Cast       Ann Bell, Tom Reed      Country: USA\n") == [("Ann Bell", ("actor",), None),
                                                                     ("Tom Reed", ("actor",), None)]


def test_characters_label_over_actor_part_lines():
    text = "Characters:\nAnn Bell - Mary\nTom Reed - Agent Hal\n\nThe film opens at night.\n"
    assert got(text) == [("Ann Bell", ("actor",), "Mary"), ("Tom Reed", ("actor",), "Agent Hal")]


@pytest.mark.parametrize("text", [
    "Characters: Mary Lake, Hal Crane\n",          # a list of parts, no performers
    "Characters:\nMary Lake\nHal Crane\n",          # parts one a line
    "The characters, Mary Lake and Hal Crane, are thin.\n",
])
def test_characters_label_gives_no_actor_otherwise(text):
    assert got(text) == []
