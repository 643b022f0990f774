"""Source authors and composers, thirteenth pass: a maker's take is no source, a writer's trade alone names
none, the relative clause ties an author to this film, music videos and space operas are no score."""

from __future__ import annotations

import pytest

from tests.extractors.conftest import credits_of

FILM = "Night Train"


def roles_of(credits: set[tuple[str, str, str]], name: str) -> set[str]:
    return {c[1] for c in credits if c[0] == name}


@pytest.mark.parametrize("text,maker", [
    ("Ruth Ames famously disliked Carl Benning's adaptation of her novel.", "Carl Benning"),
    ("It is Carl Benning's version of the book, and a slow one.", "Carl Benning"),
])
def test_a_makers_adaptation_of_the_book_is_no_source(extract, text, maker):
    assert "source_author" not in roles_of(credits_of(extract(text, FILM)), maker)


def test_the_possessive_source_still_holds(extract):
    assert "source_author" in roles_of(credits_of(extract("Carl Benning's novel was better than this.", FILM)),
                                       "Carl Benning")


@pytest.mark.parametrize("text", [
    "\"Nothing works here,\" says gay author Ruth Amesbury.",
    "Later that night, author Ruth Amesbury wrote a letter to the mayor.",
])
def test_a_writers_trade_with_no_adaptation_cue_names_no_source(extract, text):
    assert "source_author" not in roles_of(credits_of(extract(text, FILM)), "Ruth Amesbury")


def test_a_writers_trade_with_an_adaptation_cue_still_names_the_source(extract):
    got = credits_of(extract("The film is based on a true story told by author Ruth Amesbury.", FILM))
    assert "source_author" in roles_of(got, "Ruth Amesbury")


@pytest.mark.parametrize("text", [
    "It helps to know Ruth Amesbury, on whose book the film is based.",
    "Ruth Amesbury, whose novel this movie is based on, hated the ending.",
    "Fans of Ruth Amesbury, whose 1960 novel was the basis for the script, will be let down.",
])
def test_the_relative_clause_ties_the_author_to_this_film(extract, text):
    assert ("Ruth Amesbury", "source_author", FILM) in credits_of(extract(text, FILM))


def test_an_idioms_book_is_no_source(extract):
    got = credits_of(extract("Here the director has taken a leaf from the book of Carl Benning.", FILM))
    assert "source_author" not in roles_of(got, "Carl Benning")


def test_a_directors_epic_is_no_source(extract):
    got = credits_of(extract("Stanley Kubrick's 1960 epic was based on a novel, but this film is not.", FILM))
    assert "source_author" not in roles_of(got, "Stanley Kubrick")


def test_a_music_video_is_no_score(extract):
    got = credits_of(extract("The director made the music video for Tom Varley's song \"Red Lights\".", FILM))
    assert "composer" not in roles_of(got, "Tom Varley")
    got = credits_of(extract("The extras include Tom Varley's music video for the film.", FILM))
    assert "composer" not in roles_of(got, "Tom Varley")


def test_a_space_opera_is_no_music(extract):
    got = credits_of(extract("It owes a lot to Tom Varley's classic space opera.", FILM))
    assert "composer" not in roles_of(got, "Tom Varley")
    assert "composer" in roles_of(credits_of(extract("Tom Varley's opera is heard at the end.", FILM)), "Tom Varley")


def test_a_source_author_before_the_music_label_is_no_composer(extract):
    got = credits_of(extract("Starring:  Sara Quint, Joel Prentiss\nDirector:  Ann Mercer\n"
                             "Screenplay:  Ann Mercer based on the novel by \n             Ruth Amesbury\n"
                             "Music:  Tom Varley\n\n     A slow film with a fine cast.", FILM))
    assert "composer" not in roles_of(got, "Ruth Amesbury")
    assert "composer" in roles_of(credits_of(extract("I liked the Tom Varley score a lot.", FILM)), "Tom Varley")
