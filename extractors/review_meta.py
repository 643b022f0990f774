"""Review metadata: the critic and bylines, the date, the rating and the MPAA rating.

The ``review_meta`` component runs first: it copies the review's metadata from the
``nlp.pipe`` context onto the Doc (see :mod:`filmkg.extractors.state`), records who wrote
the review (the :class:`~filmkg.core.records.Critic` record every later rule reads) and
finds the critic's rating and the MPAA rating.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from filmkg.core.records import Critic, Fact, Review
from filmkg.core.regex import gated
from filmkg.extractors import state
from filmkg.extractors.confidence import confidence
from filmkg.extractors.reviewed import page_title

_WORD_NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10}
_STARS = re.compile(
    r"(?P<stars>\*(?:\s?\*){0,4})\s*(?P<half>1/2|\u00bd|\.5)?\s*\(?\s*(?:out\s+of|/)\s*"
    r"(?P<best>\*(?:\s?\*){0,4}|four|five|ten|\d+)",
    re.IGNORECASE,
)
_STARS_AFTER_LABEL = re.compile(
    r"RATING\s*\(\s*(?:\d|zero|one)\s+TO\s+(?P<best>\*+|\d+)\s*\)\s*:\s*(?P<value>\*+(?:\s*1/2)?|[\d.]+)",
    re.IGNORECASE,
)
_NUMERIC = gated(
    r"\b(?:rating|grade|score)\s*:\s*(?P<value>\d+(?:\.\d+)?)\s*(?:/|out\s+of)\s*(?P<best>\d+(?:\.\d+)?)",
    re.IGNORECASE,
)
_GRADE = re.compile(r"\bGrade\s*[:.]+\s*(?P<value>[A-F][+\-]?)(?![\w])")
_MPAA_VALUE = r"(?P<r>NC-17|PG-13|PG|G|R|X)\b(?!-\w)\"?\)?"
_MPAA = re.compile(r"(?:MPAA\s+(?:Rating|Classification)\s*:?\s*\"?|\bRated\s+|^\()" + _MPAA_VALUE, re.MULTILINE)
#: _MPAA as two regexes, each with the words a text must hold for it to match
_MPAA_PARTS = (
    (re.compile(r"(?:MPAA\s+(?:Rating|Classification)\s*:?\s*\"?|\bRated\s+)" + _MPAA_VALUE), ("MPAA", "Rated")),
    (re.compile(r"^\(" + _MPAA_VALUE, re.MULTILINE), ("(",)),
)
#: Bylines and signatures name the critic; their names are not people of the review.
BYLINE = gated(
    r"(?:\b(?:film\s+|movie\s+)?review(?:ed)?\s+(?:of\s+.{1,60}?\s+)?by|Copyright\s+(?:\(c\)\s*)?\d{4},?|"
    r"\(c\)\s*\d{4},?|\u00a9\s*\d{4},?)[ \t]+(?-i:(?P<name>[A-Z][\w.'\-]*(?:[ \t]+[A-Z][\w.'\-]*){0,3}))",
    re.IGNORECASE,
)


@Language.component(
    "review_meta",
    assigns=[state.attr(a) for a in (state.REVIEW, state.BREAKS, state.CRITIC, state.META_FACTS)],
)
@state.guarded("review_meta")
def review_meta(doc: Doc) -> Doc:
    review = doc._context if isinstance(doc._context, Review) else None
    if review is None:  # a bare Doc: a review with nothing but its text, shown to spaCy as it is
        review = Review(identifier="doc", text=doc.text, source="doc")
        setattr(doc._, state.BREAKS, [])
    else:  # extract_many showed spaCy the text with wrapped lines joined (same length)
        setattr(doc._, state.BREAKS, state.wrapped_breaks(review.text))
    # IMDb's page line may carry the year and kind: '"Dekalog" (1987) (mini)', 'Nora, The (1993) (TV)'
    title, page_year = page_title(review.title)
    setattr(doc._, state.REVIEW, {
        "identifier": review.identifier, "title": title, "year": review.year or page_year, "critic": review.critic,
        "imdb_id": review.imdb_id,
        "title_span": list(review.title_span) if review.title_span else None,
        "critic_span": list(review.critic_span) if review.critic_span else None,
    })
    state.keep_text(doc, review.text)
    state.set_critic(doc, critic_of(review))
    text = review.text
    found = []
    rating = find_rating(text)
    if rating:
        value = f"{rating.value}/{rating.best}" if rating.best else rating.value
        found.append(Fact("review", "rating", value, rating.start, rating.end, "review_meta.rating",
                          confidence("review_meta.rating")))
    mpaa = find_content_rating(text)
    if mpaa:  # said of the reviewed film, which the later components settle
        found.append(Fact("review", "contentRating", mpaa[0], mpaa[1], mpaa[2], "review_meta.mpaa",
                          confidence("review_meta.mpaa")))
    state.set_records(doc, state.META_FACTS, found)
    return doc


def critic_of(review: Review) -> Critic:
    """Who wrote the review: the page's critic and every name in a byline or copyright line."""
    found = byline_names(review.text)
    names = [n for n, _, _ in found]
    spans = [(s, e) for _, s, e in found]
    if review.critic:
        names.append(review.critic)
        if review.critic_span:
            spans.append(review.critic_span)
    return Critic(tuple(names), tuple(spans))


@dataclass(frozen=True, slots=True)
class Rating:
    value: str
    best: str | None
    start: int
    end: int


def find_rating(text: str) -> Rating | None:
    """The critic's own rating of the film, from the first pattern that fits."""
    m = _STARS_AFTER_LABEL.search(text)
    if m:
        return Rating(_star_value(m["value"]), _star_value(m["best"]), m.start(), m.end())
    m = _STARS.search(text)
    if m:
        value = _star_value(m["stars"]) if not m["half"] else str(_count(m["stars"]) + 0.5)
        return Rating(value, _star_value(m["best"]), m.start(), m.end())
    # the word tests first: each of these two regexes costs 60-90 us over a review without them
    lower = text.lower()
    m = _NUMERIC.search(text) if "rating" in lower or "grade" in lower or "score" in lower else None
    if m:
        return Rating(m["value"], m["best"], m.start(), m.end())
    m = _GRADE.search(text) if "Grade" in text else None
    if m:
        return Rating(m["value"], None, m.start("value"), m.end("value"))
    return None


def find_content_rating(text: str) -> tuple[str, int, int] | None:
    # as one alternation the regex is tried at every offset (0.1 ms a review); the earliest
    # of its two halves is the same match
    found = [m for rx, cue in _MPAA_PARTS if any(c in text for c in cue) and (m := rx.search(text))]
    if not found:
        return None
    m = min(found, key=lambda m: m.start())
    return (m["r"], m.start("r"), m.end("r"))


def byline_names(text: str) -> list[tuple[str, int, int]]:
    """Names in bylines and copyright lines ('A film review by Ken Johnson')."""
    out = []
    for m in BYLINE.finditer(text):
        words = m["name"].rstrip(".,").split()
        while words and (words[-1].isupper() and len(words[-1]) > 2):  # "Steve Rhodes RATING"
            words.pop()
        name = " ".join(words)
        if len(words) >= 2:
            out.append((name, m.start("name"), m.start("name") + len(name)))
    return out


def _count(stars: str) -> int:
    return stars.count("*")


def _star_value(s: str) -> str:
    s = s.strip().lower()
    if "*" in s:
        n = s.count("*")
        return str(n + 0.5) if "1/2" in s else str(n)
    return str(_WORD_NUM.get(s, s))
