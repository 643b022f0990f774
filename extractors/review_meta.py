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
        if CRITIC_LINE_NAMES:
            names += [n for n in critic_line_names(review.critic) if n not in names]
        if review.critic_span:
            spans.append(review.critic_span)
    return Critic(tuple(names), tuple(spans))


#: The page's critic line as the names it writes in the review (extractors/README.md, "People, nineteenth pass"):
#: a line with URL escapes ("Mark O%27Hara", 139 archive pages), a quoted nickname ('James "Kibo" Parry'), two
#: critics ("Chris Holland %26 Scott Hamilton"), a reversed name ("SINGH, ASHOK") or an aside after a comma; the
#: names are added to the critic record, which only ever blocks. False: the line as it is.
CRITIC_LINE_NAMES = True
_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
_TWO_CRITICS = re.compile(r"[ \t]+(?:&|and)[ \t]+")
_QUOTED_NICK = re.compile(r"[\"'](?P<nick>[^\"']{1,25})[\"']")
_TITLE_BEFORE = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Prof)\.?[ \t]+")
_NAME_IN_BRACKETS = re.compile(r"\((?P<n>[A-Z][\w.'\-]*(?:[ \t]+[A-Z][\w.'\-]*){1,3})\)")
_SUFFIX_AFTER_COMMA = re.compile(r"^(?:Jr|Sr|II|III|IV)\.?$")


def critic_line_names(line: str) -> list[str]:
    """The names a critic line holds besides itself, as a review would write them: "Mark O'Hara" for "Mark O%27Hara",
    "James Parry" for 'James "Kibo" Parry', "Joe Barlow" for '"Average Joe" Barlow', both of "A & B", "Ashok Singh" for
    "SINGH, ASHOK", "Rob Slade" for "Rob Slade, doting grandpa of ...", "John Oswalt" for "jao@host (John Oswalt)"."""
    if not any(c in line for c in "%&,\"'(.") and " and " not in line:
        return []  # most lines ("Ann Ober"): nothing to read
    if "%" in line:
        line = _ESCAPE.sub(lambda m: chr(int(m[0][1:], 16)), line)
    out = [line]
    if "@" in line or "!" in line:  # an address: only a name in brackets after it
        m = _NAME_IN_BRACKETS.search(line)
        return [m["n"]] if m else []
    head, comma, rest = line.partition(",")
    if comma and rest.strip()[:1].islower():  # "Rob Slade, doting grandpa of ...": the name before the aside
        line = head
    names: list[str] = []
    for part in _TWO_CRITICS.split(line):
        head, comma, rest = part.partition(",")
        rest = rest.strip()
        if comma and rest and not _SUFFIX_AFTER_COMMA.match(rest) and len(rest.split()) <= 2:
            part = f"{rest} {head}"  # "SINGH, ASHOK": the surname first
        part = _TITLE_BEFORE.sub("", part.strip())
        nick = _QUOTED_NICK.search(part)
        if nick:
            bare = " ".join(_QUOTED_NICK.sub(" ", part).split())
            # '"Average Joe" Barlow': the nickname's last word is the given name the review signs with
            part = f"{nick['nick'].split()[-1]} {bare}" if nick.start() == 0 and " " not in bare else bare
        if len(part.split()) >= 2:  # one word ("Burton and Rachel") would hide a lone surname of the review
            names.append(" ".join(part.split()))
    return list(dict.fromkeys(n for n in out + names if n))


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
