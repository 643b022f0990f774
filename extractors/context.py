"""What the relation extractors share about one review: text, sentences, mentions."""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc

from filmkg.core.normalize import name_key
from filmkg.core.records import Fact, Mention
from filmkg.extractors import state


@dataclass(slots=True)
class PersonSpan:
    start: int
    end: int
    person: str  # the person's name (a cluster of mentions, see people.cluster_people)


@dataclass(slots=True)
class FilmSpan:
    start: int
    end: int
    film: str  # film key: normalised title
    title: str


@dataclass(slots=True)
class ReviewContext:
    text: str
    sentences: list[tuple[int, int]]
    reviewed: str | None  # film key of the reviewed film
    people: list[PersonSpan] = field(default_factory=list)
    films: list[FilmSpan] = field(default_factory=list)
    header_roles: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def from_doc(cls, doc: Doc) -> ReviewContext:
        """The context after ``resolve_mentions``: people named by person, films by key."""
        reviewed = getattr(doc._, state.REVIEWED)
        ctx = cls(
            text=state.text(doc),
            sentences=sentences(doc),
            reviewed=name_key(reviewed, film=True) if reviewed else None,
            films=list(_spans(doc, "films", state.TITLES, state.TITLES, _film_spans)),
        )
        ctx.people = list(_spans(doc, "people", state.PEOPLE, state.TEAMS, _person_spans))
        header = header_rules(state.mentions(doc, state.HEADER))
        for c in state.facts(doc, state.CREDITS):
            if from_header(c, header):
                ctx.header_roles.setdefault(c.object, set()).add(c.predicate)
        return ctx

    # sentences, people and films are sorted by start: binary search keeps long reviews linear
    def sentence_of(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sentences, pos, key=_FIRST) - 1
        if i < 0:
            return 0, len(self.text)
        return self.sentences[i]

    def films_in(self, start: int, end: int) -> list[FilmSpan]:
        return _within(self.films, start, end)

    def people_in(self, start: int, end: int) -> list[PersonSpan]:
        return _within(self.people, start, end)


#: The film and person spans read from the rows of recent Docs, by the rows' identity: five components build a
#: context in turn, each over a batch of Docs, and most change neither list (a component that does sets new rows,
#: read anew). Saves ~0.5 ms a review. Room for 512 Docs: more than a batch (16 in a build), and as many as
#: benchmarks/bench_stages.py runs a stage over; the rows kept are a few MB at most.
_SPANS_READ: dict[tuple[str, int, int], tuple[object, object, list]] = {}
_SPANS_KEPT = 1024


def _spans(doc: Doc, kind: str, name: str, other: str, read: Callable[[Doc], list]) -> list:
    rows, more = getattr(doc._, name), getattr(doc._, other)
    if rows is None or more is None:
        return read(doc)
    key = (kind, id(rows), id(more))
    last = _SPANS_READ.get(key)
    if last is None:  # the entry holds ``rows`` and ``more``, so no other object can take their ids meanwhile
        if len(_SPANS_READ) >= _SPANS_KEPT:
            del _SPANS_READ[next(iter(_SPANS_READ))]
        last = _SPANS_READ[key] = (rows, more, read(doc))
    return last[2]


def _film_spans(doc: Doc) -> list[FilmSpan]:
    return sorted((FilmSpan(t.start, t.end, name_key(t.name, film=True), t.name)
                   for t in state.mentions(doc, state.TITLES)), key=lambda f: f.start)


def _person_spans(doc: Doc) -> list[PersonSpan]:
    people = sorted((PersonSpan(m.start, m.end, m.name) for m in state.mentions(doc, state.PEOPLE)),
                    key=lambda p: p.start)
    teams = [PersonSpan(s, e, n) for s, e, n in getattr(doc._, state.TEAMS) or []]
    return sorted(people + teams, key=lambda p: p.start)


#: bisect keys (C functions: a lambda cost a Python call at each step of each of ~300 searches a review)
_START = operator.attrgetter("start")
_FIRST = operator.itemgetter(0)


def _within(spans: list, start: int, end: int) -> list:
    i = bisect.bisect_left(spans, start, key=_START)
    out = []
    while i < len(spans) and spans[i].start < end:
        if spans[i].end <= end:
            out.append(spans[i])
        i += 1
    return out


#: doc.user_data key of the rules' sentences: four components build a context, and walking
#: ``doc.sents`` and the paragraph breaks each time cost 0.5 ms a review
SENTENCES_KEY = "filmkg.sentences"


def sentences(doc: Doc) -> list[tuple[int, int]]:
    """The review's sentences as the relation rules see them: the senter's, cut at blank lines
    and bounded in length. Worked out once per Doc (the sentence starts are set before any rule)."""
    known = doc.user_data.get(SENTENCES_KEY)
    if known is None:
        known = bounded_sentences(_paragraph_cut(state.text(doc), ((s.start_char, s.end_char) for s in doc.sents)))
        doc.user_data[SENTENCES_KEY] = known
    # a Doc sent back from a worker process holds lists
    return [(s, e) for s, e in known]


#: Sentences longer than this are cut into pieces of this length for the relation rules,
#: which look at the whole sentence around each name: a text with no full stop (a cast
#: list of thousands of lines) would otherwise make them quadratic.
MAX_SENTENCE = 3000


#: A blank line ends a sentence: the senter runs a line with no full stop ("Directed by X" under a
#: paragraph, a header line) into the next paragraph, and a hedge there ("should have") into it.
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")


def _paragraph_cut(text: str, sents) -> Iterator[tuple[int, int]]:
    for s, e in sents:
        for m in _BLANK_LINE.finditer(text, s, e):
            if m.start() > s and m.end() < e:
                yield s, m.start()
                s = m.end()
        yield s, e


def bounded_sentences(sents) -> list[tuple[int, int]]:
    out = []
    for s, e in sents:
        while e - s > MAX_SENTENCE:
            out.append((s, s + MAX_SENTENCE))
            s += MAX_SENTENCE
        out.append((s, e))
    return out


def header_rules(header: list[Mention]) -> set[str]:
    """The rule prefixes of credits headers (``header``, and any other header layout)."""
    return {m.rule.split(".", 1)[0] for m in header}


def from_header(fact: Fact, prefixes: set[str]) -> bool:
    return fact.rule.split(".", 1)[0] in prefixes and fact.predicate != "character"


__all__ = ["ReviewContext", "PersonSpan", "FilmSpan", "header_rules", "from_header", "sentences"]
