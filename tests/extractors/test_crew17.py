"""A name modifying "adaptation" is the source's author (crew17, extractors/README.md): the film apposed to the
phrase, the subject of "is one of the X adaptations", a list after the plural, or the reviewed film after "this /
his / her"."""

from __future__ import annotations

import pytest

from tests.extractors.conftest import credits_of

LEAD = "GAMMA RAY is a slow thriller. "


@pytest.mark.parametrize("text,expected", [
    # the film apposed after the noun, quoted or not
    ('Her credits include the Ann Vell adaptation "Cider House Rules."', ("Ann Vell", "Cider House Rules")),
    ("His earlier films were the Ann Vell adaptation JUDE and a comedy.", ("Ann Vell", "JUDE")),
    ('Pam Grier was in another recent Ann Vell adaptation, "Jackie Brown."', ("Ann Vell", "Jackie Brown")),
    # ... or the subject of a copula before the plural
    ("THE SHAWSHANK REDEMPTION is one of the most faithful Ann Vell adaptations.",
     ("Ann Vell", "The Shawshank Redemption")),
    # ... or the reviewed film after "this", "his second"
    ("The director is back with his second Ann Vell adaptation.", ("Ann Vell", "Gamma Ray")),
    ("This Ann Vell adaptation is very different from the others.", ("Ann Vell", "Gamma Ray")),
])
def test_name_adaptation_gives_the_source(extract, text, expected):
    got = credits_of(extract(LEAD + text, "Gamma Ray"))
    assert (expected[0], "source_author", expected[1]) in got


def test_a_list_after_the_plural(extract):
    got = credits_of(extract(LEAD + 'It follows Ann Vell adaptations "Stand By Me" and "The Shawshank Redemption."',
                             "Gamma Ray"))
    assert {("Ann Vell", "source_author", "Stand By Me"),
            ("Ann Vell", "source_author", "The Shawshank Redemption")} <= got


@pytest.mark.parametrize("text", [
    "Hollywood has a good record with Ann Vell adaptations.",      # no film tied
    "Another Ann Vell adaptation opened last week.",              # some other film, not named
    "It is not the typical Ann Vell adaptation of a thriller.",   # "adaptation of": the adapter's
])
def test_no_film_tied(extract, text):
    got = credits_of(extract(LEAD + text, "Gamma Ray"))
    assert not any(p == "Ann Vell" and r == "source_author" for p, r, _ in got)


@pytest.mark.parametrize("counts,given", [
    ([30, 12, 5, 0, 2], False),   # mostly a director: "the X adaptation" is the adapter's
    ([0, 40, 3, 0, 1], False),    # mostly a performer: the star's
    ([0, 0, 1, 9, 0], True),      # mostly a source's author
])
def test_a_directors_or_stars_adaptation_is_no_source(extract, monkeypatch, counts, given):
    from filmkg.extractors import credits

    monkeypatch.setattr(credits, "archive_roles", lambda: {"Lou Vance": counts})
    got = credits_of(extract(LEAD + 'Her credits include the Lou Vance adaptation "Cider House Rules."', "Gamma Ray"))
    assert (("Lou Vance", "source_author", "Cider House Rules") in got) is given


@pytest.mark.parametrize("text,source", [
    ("I took a page out of Ann Vell's book and changed my mind about it.", False),   # the idiom
    ("The director is taking a leaf from Ann Vell's book here.", False),
    ("Ann Vell's book went much further than the film.", True),                     # a book, no other film
])
def test_a_page_out_of_someones_book_is_an_idiom(extract, text, source):
    got = credits_of(extract(LEAD + text, "Gamma Ray"))
    assert (("Ann Vell", "source_author", "Gamma Ray") in got) is source
