"""Credits headers: 'Director: X', 'Cast: A, B (Character)', 'Screenplay by C', ...

Reviews in the archive often open with a block of labelled credit lines. They are the
most reliable source of credits, so they are read with line-based rules. The ``header``
component leaves one person mention per name (rule ``header.<label>``, with the label's
roles) and, after an actor, the character in parentheses (``header.character``);
``resolve_mentions`` turns them into credits of the reviewed film.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from filmkg.core.records import Mention
from filmkg.extractors import state
from filmkg.extractors.confidence import confidence

#: An unlabelled cast line ("Nicolas Cage, Elisabeth Shue, Julian Sands") counts this near the top.
CAST_LINE_LIMIT = 1500


@Language.component("header", requires=[state.attr(state.REVIEW)], assigns=[state.attr(state.HEADER)])
@state.guarded("header")
def header(doc: Doc) -> Doc:
    """Names under credits labels; an unlabelled cast line when no label gives actors."""
    text = state.text(doc)
    found = list(find_header_credits(text))
    if not any("actor" in h.roles for h in found):
        found += list(find_cast_line(text, CAST_LINE_LIMIT))
    state.set_records(doc, state.HEADER, header_mentions(found, "header"))
    return doc


def header_mentions(found: Iterable[HeaderCredit], prefix: str) -> Iterator[Mention]:
    """A person mention per name (rule ``prefix.label``) and its character mention, in that order."""
    for h in found:
        yield Mention("person", h.name, h.start, h.end, f"{prefix}.{h.label.replace(' ', '_')}",
                      confidence("header"), roles=h.roles)
        if h.character and h.char_start is not None and h.char_end is not None:
            yield Mention("character", h.character, h.char_start, h.char_end, f"{prefix}.character",
                          confidence("header.character"))

#: Header label (lower-cased, whitespace-normalised) -> roles it gives.
_MULTI = {
    "directed by": ("director",), "screenplay by": ("screenwriter",), "written by": ("screenwriter",),
    "script by": ("screenwriter",), "story by": ("screenwriter",), "screen story": ("screenwriter",),
    "written and directed by": ("director", "screenwriter"),
    "directed and written by": ("director", "screenwriter"),
    "written/directed by": ("director", "screenwriter"),
    "produced by": ("producer",), "executive producer": ("producer",), "executive producers": ("producer",),
    "exec producer": ("producer",), "produced and directed by": ("director", "producer"),
    "directed and produced by": ("director", "producer"),
    "music by": ("composer",), "original music": ("composer",), "original score": ("composer",),
    "composed by": ("composer",), "musical score": ("composer",), "music score": ("composer",),
    "director of photography": ("cinematographer",), "photographed by": ("cinematographer",),
    "cinematography by": ("cinematographer",), "edited by": ("editor",), "film editor": ("editor",),
    "film editing": ("editor",), "starring cast": ("actor",), "principal cast": ("actor",),
    "cast includes": ("actor",), "voice cast": ("actor",), "the cast": ("actor",),
    "cast members": ("actor",), "based on": ("source_author",), "based upon": ("source_author",),
    "based on the novel by": ("source_author",), "based on the book by": ("source_author",),
    "based on the play by": ("source_author",), "from the novel by": ("source_author",),
    "novel by": ("source_author",),
}
_SINGLE = {
    "director": ("director",), "directors": ("director",), "dir": ("director",),
    "screenplay": ("screenwriter",), "writer": ("screenwriter",), "writers": ("screenwriter",),
    "screenwriter": ("screenwriter",), "screenwriters": ("screenwriter",), "script": ("screenwriter",),
    "scriptwriter": ("screenwriter",), "teleplay": ("screenwriter",),
    "writer/director": ("director", "screenwriter"), "director/writer": ("director", "screenwriter"),
    "writer-director": ("director", "screenwriter"), "director-writer": ("director", "screenwriter"),
    "screenplay/director": ("director", "screenwriter"), "director/screenplay": ("director", "screenwriter"),
    "writers/directors": ("director", "screenwriter"), "writer/directors": ("director", "screenwriter"),
    "director/producer": ("director", "producer"), "producer/director": ("director", "producer"),
    "producer": ("producer",), "producers": ("producer",), "co-producer": ("producer",),
    "co-producers": ("producer",),
    "music": ("composer",), "score": ("composer",), "composer": ("composer",),
    "cinematography": ("cinematographer",), "cinematographer": ("cinematographer",),
    "photography": ("cinematographer",), "camera": ("cinematographer",), "dp": ("cinematographer",),
    "editor": ("editor",), "editors": ("editor",), "editing": ("editor",),
    "cast": ("actor",), "starring": ("actor",), "stars": ("actor",), "actors": ("actor",),
    "featuring": ("actor",), "voices": ("actor",), "with": ("actor",), "players": ("actor",),
    "performers": ("actor",),
}
LABEL_ROLES: dict[str, tuple[str, ...]] = {**_SINGLE, **_MULTI}

_LABEL_RE = re.compile(
    r"(?:^[ \t]*|(?<=[.;*)]\s)\s*|(?<=\s\s))(?P<label>(?:"
    + "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in LABEL_ROLES), key=len, reverse=True))
    + r"))(?P<sep>\s*[:\-,]\s*|\s+(?=[A-Z]))",
    re.IGNORECASE | re.MULTILINE,
)
_PARTICLES = r"de|van|von|der|den|la|le|di|da|du|del|des|dos|y|bin|al|ten|ter"
_NAME_WORD = r"(?:[A-Z][\w'\u2019\-]*\.?(?:[A-Z][\w'\u2019\-]*)?|" + _PARTICLES + ")"
#: A name: capitalised words with initials and particles ("J. J. Abrams", "Alex D.Linz").
NAME_RE = re.compile(_NAME_WORD + r"(?:\s+" + _NAME_WORD + ")*")
#: Labels that are also everyday words only count with a colon or comma after them.
_PLAIN_WORD_LABELS = {"with", "stars", "score", "music", "camera", "script", "story", "based on",
                      "based upon", "photography", "editing", "cast", "director", "producer", "writer",
                      "editor", "starring"}
_NOT_NAMES = {"various", "n/a", "unknown", "none", "uncredited", "others", "etc", "et al", "himself",
              "herself", "themselves", "various artists", "tba", "not available"}
_VALUE_END = re.compile(
    r"(?<![A-Z])(?<!\b[A-Z][a-z])\.(?=\s|$|[A-Z][a-z])|\s{3,}|\bet\s+al\b"
    r"|,?\s*\b(?:based|adapted|from\s+the\s+(?:novel|book|play)|inspired)\b"
)


@dataclass(frozen=True, slots=True)
class HeaderCredit:
    """One name from a credits header, with the label's roles and the span offsets."""

    name: str
    start: int
    end: int
    roles: tuple[str, ...]
    label: str
    character: str | None = None
    char_start: int | None = None
    char_end: int | None = None


