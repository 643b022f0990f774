"""Helpers for the extractor tests: one review-style text through the real pipeline.

``run(text, title, until="header")`` stops after that component, so a test reads what the
component itself left on the Doc; ``extract(text, title)`` goes through to the Extraction.
"""

from __future__ import annotations

import pytest

from filmkg.core.records import Extraction, Review
from filmkg.extractors import state
from filmkg.extractors.context import FilmSpan, PersonSpan, ReviewContext
from filmkg.extractors.pipeline import PIPELINE, spacy_text

ROLES = {"actor", "director", "screenwriter", "producer", "composer", "cinematographer", "editor", "contributor",
         "source_author"}


@pytest.fixture(scope="session")
def run(extractor):
    def run(text: str, title: str | None = None, until: str | None = None, **review):
        disable = list(PIPELINE[PIPELINE.index(until) + 1 :]) if until else []
        r = Review("case", text, "test", title=title, **review)
        doc, _ = next(extractor.nlp.pipe([(spacy_text(text), r)], as_tuples=True, disable=disable))
        assert getattr(doc._, state.FAILED) is None
        return doc

    return run


@pytest.fixture(scope="session")
def extract(extractor):
    def extract(text: str, title: str | None = None, **review) -> Extraction:
        return extractor.extract(Review("case", text, "test", title=title, **review))

    return extract


def review_context(text: str, people: list[tuple[str, str]], films: list[tuple[str, str]] = (),
                   reviewed: str = "gamma") -> ReviewContext:
    """A one-sentence context by hand: ``people`` as (surface, name), ``films`` as (surface, key), each at
    its first occurrence in ``text``."""
    ctx = ReviewContext(text=text, sentences=[(0, len(text))], reviewed=reviewed)
    for surface, name in people:
        i = text.index(surface)
        ctx.people.append(PersonSpan(i, i + len(surface), name))
    for surface, key in films:
        i = text.index(surface)
        ctx.films.append(FilmSpan(i, i + len(surface), key, surface))
    ctx.people.sort(key=lambda p: p.start)
    ctx.films.sort(key=lambda f: f.start)
    return ctx


def credits_of(ex: Extraction) -> set[tuple[str, str, str]]:
    """(person, role, film) of every credit."""
    name = {k: e.name for k, e in ex.entities.items()}
    return {(name[f.object], f.predicate, name[f.subject]) for f in ex.facts if f.predicate in ROLES}


def characters_of(ex: Extraction) -> set[tuple[str, str | None, str | None]]:
    """(actor, character name, description) of every character."""
    name = {k: e.name for k, e in ex.entities.items()}
    return {(name[f.object], f.character, f.description) for f in ex.facts if f.predicate == "character"}


def people_of(ex: Extraction) -> set[str]:
    return {e.name for e in ex.entities.values() if e.kind == "person"}


def films_of(ex: Extraction) -> set[str]:
    return {e.name for e in ex.entities.values() if e.kind == "film"}


def persons_in(extract, text: str, title: str = "The Long Day") -> set[str]:
    """The people of ``text`` read as the prose of a review of ``title`` (its title line in capitals above it)."""
    return people_of(extract(f"{title.upper()}\n\n{text}", title=title))
