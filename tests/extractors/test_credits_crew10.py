"""Crew credits, ninth pass: list ends, possessors in apposition, header source brackets, hyphenated makers."""

from __future__ import annotations

import pytest

from filmkg.extractors.header import find_header_credits
from tests.extractors.conftest import credits_of

FILM = "Night Train"


def crew(credits: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    return {c for c in credits if c[1] != "actor"}


@pytest.mark.parametrize("text,expected", [
    # a name after a bare comma with a verb next is the main clause's subject, not one more maker
    ("Using a loud score by Tom Varley, Petersen almost hides the plot.", {("Tom Varley", "composer", FILM)}),
    ("Directed by Jeff Mallory, Sara Quint shows some comic timing.", {("Jeff Mallory", "director", FILM)}),
    # ... a real list goes on
    ("It was produced by Dana Hollis, Mark Ferrante and Joel Prentiss.",
     {("Dana Hollis", "producer", FILM), ("Mark Ferrante", "producer", FILM), ("Joel Prentiss", "producer", FILM)}),
])
def test_a_cued_list_stops_at_the_clause_subject(extract, text, expected):
    assert crew(credits_of(extract(text, FILM))) == expected


def test_the_maker_after_a_possessor_in_apposition(extract):
    got = credits_of(extract("The fiddle music was composed by Lynch's frequent collaborator Angelo Badalamenti.",
                             FILM))
    assert ("Angelo Badalamenti", "composer", FILM) in got
    assert not any(c[0] == "Lynch" for c in got)


@pytest.mark.parametrize("text", [
    "In his column Peter Gradwell wrote a series of reviews about it.",
    "Maybe it was the way Peter Gradwell wrote the character that bothers me.",
])
def test_writing_something_else_is_no_screenplay(extract, text):
    assert not any(c[1] == "screenwriter" for c in credits_of(extract(text, FILM)))


def test_a_header_writer_with_a_source_bracket_is_the_source_author():
    found = {(c.name, c.roles) for c in find_header_credits(
        "Directed by: Ann Mercer\nWritten by: Ruth Ames (novel), Carl Benning\n\nA drama.")}
    assert ("Ruth Ames", ("source_author",)) in found
    assert ("Carl Benning", ("screenwriter",)) in found


def test_a_header_value_ends_at_the_next_crafts_participle():
    found = {(c.name, c.roles) for c in find_header_credits(
        "Directed by Ann Mercer and penned by Carl Benning, Ruth Ames, and Joel Prentiss.\n\nA drama.")}
    assert found == {("Ann Mercer", ("director",))}


def test_the_prose_source_bracket_keeps_the_list_role(extract):
    got = crew(credits_of(extract("It was written by Ruth Ames (novel) and Carl Benning.", FILM)))
    assert ("Ruth Ames", "source_author", FILM) in got
    assert ("Carl Benning", "screenwriter", FILM) in got
    assert ("Ruth Ames", "screenwriter", FILM) not in got


def test_a_label_after_a_name_is_no_verb(extract):
    got = credits_of(extract("Directed by Ann Mercer\nWith: Tom Ellery, Rosa Quint Produced: Dana Hollis\n\nOk.",
                             FILM))
    assert ("Rosa Quint", "producer", FILM) not in got


@pytest.mark.parametrize("text,expected", [
    ("It was her first role in the Roger Quayle-written BLUE HARBOUR LIGHTS.",
     ("Roger Quayle", "screenwriter", "Blue Harbour Lights")),
    ("The new Joel Prentiss-directed comedy mixes farce and romance.", ("Joel Prentiss", "director", FILM)),
])
def test_hyphenated_makers(extract, text, expected):
    assert expected in credits_of(extract(text, FILM))


def test_a_hyphenated_novelist_is_the_source_author(extract):
    got = credits_of(extract("The film follows the Dana Hollis-penned novel NIGHT TRAIN closely.", FILM))
    assert ("Dana Hollis", "source_author", FILM) in got
    assert ("Dana Hollis", "screenwriter", FILM) not in got


def test_a_screen_version_of_a_writers_work(extract):
    got = credits_of(extract("She starred in the TV version of Carl Benning's THE SHADOW GARDEN last year.", FILM))
    assert ("Carl Benning", "source_author", "The Shadow Garden") in got
    assert ("Carl Benning", "director", "The Shadow Garden") not in got


def test_a_theme_by_a_composer(extract):
    assert ("Tom Varley", "composer", FILM) in credits_of(
        extract("The jaunty theme by Tom Varley plays over the titles.", FILM))


@pytest.mark.parametrize("text,expected", [
    ("The title song, written by Tom Varley and sung by Rosa Quint, is lovely.", ("Tom Varley", "composer", FILM)),
    ('A show-stopping musical interlude ("Make a Man of You," penned by Ines Calloway) follows.',
     ("Ines Calloway", "composer", FILM)),
])
def test_a_songs_writer_is_no_screenwriter(extract, text, expected):
    got = credits_of(extract(text, FILM))
    assert expected in got
    assert (expected[0], "screenwriter", FILM) not in got


def test_subtitles_give_no_screenplay(extract):
    got = credits_of(extract("The English subtitles (written by Carl Benning) are clever.", FILM))
    assert ("Carl Benning", "screenwriter", FILM) not in got


@pytest.mark.parametrize("text,expected", [
    ("It is a thriller directed by the immensely talented Joel Prentiss.", ("Joel Prentiss", "director", FILM)),
    ("The score by the great Tom Varley helps.", ("Tom Varley", "composer", FILM)),
])
def test_the_and_its_describing_words_after_by(extract, text, expected):
    assert expected in credits_of(extract(text, FILM))


def test_a_character_after_by_the_is_no_maker(extract):
    got = credits_of(extract("The story inside is written by the character Paul Benning, a novelist.", FILM))
    assert ("Paul Benning", "screenwriter", FILM) not in got


def test_a_capitalised_label_chain_after_a_name_is_no_verb(extract):
    got = credits_of(extract("It is grim.\n\nStarring Tom Ellery, Rosa Quint, Joel Prentiss\nDirected & Written by Ann "
                             "Mercer\nCinematography by Dana Hollis\n\nOk.", FILM))
    assert not any(c[0] in {"Rosa Quint", "Joel Prentiss"} and c[1] != "actor" for c in got)


def test_a_bracketed_verb_is_the_last_names_alone(extract):
    got = credits_of(extract("The actors: Rosa Quint, Joel Prentiss (who also directed) and Tom Ellery are fine.",
                             FILM))
    assert ("Joel Prentiss", "director", FILM) in got
    assert ("Rosa Quint", "director", FILM) not in got
