"""Each pattern family of the extractors on short real-style review text, asserting exact triples.

The cases live in tests/data/patterns.jsonl (see tests/data/README.md): a reviewed title,
a text, and the credits / characters / films / people a careful reader takes from it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from filmkg.core.normalize import fold
from filmkg.core.records import Extraction, Review

CASES = [json.loads(line) for line in (Path(__file__).parent / "data" / "patterns.jsonl").read_text().splitlines()
         if line.strip()]
ROLES = {"actor", "director", "screenwriter", "producer", "composer", "cinematographer", "editor", "contributor",
         "source_author"}


def run(extractor, case) -> Extraction:
    review = Review(identifier=f"case-{case['family']}", text=case["text"], source="patterns.jsonl",
                    title=case["title"])
    return extractor.extract(review)


def credits_of(ex: Extraction) -> set[tuple[str, str, str]]:
    name = {k: e.name for k, e in ex.entities.items()}
    return {(name[f.object], f.predicate, name[f.subject]) for f in ex.facts if f.predicate in ROLES}


def ids(case) -> str:
    return f"{case['family']}: {case['text'][:50]}"


@pytest.mark.parametrize("case", [c for c in CASES if "credits" in c], ids=ids)
def test_credits(extractor, case):
    assert credits_of(run(extractor, case)) == {tuple(c) for c in case["credits"]}


@pytest.mark.parametrize("case", [c for c in CASES if "characters" in c], ids=ids)
def test_characters(extractor, case):
    ex = run(extractor, case)
    name = {k: e.name for k, e in ex.entities.items()}
    got = {(name[f.object], name[f.subject]): "; ".join(t for t in (f.character, f.description) if t)
           for f in ex.facts if f.predicate == "character"}
    assert got == {(p, f): text for p, f, text in case["characters"]}


@pytest.mark.parametrize("case", [c for c in CASES if "films" in c or "people" in c], ids=ids)
def test_entities(extractor, case):
    ex = run(extractor, case)
    if "films" in case:
        films = {e.name for e in ex.entities.values() if e.kind == "film"}
        assert {fold(f) for f in films} == {fold(f) for f in case["films"]}
        for title, year in case.get("years", {}).items():
            assert [e.year for e in ex.entities.values() if e.name == title] == [year]
    if "people" in case:
        critic = {e.name for k, e in ex.entities.items() if any(f.object == k and f.predicate == "author"
                                                               for f in ex.facts)}
        people = {e.name for e in ex.entities.values() if e.kind == "person"} - critic
        assert people == set(case["people"])
    for person, forms in case.get("alternate_names", {}).items():
        ent = next(e for e in ex.entities.values() if e.name == person)
        assert set(forms) <= ent.alternate_names
