"""Nineteenth pass, source authors and the crew: one's own life written down (autobiography, diaries, journals,
memoirs), "adaption" as "adaptation", "director X, whose last film was FILM" (extractors/README.md, "Source author,
nineteenth pass"). Sentences are written for the patterns."""

from __future__ import annotations

import pytest

from filmkg.core.records import Critic, Fact
from filmkg.extractors import credits, people, resolve
from filmkg.extractors.people import _source_authors

from .conftest import credits_of

LIFE = [
    ("The Long Day is based on the autobiography of Nora Quell, a nurse from Leeds.", "Nora Quell"),
    ("Written by Tom Ree, based on the diaries of Nora Quell. Photography by Ann Vale.", "Nora Quell"),
    ("The movie is based on an autobiography by Sister Nora Quell.", "Nora Quell"),
]


@pytest.mark.parametrize("text,author", LIFE)
def test_life_writing_names_the_source_author(extract, monkeypatch: pytest.MonkeyPatch, text: str,
                                              author: str) -> None:
    got = credits_of(extract(text, "The Long Day (1999)"))
    assert (author, "source_author", "The Long Day") in got
    monkeypatch.setattr(credits, "LIFE_WRITING", False)
    monkeypatch.setattr(people, "LIFE_WRITING", False)
    got = credits_of(extract(text, "The Long Day (1999)"))
    assert (author, "source_author", "The Long Day") not in got


def test_life_writing_needs_a_cue(extract) -> None:
    # a memoir someone writes in the story is no source: no cue of adaptation in the sentence
    got = credits_of(extract("Halfway through, the diaries of Nora Quell turn up in a drawer.", "The Long Day (1999)"))
    assert ("Nora Quell", "source_author", "The Long Day") not in got


def test_lone_memoirist_is_a_person() -> None:
    def names(text: str) -> set[str]:
        return {m.name for m in _source_authors(text, [], Critic())}

    assert names("The film, based on Quell's autobiography, is long.") == {"Quell"}
    assert names("It is adapted from the diaries of Nora Quell, a nurse.") == {"Nora Quell"}
    # no cue before "memoir of": a film's title, not a writer ("a new memoir of Nosferatu")
    assert names("The film forges a new memoir of Nosferatu, the old classic.") == set()
    # a capitalised "Diary" is a title's word ("Bridget Jones's Diary")
    assert names("It is based on Bridget Jones's Diary, a novel.") == set()


def test_life_writing_near_the_credit() -> None:
    text = "The film is based on Quell's tell-all memoir about the war."
    at = text.index("based")
    fact = Fact("film", "source_author", "Quell", at, text.index("'s"), "credits.source", 0.7)
    assert resolve._life_writing_near(text, fact)
    text = "The film is based on Quell's novel about the war."
    fact = Fact("film", "source_author", "Quell", at, text.index("'s"), "credits.source", 0.7)
    assert not resolve._life_writing_near(text, fact)


def test_adaption_is_an_adaptation(extract) -> None:
    # "X's TITLE" after "adaptation of" names the source's author; the misspelling too (not the director)
    got = credits_of(extract("THE LONG DAY\n\nThis animated adaption of Nora Quell's THE LONG DAY runs long.",
                             "The Long Day (1999)"))
    assert ("Nora Quell", "source_author", "The Long Day") in got
    assert ("Nora Quell", "director", "The Long Day") not in got


WHOSE = "THE LONG DAY\n\nDirector Ann Vale, whose last film was THE GREY ORCHARD, returns with a thriller."


def test_director_whose_last_film(extract, monkeypatch: pytest.MonkeyPatch) -> None:
    got = credits_of(extract(WHOSE, "The Long Day (1999)"))
    assert ("Ann Vale", "director", "The Grey Orchard") in got
    assert ("Ann Vale", "contributor", "The Grey Orchard") not in got
    monkeypatch.setattr(credits, "DIRECTORS_WHOSE_FILMS", False)
    got = credits_of(extract(WHOSE, "The Long Day (1999)"))
    assert ("Ann Vale", "director", "The Grey Orchard") not in got


def test_whose_last_film_without_a_director_title(extract) -> None:
    # no title before the name: the role stays unstated
    got = credits_of(extract("THE LONG DAY\n\nAnn Vale, whose last film was THE GREY ORCHARD, returns here.",
                             "The Long Day (1999)"))
    assert ("Ann Vale", "director", "The Grey Orchard") not in got


def test_a_memoirist_among_the_parts_stays_real(extract, monkeypatch: pytest.MonkeyPatch) -> None:
    # a writer no header credits, whom the review casts as the hero: real when the film is based on her own memoir
    text = ("Night Lanes is based on Quorin Daskell's memoir of a long night. "
            "Frankie Muniz plays Quorin Daskell as a shy boy.")
    got = credits_of(extract(text, "Night Lanes"))
    assert ("Quorin Daskell", "source_author", "Night Lanes") in got
    assert not any(c[0] == "Quorin Daskell" and c[1] != "source_author" for c in got)
    monkeypatch.setattr(resolve, "LIFE_WRITERS_REAL", False)
    got = credits_of(extract(text, "Night Lanes"))
    assert not any(c[0] == "Quorin Daskell" for c in got)