def find_header_credits(text: str, limit: int | None = None) -> Iterator[HeaderCredit]:
    """Yield credits from labelled lines anywhere in ``text[:limit]``."""
    region = text if limit is None else text[:limit]
    for m in _LABEL_RE.finditer(region):
        label = " ".join(m["label"].lower().split())
        roles = LABEL_ROLES.get(label)
        if not roles:
            continue
        sep = m["sep"]
        if label in _PLAIN_WORD_LABELS and not set(":,-") & set(sep):
            continue
        if "," in sep and m.start() and region[m.start() - 1] not in "\n .":
            continue
        if label in {"director", "producer", "writer", "editor"} and "," in sep:
            # "director, who..." in prose; the comma form is only trusted at a line start.
            line_start = region.rfind("\n", 0, m.start()) + 1
            if region[line_start : m.start()].strip():
                continue
        value = _cut_value(region[m.end() : _value_end(region, m.end())])
        yield from names_in_value(value, m.end(), roles, label)


def find_cast_line(text: str, limit: int = 1500) -> Iterator[HeaderCredit]:
    """An unlabelled cast list near the top: 'Nicolas Cage, Elisabeth Shue, Julian Sands'."""
    region = text[:limit]
    for m in re.finditer(r"(?m)^[ \t]*(?=[A-Z])", region):
        if _LABEL_RE.match(region, m.start()):
            continue
        value = _cut_value(region[m.end() : _value_end(region, m.end())])
        parts = [p for p in re.split(r",|\band\b|&", value) if p.strip()]
        if len(parts) < 3:
            continue
        named = [p for p in parts if _clean_name(p.strip()) and 2 <= len(p.split()) <= 4]
        if len(named) < 3 or len(named) / len(parts) < 0.8:
            continue
        yield from names_in_value(value, m.end(), ("actor",), "cast line")
        return


