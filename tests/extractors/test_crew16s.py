"""Crew credits, sixteenth pass (crew16s): source authors after "an" or a number, after plural source nouns and after a
longer description ending in a writer's trade; a character's bracket that names a film's performer gives the
character no contribution."""

from __future__ import annotations

import pytest

from tests.extractors.conftest import credits_of

FILM = "Night Train"


@pytest.mark.parametrize("text,author", [
    ("The script, based on an Ann Lorimer novel, keeps the mood dark.", "Ann Lorimer"),
    ("Adapted from two Hugo Marsh stories, the film moves slowly.", "Hugo Marsh"),
    ("The plot is based on several Ida Trask tales of the sea.", "Ida Trask"),
])
def test_an_or_a_number_before_the_authors_name(extract, text, author):
    got = credits_of(extract(text, FILM))
    assert (author, "source_author", FILM) in got


@pytest.mark.parametrize("text", [
    "He buys a ticket for a film based on an Ann Lorimer novel and falls asleep.",
    "It copies every movie based on an Ann Lorimer novel.",
    "This is the first one not based on an Ann Lorimer book.",
    "Unlike another adaptation of an Ann Lorimer novel, it is short.",
])
def test_some_other_film_before_the_cue_gives_no_source(extract, text):
    got = credits_of(extract(text, FILM))
    assert not {c for c in got if c[1] == "source_author"}


@pytest.mark.parametrize("text,author", [
    ("Based on two novels by historian Hugo Marsh, the film sprawls.", "Hugo Marsh"),
    ("The film is based on the books by Ida Trask and looks it.", "Ida Trask"),
])
def test_plural_source_nouns(extract, text, author):
    got = credits_of(extract(text, FILM))
    assert (author, "source_author", FILM) in got


@pytest.mark.parametrize("text,author", [
    ("Based on a novel by Twilight Zone writer Hugo Marsh, the film is clunky.", "Hugo Marsh"),
    ("The film is based on short stories by acclaimed sci-fi writer Ida Trask.", "Ida Trask"),
    ("It is adapted from a book by former Newsweek reporter Ann Lorimer.", "Ann Lorimer"),
])
def test_a_long_description_ending_in_a_writers_trade(extract, text, author):
    got = credits_of(extract(text, FILM))
    assert (author, "source_author", FILM) in got
    assert (author, "screenwriter", FILM) not in got


def test_a_writers_trade_without_a_source_noun_stays_a_script(extract):
    got = credits_of(extract("The story, written by comic book writer Hugo Marsh, drags.", FILM))
    assert ("Hugo Marsh", "source_author", FILM) not in got


@pytest.mark.parametrize("text,part,actor,film", [
    ("Mona meets a stranger, Caleb Vance (LAST ORDERS' Tom Ridley), on the train.", "Caleb Vance", "Tom Ridley",
     "Last Orders"),
    ("They hunt for Dora Lyle (\"The Sixth Sense\"'s Toni Collette), the only witness.", "Dora Lyle", "Toni Collette",
     "The Sixth Sense"),
])
def test_a_characters_bracket_with_a_performers_film(extract, text, part, actor, film):
    got = credits_of(extract(text, FILM))
    assert not {c for c in got if c[0] == part}
    assert (actor, "actor", film) in got


def test_a_directors_bracket_stays_a_contribution(extract):
    got = credits_of(extract("Director Mike Figgis (Internal Affairs) keeps it moving.", FILM))
    assert ("Mike Figgis", "contributor", "Internal Affairs") in got


def test_the_film_right_before_the_cue_owns_the_source(extract):
    got = credits_of(extract("Films such as \"The Long Harvest\" based on an Ann Lorimer story are slow.", FILM))
    assert ("Ann Lorimer", "source_author", FILM) not in got


@pytest.mark.parametrize("text", [
    "The last segment, an adaptation of the Ann Lorimer story \"The Lamp\", is dull.",
    "It is the latest adaptation of an Ann Lorimer novel.",
])
def test_this_films_adaptation_keeps_its_source(extract, text):
    got = credits_of(extract(text, FILM))
    assert ("Ann Lorimer", "source_author", FILM) in got


@pytest.mark.parametrize("text", [
    "The novel, written by Hugo Marsh, is a fine read.",
    "She reads a book written by Hugo Marsh on the train.",
])
def test_a_books_writer_is_no_screenwriter(extract, text):
    got = credits_of(extract(text, FILM))
    assert ("Hugo Marsh", "screenwriter", FILM) not in got


def test_the_screenplay_written_by_stays_a_script(extract):
    got = credits_of(extract("The screenplay, written by Hugo Marsh, is sharp.", FILM))
    assert ("Hugo Marsh", "screenwriter", FILM) in got


@pytest.mark.parametrize("text", [
    "The film is based on the novel by the same title, written by Hugo Marsh.",
    "It is based on the play with the same name by Hugo Marsh.",
])
def test_the_same_title_before_the_author(extract, text):
    got = credits_of(extract(text, FILM))
    assert ("Hugo Marsh", "source_author", FILM) in got
