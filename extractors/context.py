"""What the relation extractors share about one review: text, sentences, mentions."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from filmkg.extractors.titles import TitleMention


@dataclass(slots=True)
class PersonSpan:
    start: int
    end: int
    person: str  # the cluster's name


@dataclass(slots=True)
class FilmSpan:
    start: int
    end: int
    film: str  # film key: normalised title (and year)
    title: str


@dataclass(slots=True)
class ReviewContext:
    text: str
    sentences: list[tuple[int, int]]
    reviewed: str | None  # film key of the reviewed film
    people: list[PersonSpan] = field(default_factory=list)
    films: list[FilmSpan] = field(default_factory=list)
    header_roles: dict[str, set[str]] = field(default_factory=dict)

    def sentence_of(self, pos: int) -> tuple[int, int]:
        starts = [s for s, _ in self.sentences]
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0:
            return 0, len(self.text)
        return self.sentences[i]

    def films_in(self, start: int, end: int) -> list[FilmSpan]:
        return [f for f in self.films if start <= f.start and f.end <= end]

    def people_in(self, start: int, end: int) -> list[PersonSpan]:
        return [p for p in self.people if start <= p.start and p.end <= end]


__all__ = ["ReviewContext", "PersonSpan", "FilmSpan", "TitleMention"]