def _value_end(text: str, start: int) -> int:
    """End of the label's value: its line plus the lines a name list wraps onto."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    while end < len(text) and end - start < 800:
        nxt_end = text.find("\n", end + 1)
        nxt_end = len(text) if nxt_end < 0 else nxt_end
        nxt = text[end + 1 : nxt_end]
        prev = text[start:end].rstrip()
        if not nxt.strip() or _LABEL_RE.match(nxt) or prev.endswith("."):
            break
        wraps = prev.endswith((",", "&")) or re.search(r"\band$", prev) is not None
        # "Marvin\nMinoff, Charles ...": a name broken over the line end.
        broken = (bool(prev) and prev[-1].isalpha() and ":" not in nxt
                  and re.match(r"\s*[A-Z][a-z][\w'\-]*\s*(?:[,.()]|$)", nxt))
        if not (wraps or broken):
            break
        end = nxt_end
    return end


def _cut_value(value: str) -> str:
    """A value ends at a full stop that is not an initial ('J. J. Abrams'), or at 'based on'."""
    m = _VALUE_END.search(value)
    return value[: m.start()] if m else value


def names_in_value(value: str, offset: int, roles: tuple[str, ...], label: str) -> Iterator[HeaderCredit]:
    # Character names in parentheses ("Bruce Willis (Harry Stamper)") stay with their name.
    previous: HeaderCredit | None = None
    for part in re.finditer(r"[^,;&(]+(?:\([^)]*\))?|\([^)]*\)", value):
        if part[0].startswith("(") and previous and previous.character is None:
            # "Ben Affleck, (Buddy Amaral)": the character after a stray comma.
            inner = part[0][1:-1].strip()
            if inner:
                s = offset + part.start() + part[0].index(inner)
                previous = HeaderCredit(previous.name, previous.start, previous.end, previous.roles,
                                        previous.label, " ".join(inner.split()), s, s + len(inner))
            continue
        for s, chunk in _split_and(part[0], part.start()):
            credit = _credit_from_chunk(chunk, offset + s, roles, label)
            if credit:
                if previous:
                    yield previous
                previous = credit
    if previous:
        yield previous


def _split_and(chunk: str, base: int) -> Iterator[tuple[int, str]]:
    last = 0
    for m in re.finditer(r"\s+(?:and|with)\s+|/", chunk):
        if "(" in chunk[: m.start()] and ")" not in chunk[: m.start()]:
            continue
        yield base + last, chunk[last : m.start()]
        last = m.end()
    yield base + last, chunk[last:]


def _clean_name(raw: str) -> str | None:
    name = raw.strip().rstrip(".").strip()
    if not NAME_RE.fullmatch(name) or name.lower() in _NOT_NAMES or len(name) > 60:
        return None
    words = name.split()
    if not any(w[0].isupper() for w in words) or len(words) > 5 or name.isupper() and len(name) > 3:
        return None
    return name


def _credit_from_chunk(chunk: str, start: int, roles: tuple[str, ...], label: str) -> HeaderCredit | None:
    character = cs = ce = None
    core = chunk
    pm = re.search(r"\(([^)]*)\)", chunk)
    if pm:
        inner = pm[1].strip()
        if inner:
            character = " ".join(inner.split())
            cs = start + pm.start(1) + pm[1].index(inner)
            ce = cs + len(inner)
        core = chunk[: pm.start()]
    elif "actor" in roles:
        am = re.search(r"\s+(?:as|\.\.\.+|-{1,2})\s+(.+)$", chunk)
        if am:
            character = am[1].strip().rstrip(".") or None
            cs = start + am.start(1)
            ce = cs + len(character or "")
            core = chunk[: am.start()]
    lead = len(core) - len(core.lstrip())
    name = _clean_name(core)
    if name is None:
        return None
    s = start + lead
    return HeaderCredit(" ".join(name.split()), s, s + len(name), roles, label, character, cs, ce)
