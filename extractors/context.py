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

    # sentences, people and films are sorted by start: binary search keeps long reviews linear
    def sentence_of(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sentences, pos, key=lambda s: s[0]) - 1
        if i < 0:
            return 0, len(self.text)
        return self.sentences[i]

    def films_in(self, start: int, end: int) -> list[FilmSpan]:
        return _within(self.films, start, end)

    def people_in(self, start: int, end: int) -> list[PersonSpan]:
        return _within(self.people, start, end)


def _within(spans: list, start: int, end: int) -> list:
    i = bisect.bisect_left(spans, start, key=lambda x: x.start)
    out = []
    while i < len(spans) and spans[i].start < end:
        if spans[i].end <= end:
            out.append(spans[i])
        i += 1
    return out


__all__ = ["ReviewContext", "PersonSpan", "FilmSpan", "TitleMention"]
