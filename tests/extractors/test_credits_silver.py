"""Crew credits found from the archive's own header labels (training/crew_silver.py): descriptors before a
name, plural crew words, "the cinematography of X", "a NAME score"."""

from __future__ import annotations

import pytest

from tests.extractors.conftest import credits_of

FILM = "Night Train"


def crew(text: str, extract) -> set[tuple[str, str]]:
    return {(c[0], c[1]) for c in credits_of(extract(text, FILM)) if c[1] != "actor" and c[2] == FILM}


@pytest.mark.parametrize("text,expected", [
    ("The best thing here is the cinematography of Tom Harlan.", {("Tom Harlan", "cinematographer")}),
    ("It has the dreamy photography of Ann Kessler throughout.", {("Ann Kessler", "cinematographer")}),
    ("With able help from editors Joan Mayfield and Rick Tallon, it moves.",
     {("Joan Mayfield", "editor"), ("Rick Tallon", "editor")}),
    ("Composers Paul Vance and Ed Ruddick wrote a lush score.",
     {("Paul Vance", "composer"), ("Ed Ruddick", "composer")}),
    ("It has great visuals, an appropriate Walter Grieg score, and lots of action.", {("Walter Grieg", "composer")}),
    ("It is based on the novel by the late Carl Mossman, and it shows.", {("Carl Mossman", "source_author")}),
    ("It is based on a stage play by Canadian playwright Roy Lander.", {("Roy Lander", "source_author")}),
    ("It adapts short stories written by cult favorite Dan Jolliet.", {("Dan Jolliet", "source_author")}),
    ("It is aided by a brooding score from regular Hartman collaborator Ed Shorey.", {("Ed Shorey", "composer")}),
])
def test_crew_phrasings_of_the_archive(extract, text, expected):
    assert crew(text, extract) == expected


@pytest.mark.parametrize("text,person", [
    # the film's maker after the source's "by"
    ("It was made into a film from Ray Fennel's play by director Pat Connors, and it is fine.", "Pat Connors"),
    # a magazine's editors, a singer's videos
    ("The look-alikes play Rolling Stone editors Ben Tarrow and Jon Wendel.", "Ben Tarrow"),
    ("He directed a couple of Cindy Dorne music videos before this.", "Cindy Dorne"),
    # the affiliation's own name
    ("The playful score by Alloy Orchestra founder Caleb Sampson helps.", "Alloy Orchestra"),
])
def test_look_alike_phrasings_give_no_crew_credit(extract, text, person):
    got = crew(text, extract)
    assert not any(p == person and r in ("source_author", "editor", "composer") for p, r in got)


def test_a_possessive_filmography_lists_contributions(extract):
    got = credits_of(extract(
        "John Dahlberg's previous movies (such as \"Red Canyon West\" and \"Blue Lantern\") were grim.", FILM))
    assert ("John Dahlberg", "contributor", "Red Canyon West") in got
    assert ("John Dahlberg", "contributor", "Blue Lantern") in got
    # ... no list, no credit
    assert not any(c[0] == "John Dahlberg" for c in credits_of(extract(
        "As with most of John Dahlberg's other films, the characters are thin.", FILM)))
