"""Run-in credits headers: 'TITLE (director: X; screenwriter: Y/novel by Z; cast: A (Role), B, 1997-UK)'.

One critic of the archive opens every review with the credits run into one parenthesis after
the title, the labels separated by semicolons. The line-based ``header`` component misreads
it: it does not take the opening "(director: X", and a value it does take runs on over the
next labels ("; screenwriter: Y; cast: A, B" gives B as a screenwriter) or stops at a line
end inside a name. This component reads the parenthesis label by label and its names replace
those ``header`` found inside it, with rules ``run_in_header.<label>`` (and
``run_in_header.character``), at the confidence of any credits header.

Archive (27,886 reviews): 1,036 reviews hold such a parenthesis (624 open with "director:",
364 with "director/writer:", 48 with other compound labels such as "director/writer/editor:"),
622 of them giving 633 director names and 7,002 others when only "(director:" was read. A
random sample of 30 directors: 30 right; of 30 other names: 30 people of the film with the
label's role and, for the cast, the character in parentheses.

The writers' value names the source as well: "screenwriter: Y/from a novel by Z" (1,219
writer items in the archive, 375 of them not a bare name; the source phrasings below cover
about 250). The author of a novel, book, play or memoir the film is "from" or "based on" is
its ``source_author``; a bare "story by Z" is a writing credit (as the header label "Story by").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from filmkg.extractors import state
from filmkg.extractors.header import LABEL_ROLES, HeaderCredit, header_mentions, names_in_value

#: "(director:", "(director/writer/editor:", "(directors and writers:" opens a run-in header.
_OPEN = re.compile(r"\((?=\s*(?:directors?|dir\.?)(?:\s*(?:/|\band\b|&)\s*[a-z]+)*\s*:)", re.IGNORECASE)
_SEGMENT = re.compile(r"\s*(?P<label>[A-Za-z][\w /&\-]{1,40}?)\s*:\s*(?P<value>[^;]*)")
#: Labels of a writers' value, whose items may name the source instead of a writer.
_WRITER_ROLES = ("screenwriter",)
_WORK = (r"(?:(?:short\s+)?stor(?:y|ies)|novel(?:la)?|book|play|memoirs?|autobiography|biography|article|poem"
         r"|comic(?:\s+strip)?)")
_NAME = r"[A-Z][\w.'\u2019\-]*(?:\s+(?:[A-Z][\w.'\u2019\-]*|de|van|von|der|la|le|di|da|du|del))*"
#: "from a novel by Z", "based on the book "T" by Z", "novel by Z", "from the memoirs of Z".
_SOURCE_BY = re.compile(
    rf"(?P<cue>(?:from|based\s+(?:up)?on|adapted\s+from)\s+)?(?:(?:a|an|the|his|her)\s+)?"
    rf"(?:(?:unpublished|original|published|best-?selling|classic|famous|true)\s+)*(?P<work>{_WORK})"
    r"(?:\s*(?:\"[^\"]*\"?|''[^']*''|_[^_]*_))?\s+(?:by|of)\s+(?P<names>.+)$",
    re.IGNORECASE | re.DOTALL,
)
#: "from a Jim Thompson novel", "based on Z's play".
_SOURCE_OF = re.compile(
    rf"(?:from|based\s+(?:up)?on|adapted\s+from)\s+(?:(?:a|an|the)\s+)?(?P<names>{_NAME}?)(?:['\u2019]s?)?\s+"
    rf"(?:[a-z\-]+\s+)?{_WORK}\b",
    re.DOTALL,
)
#: "Z (novel)", "Z (book)": the source named in brackets after the name.
_SOURCE_MARK = re.compile(r"\(\s*(?:novel|book|play|memoirs?)\s*\)", re.IGNORECASE)


@Language.component("run_in_header", requires=[state.attr(state.HEADER)], assigns=[state.attr(state.HEADER)])
@state.guarded("run_in_header")
def run_in_header(doc: Doc) -> Doc:
    found, inside = run_in_credits(state.text(doc))
    if inside:
        kept = outside(state.mentions(doc, state.HEADER), inside)
        state.set_records(doc, state.HEADER, kept + list(header_mentions(found, "run_in_header")))
    return doc


T = TypeVar("T")


def outside(items: Iterable[T], inside: list[tuple[int, int]]) -> list[T]:
    """The header credits (or mentions) of ``items`` that no run-in parenthesis of ``inside`` holds: the
    parenthesis' own parse replaces them."""
    return [h for h in items if not any(a <= h.start and h.end <= b for a, b in inside)]


