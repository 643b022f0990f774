"""review_meta: the critic record, the critic's rating and the MPAA rating."""

from __future__ import annotations

import pytest

from filmkg.extractors import state


def meta_of(doc) -> set[tuple[str, str, str]]:
    return {(f.predicate, f.object, f.rule) for f in state.facts(doc, state.META_FACTS)}


@pytest.mark.parametrize("text,expected", [
    ("A tidy thriller. *** out of ****", {("rating", "3/4", "review_meta.rating")}),
    ("RATING (0 TO 10): 7\n\nA tidy thriller.", {("rating", "7/10", "review_meta.rating")}),
    ("A tidy thriller.\nGrade: B+", {("rating", "B+", "review_meta.rating")}),
    ("MPAA Rating: PG-13\n\nA tidy thriller.", {("contentRating", "PG-13", "review_meta.mpaa")}),
    ("Rated R for violence and language.", {("contentRating", "R", "review_meta.mpaa")}),
    ("A tidy thriller with three stars in its cast.", set()),
])
def test_ratings(run, text, expected):
    assert meta_of(run(text, until="review_meta")) == expected


@pytest.mark.parametrize("text,expected", [
    ("THE BIG NIGHT\nA film review by Harold Minsky\nCopyright 1996 Harold Minsky\n\nIt is good.",
     ("Harold Minsky", "Harold Minsky")),
    ("Reviewed by Jane Tolliver\n\nThe plot is thin.", ("Jane Tolliver",)),
])
def test_bylines_make_the_critic_record(run, text, expected):
    critic = state.critic(run(text, until="review_meta"))
    assert critic.names == expected
    assert all(text[a:b] in expected for a, b in critic.spans)


def test_the_page_critic_joins_the_record(run):
    critic = state.critic(run("A short review.", until="review_meta", critic="Ann Ober"))
    assert critic.names == ("Ann Ober",)
    assert critic.is_critic("ANN OBER") and not critic.covers(0, 5)


def test_the_critic_is_never_a_person_of_the_review(extract):
    from tests.extractors.conftest import people_of

    ex = extract("A film review by Harold Minsky\n\nDirector Paula Wren keeps Minsky's nerves taut.", "Taut")
    assert people_of(ex) == {"Paula Wren"}


def test_the_page_line_loses_imdb_year_and_kind(run):
    doc = run("A short review of a mini-series.", '"Grey Wolf" (1994) (mini)', until="review_meta")
    assert (state.review(doc)["title"], state.review(doc)["year"]) == ("Grey Wolf", 1994)
