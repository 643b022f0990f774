"""reviewed: the reviewed film is one node under the page title or the review's own title line."""

from __future__ import annotations

import pytest

from filmkg.core.records import Mention
from filmkg.extractors.reviewed import Reviewed, find_title, merge_aliases, page_title, reviewed_film, title_line
from tests.extractors.conftest import credits_of, films_of

PAGE = "Le Loup blanc (1997)\nreviewed by\nAnn Critic\n\n"


@pytest.mark.parametrize("line,expected", [
    ('"Le Loup" (1994) (mini)', ("Le Loup", 1994)),
    ("Loup, Le (1993) (TV)", ("Le Loup", 1993)),
    ("Grey Wolf (1990/II) (V)", ("Grey Wolf", 1990)),
    ("Grey Wolf", ("Grey Wolf", None)),
    ("Morir (o no)", ("Morir (o no)", None)),  # brackets of the title itself stay
])
def test_page_title(line, expected):
    assert page_title(line) == expected


@pytest.mark.parametrize("head,expected", [
    ("THE WHITE WOLF\n                A film review by Ann Critic\n\nText.", ("THE WHITE WOLF", None, True)),
    ("THE WHITE WOLF (LE LOUP BLANC)\n\nText.", ("THE WHITE WOLF", "LE LOUP BLANC", False)),
    ("Copyright 1998 Ann Critic\nRATING: ***\n\nFILM TITLE:   THE WHITE WOLF\nDIRECTOR:  Bo Kern\n",
     ("THE WHITE WOLF", None, True)),
    ("THE WHITE WOLF (director: Bo Kern; cast: Tom Ree)\n\nText.", ("THE WHITE WOLF", None, True)),
    # a distributor or a country in brackets is no second title
    ("THE WHITE WOLF (Fine Line Features)\n\nText.", ("THE WHITE WOLF", None, False)),
    ("THE WHITE WOLF (France)\n\nText.", ("THE WHITE WOLF", None, False)),
])
def test_title_line(head, expected):
    got = title_line(PAGE + head, len(PAGE))
    assert (got.title, got.second, got.marked) == expected


@pytest.mark.parametrize("head", [
    "Director: Bo Kern\nCast: Tom Ree\n\nText.",  # credits first: no title line
    "The film opens in a quiet town where nothing happens for a long time.\n",
])
def test_no_title_line(head):
    assert title_line(PAGE + head, len(PAGE)) is None


def test_the_original_title_is_the_english_title_line():
    text = PAGE + "THE WHITE WOLF\nA film review by Ann Critic\n\nTHE WHITE WOLF is slow. Bo Kern made it.\n"
    got = reviewed_film(text, "Le Loup blanc", len(PAGE))
    assert got.title == "The White Wolf" and got.aliases == ("Le Loup blanc",)


def test_title_line_naming_the_page_film_in_brackets():
    text = PAGE + "THE WHITE WOLF (LE LOUP BLANC)\n\nThe film is slow.\n"
    assert reviewed_film(text, "Le Loup blanc", len(PAGE)).aliases == ("THE WHITE WOLF",)


@pytest.mark.parametrize("line,title,aliases", [
    ("GREY WOLF", "Grey Wolf 2", ()),  # the first film of a series, not a short form
    ("GREY WOLF", "Grey Wolf: The Hunt", ("GREY WOLF",)),  # a short form
    ("OTHER FILM", "Grey Wolf", ()),  # the page title is used below: the title line is something else
])
def test_short_forms(line, title, aliases):
    text = PAGE + f"{line}\n\nGrey Wolf 2 and Grey Wolf: The Hunt and Grey Wolf are named.\n"
    assert reviewed_film(text, title, len(PAGE)).aliases == aliases


def test_accents_case_and_ampersands_match_the_page_title():
    text = PAGE + "WOLF & LAMB\n                A film review by Ann Critic\n\nWOLF & LAMB is fun.\n"
    assert reviewed_film(text, "Wolf and Lamb", len(PAGE)).title == "Wolf and Lamb"
    text = PAGE + "DEJA VU\n                A film review by Ann Critic\n\nDEJA VU again.\n"
    assert reviewed_film(text, "Déjà Vu", len(PAGE)).title == "Déjà Vu"


