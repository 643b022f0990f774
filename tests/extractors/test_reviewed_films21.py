"""reviewed (twenty-first pass): the review's own title line names the page's film in other words, and keeps
doing so when the page title is also used below it; a run-in header's bracketed title and a bracketed line under
the title line are the film's other title."""

from __future__ import annotations

import pytest

from filmkg.extractors.reviewed import reviewed_film, title_line
from tests.extractors.conftest import films_of

PAGE = "Le Loup blanc (1997)\nreviewed by\nAnn Critic\n\n"
BYLINE = "\n                A film review by Ann Critic\n\n"


def line(head: str, page: str | None = "Le Loup blanc"):
    return title_line(PAGE + head, len(PAGE), page)


@pytest.mark.parametrize("head,expected", [
    # a run-in credits header with the other title in brackets first
    ("THE WHITE WOLF (LE LOUP BLANC) (director: Bo Kern; cast: Tom Ree)\n", ("THE WHITE WOLF", "LE LOUP BLANC")),
    # index-form articles put back in front, in the language of the title
    ("WHITE WOLF, THE (LOUP BLANC, LE) (director: Bo Kern)\n", ("THE WHITE WOLF", "LE LOUP BLANC")),
    # no space before the credits' bracket
    ("THE WHITE WOLF (LE LOUP BLANC)(director/writer: Bo Kern)\n", ("THE WHITE WOLF", "LE LOUP BLANC")),
    # the page title in brackets whatever its case
    ("THE WHITE WOLF (Le loup blanc)\n\nText.", ("THE WHITE WOLF", "Le loup blanc")),
    # a bracketed line under the title line, in either bracket
    ("LE LOUP BLANC\n[THE WHITE WOLF]" + BYLINE, ("LE LOUP BLANC", "THE WHITE WOLF")),
    ("THE WHITE WOLF\n(LE LOUP BLANC)" + BYLINE, ("THE WHITE WOLF", "LE LOUP BLANC")),
])
def test_second_titles(head, expected):
    got = line(head)
    assert (got.title, got.second) == expected


@pytest.mark.parametrize("below", ["(SPOILERS)", "[Spoilers]", "(UIP)", "(TRI-STAR)", "(Miramax)", "(Grey Dawn)"])
def test_bracketed_lines_that_are_no_title(below):
    # a warning, a distributor, or a title-case bracket under a title in capitals
    assert line(f"THE WHITE WOLF\n{below}" + BYLINE).second is None


def test_a_sentence_case_bracket_is_a_title_only_when_it_is_the_page_title():
    assert line("THE WHITE WOLF (Le loup gris)\n\nText.").second is None
    assert line("THE WHITE WOLF (Le loup blanc)\n\nText.", page=None).second is None


def test_a_run_in_header_names_the_page_film_in_other_words():
    text = PAGE + "THE WHITE WOLF (LE LOUP BLANC) (director: Bo Kern)\n\nA slow film.\n"
    assert reviewed_film(text, "Le Loup blanc", len(PAGE)).aliases == ("THE WHITE WOLF",)


@pytest.mark.parametrize("head,aliases", [
    # a title line marked as the review's own (a byline under it) names the page's film though the page title is
    # used below: its English title, or the critic's misspelling
    ("THE WHITE WOLF" + BYLINE, ("THE WHITE WOLF",)),
    ("LE LOUP BLANK" + BYLINE, ("LE LOUP BLANK",)),
    # two films in one title line, or a series: not the page's film alone
    ("THE WHITE WOLF and LE LOUP BLANC" + BYLINE, ()),
    ("THE LE LOUP BLANC SERIES" + BYLINE, ()),
    # an unmarked line may be a heading
    ("THE WHITE WOLF\n\n", ()),
])
def test_the_title_line_when_the_page_title_is_used_below(head, aliases):
    text = PAGE + head + "Le Loup blanc is slow.\n"
    assert reviewed_film(text, "Le Loup blanc", len(PAGE)).aliases == aliases


def test_one_film_node_for_a_run_in_header_and_the_page_title(extract):
    text = (PAGE + "THE WHITE WOLF (LE LOUP BLANC) (director: Bo Kern; cast: Tom Ree)\n\n"
            "THE WHITE WOLF is slow, and Le Loup blanc was its first title.\n")
    critic = PAGE.index("Ann Critic")
    ex = extract(text, "Le Loup blanc", title_span=(0, 13), critic_span=(critic, critic + 10))
    assert films_of(ex) == {"Le Loup blanc"}
