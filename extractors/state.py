"""What the extraction components leave on a Doc, in forms that survive spaCy's worker processes.

With ``-j 2`` the components run inside ``nlp.pipe``'s worker processes and each Doc comes
back to the parent through ``Doc.to_bytes()``, which keeps ``doc.user_data`` (where ``doc._``
values live) as msgpack. So every value set here is a plain list, dict, str, int, float or
None; records (:class:`~filmkg.core.records.Mention`, :class:`~filmkg.core.records.Fact`)
travel as lists and are rebuilt by :func:`mentions` and :func:`facts`.

How the review reaches the components: ``nlp.pipe(((text, review), ...), as_tuples=True)``
attaches each :class:`~filmkg.core.records.Review` to its Doc as the pipe's context, which
spaCy pickles to the worker with the Doc; the first component (``review_meta``) copies what
the rules need from it onto ``doc._`` (:data:`REVIEW`). A Doc made without a context
(``nlp("...")``, as in the tests) is a review with no title or critic.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from spacy.tokens import Doc

from filmkg.core.records import Critic, Fact, Mention

F = TypeVar("F", bound=Callable[..., Doc])

#: The review's metadata (dict: identifier, title, year, critic, title_span, critic_span, date).
REVIEW = "fk_review"
#: Offsets where the review's text has a line break that spaCy was shown as a space.
BREAKS = "fk_breaks"
#: The critic record: [names, spans].
CRITIC = "fk_critic"
#: Review-level facts (rating, content rating), from review_meta.
META_FACTS = "fk_meta_facts"
#: Names in the credits header (person mentions with the label's roles; a character after its actor).
HEADER = "fk_header"
#: Person mentions; after resolve_mentions, named by the person they belong to, grouped by person.
PEOPLE = "fk_people"
#: "the Coen Brothers": a span standing for several people of the review.
TEAMS = "fk_teams"
#: Film mentions.
TITLES = "fk_titles"
#: The reviewed film's title, as the page gives it or as titles infers it.
REVIEWED = "fk_reviewed"
#: Credit facts (subject: the film's key, object: the person's name).
CREDITS = "fk_credits"
#: "from the director of FILM": films that share the reviewed film's director.
SAME_DIRECTOR = "fk_same_director"
#: Character facts (subject: the film's key, object: the actor's name).
CHARACTERS = "fk_characters"

#: Set when a component fails on the Doc ("component: error"): the later ones leave it alone,
#: and the build reports the review as failed instead of stopping.
FAILED = "fk_failed"

ATTRS = (FAILED, REVIEW, BREAKS, CRITIC, META_FACTS, HEADER, PEOPLE, TEAMS, TITLES, REVIEWED, CREDITS, SAME_DIRECTOR,
         CHARACTERS)

for _name in ATTRS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def guarded(name: str) -> Callable[[F], F]:
    """Run a component's body only on Docs no earlier component failed on; record its own failure."""

    def wrap(fn: F) -> F:
        @functools.wraps(fn)
        def run(*args: Any) -> Doc:
            doc = args[-1]
            if getattr(doc._, FAILED):
                return doc
            try:
                return fn(*args)
            except Exception as exc:  # noqa: BLE001 - one bad review is reported, never fatal
                setattr(doc._, FAILED, f"{name}: {type(exc).__name__}: {exc}")
                return doc

        return run  # type: ignore[return-value]

    return wrap


def attr(name: str) -> str:
    """``doc._.name`` as spaCy's ``requires`` / ``assigns`` spell it."""
    return f"doc._.{name}"


def pack(records: Iterable[Mention | Fact]) -> list[list[Any]]:
    out = []
    for r in records:
        row = [getattr(r, f) for f in r.__slots__]
        if isinstance(r, Mention):
            row[-1] = list(r.roles)
        out.append(row)
    return out


def mentions(doc: Doc, name: str) -> list[Mention]:
    rows = getattr(doc._, name) or []
    return [Mention(*row[:-1], tuple(row[-1])) for row in rows]


def facts(doc: Doc, name: str) -> list[Fact]:
    return [Fact(*row) for row in getattr(doc._, name) or []]


def set_records(doc: Doc, name: str, records: Iterable[Mention | Fact]) -> None:
    setattr(doc._, name, pack(records))


def review(doc: Doc) -> dict[str, Any]:
    return getattr(doc._, REVIEW) or {}


def spacy_text(text: str) -> str:
    """The text spaCy sees: hard-wrapped prose lines joined, so names and sentences that run
    over a line end are whole. Same length as ``text``, so every offset stays valid."""
    breaks = wrapped_breaks(text)
    if not breaks:
        return text
    pieces, start = [], 0
    for at in breaks:
        pieces += (text[start:at], " ")
        start = at + 1
    pieces.append(text[start:])
    return "".join(pieces)


def wrapped_breaks(text: str) -> list[int]:
    """Where :func:`spacy_text` joins a wrapped line: the offsets of those line breaks.

    A break wraps prose when the 45 characters before it hold no line break and no colon (a
    short or labelled line is layout) and the next line is text, not a ``Label:``. The 45
    characters are checked by slicing at each candidate break: as a regex lookbehind they
    were tried at every offset of the text, 0.4 ms a review.
    """
    out = []
    for m in _BREAK.finditer(text):
        at = m.start()
        if at >= _WRAP_WIDTH:
            before = text[at - _WRAP_WIDTH:at]
            if "\n" not in before and ":" not in before:
                out.append(at)
    return out


_WRAP_WIDTH = 45
_BREAK = re.compile(r"\n(?=[ \t]*\S)(?![ \t]*[A-Z][\w ./&-]{0,30}:)")


#: doc.user_data key of the review's text, kept by the first component: ``Doc.text`` joins
#: every token anew on each call, which cost the rules a fifth of their time.
TEXT_KEY = "filmkg.text"


def text(doc: Doc) -> str:
    """The review's own text (line breaks included): what every offset indexes."""
    cached = doc.user_data.get(TEXT_KEY)
    if cached is not None:
        return cached
    breaks = getattr(doc._, BREAKS)
    if not breaks:
        return doc.text
    chars = list(doc.text)
    for i in breaks:
        chars[i] = "\n"
    return "".join(chars)


def keep_text(doc: Doc, review_text: str) -> None:
    doc.user_data[TEXT_KEY] = review_text


def critic(doc: Doc) -> Critic:
    names, spans = getattr(doc._, CRITIC) or ([], [])
    return Critic(tuple(names), tuple((a, b) for a, b in spans))


def set_critic(doc: Doc, record: Critic) -> None:
    setattr(doc._, CRITIC, [list(record.names), [list(s) for s in record.spans]])


__all__ = ["ATTRS", "guarded", "attr", "pack", "mentions", "facts", "set_records", "review", "text", "keep_text",
           "spacy_text", "wrapped_breaks", "critic",
           "set_critic"]