def test_one_node_and_its_credits(extract):
    text = (PAGE + "THE WHITE WOLF\n                A film review by Ann Critic\n\nDirector: Bo Kern\n\n"
            "THE WHITE WOLF is slow, but Tom Ree is fine in THE WHITE WOLF.\n")
    critic = PAGE.index("Ann Critic")
    ex = extract(text, "Le Loup blanc", title_span=(0, 13), critic_span=(critic, critic + 10))
    assert films_of(ex) == {"The White Wolf"}
    assert ("Bo Kern", "director", "The White Wolf") in credits_of(ex)


def test_a_sequel_number_either_way_and_underscored_titles_are_the_page_film():
    text = PAGE + "GREY WOLF 2\n                A film review by Ann Critic\n\nGrey Wolf 2 and _Grey_Wolf_II_.\n"
    got = reviewed_film(text, "Grey Wolf II", len(PAGE))
    assert got.title == "Grey Wolf II" and got.aliases == ()
    assert len(find_title(text, "Grey Wolf II")) == 3


@pytest.mark.parametrize("sentence,alias", [
    ("This film was originally titled GREY DAWN.", "GREY DAWN"),
    ('The movie was retitled "Grey Dawn" for its release.', "Grey Dawn"),
    ("Its working title was _Grey_Dawn_.", "Grey Dawn"),
])
def test_working_and_later_titles(sentence, alias):
    text = PAGE + "THE WHITE WOLF\n                A film review by Ann Critic\n\nTHE WHITE WOLF is slow. " + sentence
    assert reviewed_film(text, "The White Wolf", len(PAGE)).aliases == (alias,)


def test_a_working_title_of_another_film_is_not_an_alias():
    text = PAGE + "THE WHITE WOLF\n\nThe director gave his next film the working title GREY DAWN.\n"
    assert reviewed_film(text, "The White Wolf", len(PAGE)).aliases == ()


def test_of_two_title_lines_the_one_the_prose_uses():
    text = PAGE + "Howls at Dusk\nThe White Wolf\nBy Ann Critic\n\nThe White Wolf is slow. The White Wolf drags.\n"
    assert reviewed_film(text, "Le Loup blanc", len(PAGE)).title == "The White Wolf"


@pytest.mark.parametrize("bracket", ["Australian", "Japanese with subtitles", "NR", "Cowboy Booking International"])
def test_brackets_that_are_no_title(bracket):
    assert title_line(PAGE + f"THE WHITE WOLF ({bracket})\n\nText.", len(PAGE)).second is None


def test_a_title_found_inside_the_page_line_is_the_reviewed_film():
    text = "Marquis Dorval, Le (1994)\nreviewed by A. Critic\n\nMARQUIS DORVALE is long."
    found = [Mention("film", "Marquis Dorval", 0, 14, "titles.gazetteer", 0.55)]
    named = Reviewed("Marquis Dorvale", ("Le Marquis Dorval",))
    assert [m.name for m in merge_aliases(found, text, named, page_line=(0, 18))] == ["Marquis Dorvale"] * 2
    assert "Marquis Dorval" in {m.name for m in merge_aliases(found, text, named)}


@pytest.mark.parametrize(("text", "title", "spans"), [
    ("We saw Schindler's List, then SCHINDLERS LIST again.", "Schindler's List", [(7, 23), (30, 45)]),
    ("Tom & Jerry, Tom and Jerry, Tom&Jerry.", "Tom and Jerry", [(0, 11), (13, 26)]),
    ("ROCKY II beat Rocky 2 and Rocky 20.", "Rocky II", [(0, 8), (14, 21)]),
    ("The Crow; Crows; crowbar; _The_Crow_.", "The Crow", [(4, 8), (31, 35)]),
    ("Jaws, Jaw's and jawsome.", "Jaws", [(0, 4), (6, 11)]),
    ("A Star-Is-Born and a star\n is  born.", "A Star Is Born", [(2, 14), (21, 35)]),
])
def test_find_title_scans_as_its_regex_does(text: str, title: str, spans: list[tuple[int, int]]) -> None:
    # the hand scan replaced a regex compiled per title: both must give the same spans
    from filmkg.core.normalize import fold
    from filmkg.extractors.reviewed import _plain, _title_regex

    assert find_title(text, title) == spans
    words = fold(title).split()
    words = words[1:] if words[0] in {"the", "a", "an"} else words
    assert [m.span() for m in _title_regex(tuple(words)).finditer(_plain(text))] == spans