def run_in_credits(text: str) -> tuple[list[HeaderCredit], list[tuple[int, int]]]:
    """The credits of every run-in parenthesis in ``text``, and the spans of those parentheses."""
    found: list[HeaderCredit] = []
    inside: list[tuple[int, int]] = []
    for m in _OPEN.finditer(text):
        if any(a <= m.start() < b for a, b in inside):
            continue
        end = _closing(text, m.start())
        inside.append((m.start(), end))
        pos = m.end()
        for part in text[m.end() : end].split(";"):
            seg = _SEGMENT.match(part)
            roles = label_roles(seg["label"]) if seg else ()
            if seg and roles:
                label = " ".join(seg["label"].lower().split())
                found += _value_credits(seg["value"], pos + seg.start("value"), roles, label)
            pos += len(part) + 1
    return found, inside


def _closing(text: str, start: int) -> int:
    """Where the parenthesis opened at ``start`` closes (characters' brackets nest inside it); a
    parenthesis left open ends at the blank line before the review."""
    stop = text.find("\n\n", start)
    stop = min(len(text) if stop < 0 else stop, start + 4000)
    depth = 0
    for i in range(start, stop):
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        if depth == 0:
            return i
    return stop


def label_roles(label: str) -> tuple[str, ...]:
    """The roles of a label, compound ones included ("director/writer/editor")."""
    label = " ".join(label.lower().split())
    if label in LABEL_ROLES:
        return LABEL_ROLES[label]
    roles: list[str] = []
    for part in re.split(r"\s*(?:/|\band\b|&)\s*", label):
        roles += [r for r in LABEL_ROLES.get(part, ()) if r not in roles]
    return tuple(roles)


def _value_credits(value: str, offset: int, roles: tuple[str, ...], label: str) -> Iterator[HeaderCredit]:
    # The parenthesis ends with the year and countries ("..., 1999-Fr./USA/Sp."): no names there.
    year = re.search(r"(?:^|,)\s*(?:\d{4}|\d{2}s)\b(?![^()]*\))", value)
    value = value[: year.start()] if year else value
    if not set(roles) & set(_WRITER_ROLES):
        yield from names_in_value(value, offset, roles, label)
        return
    # A writers' value: items split by "/" (outside brackets), each a writer or the source.
    pos = 0
    for item in re.split(r"/(?![^()]*\))", value):
        yield from _writer_item(item, offset + pos, roles, label)
        pos += len(item) + 1


def _writer_item(item: str, offset: int, roles: tuple[str, ...], label: str) -> Iterator[HeaderCredit]:
    m = _SOURCE_BY.search(item)
    if m and (m["cue"] or m.start() == 0 or not item[: m.start()].strip(" ,")):
        story = m["work"].lower() == "story" and not m["cue"]
        role = "screenwriter" if story else "source_author"
        names = re.split(r"[\"\u201c_]|''|,\s*(?:from|based|adapted)\b", m["names"])[0]
        yield from names_in_value(names, offset + m.start("names"), (role,), label)
        # "Y, from his novel": a writer before the source
        if m.start() and item[: m.start()].strip(" ,"):
            yield from names_in_value(item[: m.start()], offset, roles, label)
        return
    m = _SOURCE_OF.search(item)
    if m and m["names"]:
        # "Arturo Perez-Reverte's Spanish novel": the name ends at its possessive
        name = re.split(r"['\u2019]s\b", m["names"])[0]
        yield from names_in_value(name, offset + m.start("names"), ("source_author",), label)
        return
    mark = _SOURCE_MARK.search(item)
    if mark:
        yield from names_in_value(item[: mark.start()], offset, ("source_author",), label)
        return
    # "Y, from his novel" / "Y, based upon his play": the writer wrote the source too.
    own = re.search(rf",?\s*(?:from|based\s+(?:up)?on)\s+(?:his|her|their)\s+(?:own\s+)?{_WORK}\b", item, re.I)
    if own:
        yield from names_in_value(item[: own.start()], offset, tuple(dict.fromkeys((*roles, "source_author"))), label)
        return
    yield from names_in_value(item, offset, roles, label)
