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
from filmkg.core.regex import gated
from filmkg.extractors import state
from filmkg.extractors.confidence import confidence

#: An unlabelled cast line ("Nicolas Cage, Elisabeth Shue, Julian Sands") counts this near the top.
CAST_LINE_LIMIT = 1500


#: patterns of hot calls, compiled once: re's module functions look each up in their cache at every call
_INITIALS_END = re.compile(r"(?<![\w.])(?:[A-Z]\.)+$")
_NAME_START = re.compile(r"\s*[A-Z][a-z]")
_AND_END = re.compile(r"\b(?:and|AND)$")


@Language.component("header", requires=[state.attr(state.REVIEW)], assigns=[state.attr(state.HEADER)])
@state.guarded("header")
def header(doc: Doc) -> Doc:
    """Names under credits labels; an unlabelled cast line when no label gives actors."""
    state.set_records(doc, state.HEADER, header_mentions(page_credits(state.text(doc)), "header"))
    return doc


def page_credits(text: str) -> list[HeaderCredit]:
    """The credits of ``text``'s labelled lines, and of its unlabelled cast line when no label gives actors."""
    found = list(find_header_credits(text))
    if not any("actor" in h.roles for h in found):
        found += list(find_cast_line(text, CAST_LINE_LIMIT))
    return found


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
    "original music by": ("composer",), "original score by": ("composer",),
    "composed by": ("composer",), "musical score": ("composer",), "music score": ("composer",),
    "director of photography": ("cinematographer",), "photographed by": ("cinematographer",),
    "cinematography by": ("cinematographer",), "edited by": ("editor",), "film editor": ("editor",),
    "film editing": ("editor",), "starring cast": ("actor",), "principal cast": ("actor",),
    "cast includes": ("actor",), "voice cast": ("actor",), "the cast": ("actor",),
    "cast members": ("actor",), "based on": ("source_author",), "based upon": ("source_author",),
    "based on the novel by": ("source_author",), "based on the book by": ("source_author",),
    "based on the play by": ("source_author",), "from the novel by": ("source_author",),
    "novel by": ("source_author",),
    # Voice casts of animated films (survey: 246 pages, 70 critics use a voice label).
    "with the voices of": ("actor",), "featuring the voices of": ("actor",),
    "starring the voices of": ("actor",), "the voices of": ("actor",), "voices of": ("actor",),
    "featuring the voice talents of": ("actor",), "with the voice talents of": ("actor",),
    "voice talents of": ("actor",), "voice talents": ("actor",),
    # 'A film by X' as a header line (survey: 70 pages, 33 critics); only at a line start.
    "a film by": ("director",),
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
    "cinematographers": ("cinematographer",),
    "photography": ("cinematographer",), "camera": ("cinematographer",), "dp": ("cinematographer",),
    "editor": ("editor",), "editors": ("editor",), "editing": ("editor",),
    "cast": ("actor",), "starring": ("actor",), "stars": ("actor",), "actors": ("actor",),
    "featuring": ("actor",), "voices": ("actor",), "with": ("actor",), "players": ("actor",),
    "performers": ("actor",),
    # "Characters:" over "Actor - Part" lines (a bare label line only: see _labelled_credits)
    "characters": ("actor",),
}
#: Crafts the schema has no role of its own for: a name under them is a contributor ("Costumes:  A",
#: "Special Effects/Makeup Effects - A & B"; seventh pass, extractors/README.md).
_CRAFTS = {
    "special effects": ("contributor",), "makeup effects": ("contributor",), "make-up effects": ("contributor",),
    "visual effects": ("contributor",), "makeup": ("contributor",), "make-up": ("contributor",),
    "special makeup effects": ("contributor",), "special make-up effects": ("contributor",),
    "visual effects supervisor": ("contributor",), "special effects supervisor": ("contributor",),
    "production design": ("contributor",), "production designer": ("contributor",),
    "art direction": ("contributor",), "art director": ("contributor",), "costumes": ("contributor",),
    "costume design": ("contributor",), "costume designer": ("contributor",), "costume designs": ("contributor",),
    "costumes by": ("contributor",), "costumes designed by": ("contributor",), "set design": ("contributor",),
    "set designer": ("contributor",), "set decoration": ("contributor",), "choreography": ("contributor",),
    "choreographer": ("contributor",), "production designed by": ("contributor",),
    "makeup effects supervisor": ("contributor",), "creature effects": ("contributor",),
}
LABEL_ROLES: dict[str, tuple[str, ...]] = {**_SINGLE, **_MULTI, **_CRAFTS}


#: A craft label of the crew no list can hold: modifiers before a craft head ("Mechanical Effects Supervisor",
#: "Additional Makeup Effects", "Creature & Digital Effects"; archive: 43 pages, 10 critics beyond the list above).
_CRAFT_LABEL = (r"(?:(?:additional|digital|special|visual|mechanical|creature|prosthetics?|miniature|associate|"
                r"supervising|makeup|make-up|electronic|optical|stunts?|costume|music|painted)\s+(?:&\s+)?){1,3}"
                r"(?:effects|supervisors?|coordinators?|designers?|direction)(?:\s+supervisors?)?")
_CRAFT_LABEL_RE = re.compile(_CRAFT_LABEL, re.IGNORECASE)


def label_roles(label: str) -> tuple[str, ...] | None:
    """The roles of a label, or of a slash-joined one ("Director/Screenplay/Producer", archive: 23 critics'
    pages, one critic's house style on ~1,000): each part its own label."""
    roles = LABEL_ROLES.get(label)
    if roles is None and _CRAFT_LABEL_RE.fullmatch(label):
        return ("contributor",)
    if roles is not None or "/" not in label:
        return roles
    out: list[str] = []
    for part in label.split("/"):
        part = " ".join(part.split())
        r = LABEL_ROLES.get(part) or (("contributor",) if _CRAFT_LABEL_RE.fullmatch(part) else None)
        if r is None:
            return None
        out += [x for x in r if x not in out]
    return tuple(out)


def _alternation(labels: Iterable[str]) -> str:
    """The labels as one case-insensitive alternation, longest first, grouped by their first letter
    ("d(?:irected\\s+by|irector|...)|s(?:...)"): the regex engine tries every branch in turn where a label may
    start, grouped only the labels of that letter. Same matches: labels of two letters never both fit."""
    groups: dict[str, list[str]] = {}
    for label in sorted((re.escape(k).replace(r"\ ", r"\s+") for k in labels), key=len, reverse=True):
        groups.setdefault(label[0].lower(), []).append(label[1:])
    return "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in groups.items())


_LABEL_ALTERNATION = _alternation(LABEL_ROLES)
_LABEL_RE = re.compile(
    # a label starts a line or follows a space (as every branch below asks): one look rules out most places
    # before the six branches are tried (the finditer over a page: 0.60 -> 0.16 ms)
    r"(?<!\S)"
    # "Credits: Directed by X", "Crew: Written by Y": a label after a block's own heading
    r"(?:^[ \t]*|(?<=[.;*)\u2026]\s)\s*|(?<=\s\s)|(?<=,[ \t])|(?<=(?i:credits):[ \t])|(?<=(?i:crew):[ \t]))"
    r"(?=[a-z])(?P<label>(?:" + _CRAFT_LABEL + "|"
    + _LABEL_ALTERNATION
    # "Director/Screenplay/Producer - A": slash-joined labels (each part a label, see label_roles)
    + r")(?:[ \t]*/[ \t]*(?:" + _CRAFT_LABEL + "|" + _LABEL_ALTERNATION
    # "Actors (voices):": a short qualifier in brackets between the label and its colon.
    + r"))*)(?P<sep>(?:[ \t]*\([a-z ]{1,20}\))?\s*[:\-,]\s*|\.{2,}[ \t]*(?=\n)\s*|\s+(?=[A-Z]))",
    re.IGNORECASE | re.MULTILINE,
)
_PARTICLES = r"de|van|von|der|den|la|le|di|da|du|del|des|dos|y|bin|al|ten|ter"
_NAME_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w'\u2019\-]*\.?(?:[A-Z][\w'\u2019\-]*)?|" + _PARTICLES + ")"  # "J.G."
#: A name: capitalised words with initials and particles ("J. J. Abrams", "Alex D.Linz").
NAME_RE = re.compile(_NAME_WORD + r"(?:\s+" + _NAME_WORD + ")*")
#: Labels that are also everyday words only count with a colon or comma after them.
_PLAIN_WORD_LABELS = {"with", "stars", "score", "music", "camera", "script", "story", "based on",
                      "based upon", "photography", "editing", "cast", "director", "producer", "writer",
                      "editor", "starring"} | set(_CRAFTS)
_NOT_NAMES = {"various", "n/a", "unknown", "none", "uncredited", "others", "etc", "et al", "himself",
              "herself", "themselves", "various artists", "tba", "not available",
              # Name suffixes after a comma ("Rene Cardona, Jr."), not names of their own.
              "jr", "sr", "ii", "iii",
              # Crafts of a run-on credit line ("Photography - A, Special Effects/Makeup - B").
              "special effects", "makeup", "makeup effects", "visual effects", "production design",
              "production designer", "art direction", "costumes", "costume design", "sound", "stunts",
              "idea", "story", "narration", "animation", "choreography", "songs", "lyrics"}
_VALUE_END = gated(
    r"(?<![A-Z])(?<!\b[A-Z][a-z])\.(?=\s|$|[A-Z][a-z])|\bet\s+al\b"
    # a column gap ends a value ("Cast       A, B      Country"), not one padding a cast item's separator
    # ("Cast:  A   -   Part", "A as        Part"; twentieth pass)
    r"|(?<=[^\s,\-\u2013\u2014])(?<!\sas)[ \t]{3,}(?=[^\s(])(?!(?:-+|[\u2013\u2014]+)[ \t])"
    # "Director: A; Screenplay: B", "Directed by A; With B, C": a semicolon before the next label
    r"|;(?=\s*[a-z][\w /-]*(?::|\bby\b))|;(?=\s*(?i:" + _LABEL_ALTERNATION + r")(?:\s*[:\-]|\s+(?=[A-Z])))"
    r"|,(?=\s*[A-Z][\w/]*(?:\s+(?:&\s+)?[A-Z][\w/]*){0,3}\s+-{1,2}\s)"
    # "Directed by A, Written by B": a comma before the next "... by" label; "Directed by A ... Starring B"
    r"|,(?=\s*(?i:(?:written|directed|produced|screenplay|script|music|story|edited|photographed|cinematography"
    r"|executive\s+produced)(?:\s+and\s+(?:written|directed|produced))?\s+by)\b)|\s*\u2026"
    r"|,?\s*\b(?i:based|adapted|from\s+the\s+(?:novel|book|play)|inspired)\b"
    r"|\s+at\s+(?=[A-Z])"  # "Produced by A and B at Castle Hill/Summit Pictures": the companies
    # "directed by A and penned by B, C, and D", "Directed by A and co-written by A and B": the next craft's
    # names (crew ninth pass: 24 header lines, 2 of 20 sampled gave the next craft's list the first label's role)
    r"|,?\s+(?i:and)\s+(?=(?:[a-z]+\s+){0,2}?(?:co-)?(?:penned|written|scripted|directed|produced|edited|"
    r"photographed|shot|scored|composed|lensed|helmed|adapted)\s+(?i:by)\b)"
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


#: "Cast: A, B Director: C Screenplay: D" on one line: a capitalised label with its colon right after a
#: name opens a new value as at a line start (archive: 319 pages, 54 critics; extractors/README.md)
_RUN_ON_LABEL = re.compile(r"[ \t](?<=[a-z.,)][ \t])(?=[A-Z][A-Za-z /&\-]{1,40}:[ \t])(?=(?i:" + _LABEL_ALTERNATION
                           + r"):[ \t])")  # (a cheap look at the colon first: the alternation is long)
_LABEL_COLON = re.compile(r"(?i:" + _LABEL_ALTERNATION + r"):[ \t]")


def _run_on_break(region: str, m: re.Match[str]) -> str:
    """A line break before a run-on label, but not inside a longer one ("Executive Producer:", "Starring Cast:")."""
    prev = re.search(r"\S+$", region[max(0, m.start() - 30) : m.start()])
    return m[0] if prev and _LABEL_COLON.match(f"{prev[0]} {region[m.end() : m.end() + 60]}") else "\n"


def find_header_credits(text: str, limit: int | None = None) -> Iterator[HeaderCredit]:
    """Yield credits from labelled lines anywhere in ``text[:limit]``, then from unlabelled blocks of
    dotted cast lines ("Ann Bell.......Mary")."""
    region = text if limit is None else text[:limit]
    region = _RUN_ON_LABEL.sub(lambda m: _run_on_break(region, m), region)  # same length: offsets hold
    taken: list[tuple[int, int]] = []
    surnames: set[str] = set()
    for credit in _labelled_credits(region):
        if credit.roles == ("contributor",) and (" " not in credit.name and credit.name not in surnames
                                                 or credit.name.startswith("The ")):
            continue  # "Digital Effects - Digiscope", "The Magic Co": a company, unless a surname above
        surnames.add(credit.name.rsplit(" ", 1)[-1])
        taken.append((credit.start, credit.end))
        yield credit
    for credit in _dotted_lines(region):
        if not any(s <= credit.start < e for s, e in taken):
            taken.append((credit.start, credit.end))
            yield credit
    for credit in _part_tables(region):
        if not any(s <= credit.start < e for s, e in taken):
            yield credit


#: "Melvin Hale:  Jack Lorne" cells, character first, one or two on a line (archive: 79 pages, 22 critics have
#: two or more such lines in a row; seventh pass, extractors/README.md).
_PART_CELL = re.compile(r"(?P<part>[A-Z][\w.'\u2019\-]*(?:[ \t]+(?:[\w.'\u2019\-]+|\([\w .]{1,15}\))){0,4}?)"
                        r"[ \t]*:[ \t]+"
                        r"(?P<name>[A-Z][\w.'\u2019\-]*(?:[ \t]+(?:[A-Z][\w.'\u2019\-]*|" + _PARTICLES + r")){1,4})"
                        r"[ \t]*(?=$|[ \t]{2,}|\t)")
_PART_LINE = re.compile(r"(?m)^[ \t]*" + _PART_CELL.pattern + r"(?:[ \t]+" + _PART_CELL.pattern.replace("?P<", "?P<x")
                        + r")?[ \t]*$")
#: Left sides that are a header's labels or the page's facts, not characters.
_NOT_PARTS = re.compile(r"(?i)\b(?:direct|produc|writ|screen|music|score|compos|photo|camera|cinemat|edit|design|"
                        r"costume|effects|make-?up|sound|casting|art\b|cast\b|starring|stars|rat(?:ed|ing)|time|release|"
                        r"review|date|country|language|distribut|studio|company|genre|budget|gross|locat|format|"
                        r"mpaa|title|by\b|year|running|length|opening|web|e-?mail|from|subject|note|keywords|voice|lyric|song|vocal|"
                        r"perform|narrat|stunt|animat|visual|special|supervis|coordinat|assist|associate|executive|"
                        r"unit|crew|based|source|novel|book|story|idea|adapt|original|theme|choreo|casting|location|"
                        # the crew of the archive's German, Dutch, Swedish, French, Spanish and Italian headers
                        r"regi\w*|drehbuch|kamera|musik\w*|muziek|schnitt|darsteller|produ\w+|buch|realisat\w*|"
                        r"r\u00e9alisat\w*|sc\u00e9nario|scenario|manus|foto\w*|klipp\w*|medverkande|hoofdrol\w*|"
                        r"montage|gui\u00f3n|guion|direcci\u00f3n|sceneggiatura|besetzung|rollen|"
                        r"interpret\w*|acteurs|reparto|dop|fx|sfx|genre|ton|sound\w*)")


def _part_tables(region: str) -> Iterator[HeaderCredit]:
    """Runs of two or more lines of "Character:  Actor" cells (one or two a line), the character first."""
    run: list[re.Match] = []
    for m in _PART_LINE.finditer(region):
        if run and region.count("\n", run[-1].end(), m.start()) != 1:
            yield from _part_run(run)
            run = []
        if _is_part(m["part"]):
            run.append(m)
        else:  # a crew line ("Music:  A", "Song Lyrics:  B") ends a table
            yield from _part_run(run)
            run = []
    yield from _part_run(run)


def _is_part(part: str | None) -> bool:
    return part is not None and not _NOT_PARTS.search(part) and not label_roles(" ".join(part.lower().split()))


def _part_run(run: list[re.Match]) -> Iterator[HeaderCredit]:
    if len(run) < 2:
        return
    for line in run:
        for key in ("", "x"):
            part, name = line[f"{key}part"], line[f"{key}name"]
            if not _is_part(part):
                continue
            clean = _clean_name(name)
            if clean:
                s = line.start(f"{key}name")
                ps = line.start(f"{key}part")
                yield HeaderCredit(" ".join(clean.split()), s, s + len(clean), ("actor",), "cast table",
                                   " ".join(part.split()), ps, ps + len(part))


def _labelled_credits(region: str) -> Iterator[HeaderCredit]:
    cuts: set[int] = set()  # where a value ended at ", Label by" (the next label goes on the same line)
    for m in _LABEL_RE.finditer(region):
        label = " ".join(m["label"].lower().split())
        roles = label_roles(label)
        if not roles:
            continue
        sep = m["sep"]
        line_start = region.rfind("\n", 0, m.start()) + 1
        at_line_start = not region[line_start : m.start()].strip()
        if region[m.start() - 2 : m.start()].startswith(",") and not set(":-") & set(sep.strip()) \
                and not any(m.start() - 3 <= c < m.start() for c in cuts) and not at_line_start:
            # After a comma only "Label - X" / "Label: X" is a label ("Director - A, Screenplay - B"),
            # or a "by" label that ended the value before it ("Starring A, written by B, produced by C"),
            # or one that opens its own line.
            continue
        if label == "a film by" and not at_line_start:
            continue
        if label == "characters" and not (at_line_start and "\n" in sep and _lines_are_items(region, m.end())):
            continue  # "Characters: Neo, Trinity" lists parts; only a block of "Actor - Part" lines gives actors
        if region[max(0, m.start() - 5) : m.start()].lower() == "best ":
            continue  # "Best Director, Best Score": award categories in prose, no label
        if at_line_start and "\n" in sep:
            # "Cast:" / "CAST" / "CAST....." alone on its line, the names under it.
            if ":" in sep or label not in _PLAIN_WORD_LABELS or _lines_are_names(region, m.end()):
                yield from _names_per_line(region, m.end(), roles, label)
            continue
        # "DIRECTOR:  TRISTRAN POWELL": names in capitals under a line-start label (not "With", which
        # opens prose before a title in capitals: "With HEAVEN AND EARTH, ...").
        caps = at_line_start and label != "with" and _caps_value(region[m.end() : _value_end(region, m.end())])
        # crafts and slash-joined labels ("Producer/writer David ...") open prose as often: a colon, dash or column
        plain = label in _PLAIN_WORD_LABELS or "contributor" in roles or "/" in label and label not in LABEL_ROLES
        if plain and not set(":,-") & set(sep):
            # "Directed by A; With B, C": after a semicolon, as at a line start
            after_semicolon = region[line_start : m.start()].rstrip().endswith((";", "\u2026"))
            if not ((at_line_start or after_semicolon) and _column_or_list(region, m, label, caps)):
                continue
        if "," in sep and m.start() and region[m.start() - 1] not in "\n .":
            continue
        if label in {"director", "producer", "writer", "editor"} and "," in sep and not at_line_start:
            # "director, who..." in prose; the comma form is only trusted at a line start.
            continue
        raw = region[m.end() : _value_end(region, m.end())]
        value = _cut_value(raw)
        if "-" in sep and len(value) == len(raw):
            # "Music - A, Title\nSequence - B", "Music - A, Creature &\nDigital Effects - B": a run-on line's
            # last words open the next craft's label
            after = region[m.end() + len(raw) : m.end() + len(raw) + 80]
            tail = (r",[ \t]*[A-Z][\w/]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w/]*)*[ \t]*(?:&[ \t]*)?$"
                    if re.match(r"\n[ \t]*(?:&[ \t]*)?[A-Z][\w/ &]{0,50}?\s-{1,2}\s", after)
                    else r",[ \t]*[A-Z][\w'\-]*[ \t]*$")
            value = re.sub(tail, "", value)
        if len(value) < len(raw) and raw[len(value)] == ",":
            cuts.add(m.end() + len(value))
        yield from names_in_value(value, m.end(), roles, label, caps)


def _caps_value(value: str) -> bool:
    """A value written in capitals (brackets aside): four or more letters, nearly all upper case."""
    letters = [c for c in re.sub(r"\([^)]*\)", "", value.split("\n", 1)[0]) if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def caps_name(name: str) -> str:
    """'PHILIP BONHAM-CARTER' -> 'Philip Bonham-Carter', 'DANNY DeVITO' -> 'Danny DeVito', 'J.J.' stays."""
    out = []
    for w in name.split():
        mixed = re.fullmatch(r"([A-Z][a-z]+)([A-Z][A-Z'\-]+)", w)
        if mixed:
            w = mixed[1] + mixed[2].capitalize()
        elif not re.fullmatch(r"(?:[A-Z]\.)+", w):
            w = re.sub(r"(?:^|(?<=[\-'\u2019.]))(\w)", lambda c: c[1].upper(), w.lower())
            w = re.sub(r"^Mc(\w)", lambda c: "Mc" + c[1].upper(), w)
        out.append(w)
    return " ".join(out)


#: "Ann Bell.......Mary Lake": a cast line with a dotted leader (survey: 161 pages, 46 critics).
_DOTTED = re.compile(r"(?m)^[ \t]*(?P<name>[A-Z][\w.'\u2019\-]*(?:[ \t]+(?:[A-Z][\w.'\u2019\-]*|" + _PARTICLES
                     + r")){1,4})[ \t]*\.{3,}[ \t]*(?P<role>[^\s.][^\n]{0,60}?)[ \t]*$")


def _dotted_lines(region: str) -> Iterator[HeaderCredit]:
    """Runs of two or more consecutive dotted cast lines, with or without a label over them."""
    run: list[re.Match] = []
    for m in _DOTTED.finditer(region):
        if run and region.count("\n", run[-1].end(), m.start()) != 1:
            yield from _dotted_run(run)
            run = []
        run.append(m)
    yield from _dotted_run(run)


def _dotted_run(run: list[re.Match]) -> Iterator[HeaderCredit]:
    if len(run) < 2:
        return
    for m in run:
        name = _clean_name(m["name"])
        if name:
            yield HeaderCredit(" ".join(name.split()), m.start("name"), m.start("name") + len(name), ("actor",),
                               "cast", m["role"], m.start("role"), m.end("role"))


#: Labels that head a run-in list without a colon: "Starring A, B and C." (survey: 1,977 pages).
_RUN_IN_LABELS = {"starring", "with", "stars", "featuring", "cast"}


def _column_or_list(text: str, m: re.Match, label: str, caps: bool = False) -> bool:
    """A plain-word label without a colon still heads a value when it is a column header padded with
    spaces ('Cast            A, B', survey: 342 pages, 33 critics) or, for cast labels, when a list of
    names follows it ('Starring A, B and C.')."""
    if re.fullmatch(r"[ \t]{2,}|\t[ \t]*", m["sep"]):
        return True
    if label not in _RUN_IN_LABELS:
        return False
    return _is_name_list(_cut_value(text[m.end() : _value_end(text, m.end())]), caps)


def _is_name_list(value: str, caps: bool = False) -> bool:
    """Two or more parts, nearly all of them names of two to four words (roles in brackets aside)."""
    bare = re.sub(r"\([^)]*\)", "", value)
    parts = [p.strip() for p in re.split(r",|\band\b|\bAND\b|&", bare) if p.strip()]
    if len(parts) < 2:
        return False
    named = [p for p in parts if _clean_name(p, caps) and 2 <= len(p.split()) <= 4]
    return len(named) >= 2 and len(named) >= 0.8 * len(parts)


#: One line of a one-name-a-line block: "Name", "Name (Role)", "Name as Role", "Name - Role",
#: "Name..... Role" (survey: 120 + 161 + 62 pages).
_ITEM_LINE = re.compile(
    r"[ \t]*(?:Voice of[ \t]+)?"
    r"(?P<name>[A-Z][\w.'\u2019\-]*(?:[ \t]+(?:[A-Z][\w.'\u2019\-]*|" + _PARTICLES + r")){1,4})"
    r"[ \t]*(?:$|\(|\[|\.{2,}|[ \t]as[ \t]|,?[ \t]*(?:-+|[\u2013\u2014]+)[ \t])"
)


def _lines_are_names(text: str, start: int) -> bool:
    """The first two lines under a bare label each begin with a name."""
    lines = text[start : start + 400].split("\n")[:2]
    return len(lines) == 2 and all(_ITEM_LINE.match(line) for line in lines)


def _lines_are_items(text: str, start: int) -> bool:
    """The first two lines under a bare label each pair a name with a part ("Name - Part", "Name as Part")."""
    lines = text[start : start + 400].split("\n")[:2]
    return len(lines) == 2 and all(_ROLE_ITEM.match(line) for line in lines)


def _names_per_line(text: str, start: int, roles: tuple[str, ...], label: str) -> Iterator[HeaderCredit]:
    """The names under a label that stands alone on its line: one a line, or a list wrapped over lines."""
    pos = start
    while pos < len(text) and pos - start < 2500:
        eol = text.find("\n", pos)
        eol = len(text) if eol < 0 else eol
        line = text[pos:eol]
        if not line.strip() or (pos > start and _LABEL_RE.match(line)):
            return
        item = _ITEM_LINE.match(line)
        # A comma after the name ("Ann Bell as Sue, his wife") belongs to the role.
        if not item or "," in line[: item.end("name")] or "," in line and item[0].rstrip()[-1:] in ("", "("):
            # A wrapped list under the label ("Cast:\n   A (Role), B (Role),\n   C"), read as one value.
            end = _value_end(text, pos)
            yield from names_in_value(_cut_value(text[pos:end]), pos, roles, label)
            return
        # "Voice of Ann Bell..... Role": the name starts after the prefix.
        skip = _ITEM_LINE.match(line).start("name")
        yield from names_in_value(line[skip:], pos + skip, roles, label)
        pos = eol + 1


#: An unlabelled "Actor (Part), Actor (Part)" list may sit under a long crew paragraph (archive: 869 pages of
#: 54 critics open a line so in their first 3,000 characters; seventh pass, extractors/README.md).
BRACKET_LIST_LIMIT = 3000


def find_cast_line(text: str, limit: int = 1500) -> Iterator[HeaderCredit]:
    """An unlabelled cast list near the top: 'Nicolas Cage, Elisabeth Shue, Julian Sands', or
    'Ann Bell (Dr Mary Lake), Tom Reed (Sheriff Hal Crane), ...' (its orientation decided once for the list)."""
    region = text[: max(limit, BRACKET_LIST_LIMIT)]
    head = text[:limit]
    # brackets in prose name films and actors as often as parts: a list with brackets counts only in the
    # header block, before the first line of prose, with no running words between its entries
    prose_at = _first_prose_line(region)
    for m in re.finditer(r"(?m)^[ \t]*(?=[A-Z])", region[: max(limit, prose_at)]):
        if _LABEL_RE.match(region, m.start()):
            continue
        if m.start() < limit:
            value = _cut_value(head[m.end() : _value_end(head, m.end())])
            if _plain_cast_list(value):
                yield from names_in_value(value, m.end(), ("actor",), "cast line")
                return
        if m.start() >= prose_at or "(" not in region[m.end() : region.find("\n", m.end())]:
            continue
        value = _cut_value(region[m.end() : _value_end(region, m.end())])
        bare = re.sub(_BRACKETS, "", value)
        if len(re.findall(r"\w[ \t\n]*" + _BRACKETS, value)) < 2 or re.search(r"\b[a-z]{3,}\b", bare):
            continue
        pairs = len(re.findall(r"\w[ \t\n]*" + _BRACKETS, value))
        parts = [p for p in re.split(r",|\band\b|&", bare) if p.strip()]
        if len(parts) < 3 and not (pairs >= 2 and len(parts) == pairs):
            continue
        named = [p for p in parts if _clean_name(p.strip()) and 2 <= len(p.split()) <= 4]
        if len(named) < min(3, len(parts)) or len(named) / len(parts) < 0.8:
            continue
        yield from orient_list(list(names_in_value(value, m.end(), ("actor",), "cast line")))
        return


def _plain_cast_list(value: str) -> bool:
    """Three or more parts, 80% of them names of two to four words, brackets and all (the rule before the
    seventh pass, kept as it was)."""
    parts = [p for p in re.split(r",|\band\b|&", value) if p.strip()]
    named = [p for p in parts if _clean_name(p.strip()) and 2 <= len(p.split()) <= 4]
    return len(parts) >= 3 and len(named) >= 3 and len(named) / len(parts) >= 0.8


_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")


def _first_prose_line(region: str) -> int:
    """Where the first line of running prose (six lower-case words) starts, else the region's end."""
    pos = 0
    for line in region.split("\n"):
        if len(_LOWER_WORD.findall(line)) >= 6:
            return pos
        pos += len(line) + 1
    return len(region)

#: Words that open a character's name, not an actor's ("Dr Ruth Kane", "Sheriff Hal Crane", "Mayor Bo Wick").
_TITLE_WORDS = {"dr", "doctor", "mr", "mrs", "ms", "miss", "sheriff", "deputy", "mayor", "captain", "capt", "colonel",
                "col", "sergeant", "sgt", "lt", "lieutenant", "detective", "det", "agent", "officer", "professor",
                "prof", "general", "gen", "father", "sister", "brother", "king", "queen", "prince", "princess", "lord",
                "lady", "sir", "uncle", "aunt", "judge", "nurse", "inspector", "commander", "major", "private",
                "reverend", "rev", "senator", "president", "count", "countess", "baron", "duke", "the", "young",
                "old", "little", "big", "chief", "coach", "madame", "mother", "grandpa", "grandma", "dame"}


def _part_score(name: str, part: str) -> int:
    """+1 when 'name (part)' reads actor-first, -1 when it reads character-first, 0 when nothing says."""
    def title(s: str) -> bool:
        w = s.split()
        return bool(w) and w[0].lower().rstrip(".") in _TITLE_WORDS

    def described(s: str) -> bool:  # "the sheriff", "his wife", a single word: parts, rarely actors
        return len(s.split()) == 1 or any(w[:1].islower() for w in s.split())

    score = 0
    score += title(part) - title(name)
    score += (described(part) and not described(name)) - (described(name) and not described(part))
    return score


def orient_list(credits: list[HeaderCredit]) -> Iterator[HeaderCredit]:
    """An unlabelled "A (B), C (D)" list reads one way for all its entries: actor first unless most of the
    evidence (titles such as Dr or Sheriff, one-word or lower-case parts) says the characters come first."""
    score = sum(_part_score(c.name, c.character) for c in credits if c.character)
    if score >= 0:
        yield from credits
        return
    for c in credits:
        name = _clean_name(c.character or "")
        if c.character is None or c.char_start is None or c.char_end is None or name is None:
            continue
        yield HeaderCredit(" ".join(name.split()), c.char_start, c.char_start + len(name), c.roles, c.label,
                           c.name, c.start, c.end)


def _value_end(text: str, start: int) -> int:
    """End of the label's value: its line plus the lines a name list wraps onto."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    while end < len(text) and end - start < 800:
        nxt_end = text.find("\n", end + 1)
        nxt_end = len(text) if nxt_end < 0 else nxt_end
        nxt = text[end + 1 : nxt_end]
        prev = text[start:end].rstrip()
        unclosed = prev.count("(") > prev.count(")")
        # "Michael J.\nPollard": a stop after an initial ends no value when a name goes on
        initial = _INITIALS_END.search(prev) is not None and _NAME_START.match(nxt)
        if not nxt.strip() or _LABEL_RE.match(nxt) or prev.endswith(".") and not unclosed and not initial:
            break
        wraps = prev.endswith((",", "&")) or _AND_END.search(prev) is not None
        # "Cast: A; B; C;\nD; E": a semicolon list goes on over the line end, when the next line is names and
        # semicolons only (archive: 43 pages, 1 critic, +138 credits; "Runtime: 98;\nPolygram Release; 1992)"
        # is no list)
        wraps = wraps or (prev.endswith(";") and prev.rsplit("\n", 1)[-1].count(";") >= 3
                          and _SEMICOLON_NAMES.fullmatch(nxt) is not None)
        broken = _name_broken(prev, nxt)
        # "Ryan O'Neal\n(Gregory Stark)", "(Gregory\nStark)": a role in brackets over the line end.
        bracket = unclosed or nxt.lstrip().startswith("(")
        # A value that goes on in lines indented to its own column ("Starring:  A, B\n           C").
        col = start - (text.rfind("\n", 0, start) + 1)
        indent = len(nxt) - len(nxt.lstrip(" \t"))
        aligned = col >= 4 and abs(indent - col) <= 2 and not nxt.lstrip().startswith(("-", "*", "["))
        # A hanging indent under a wide label column: deep, and opening with a name.
        hanging = indent >= 8 and _HANGING.match(nxt) is not None
        # "Actors: A as Role\nB as Role": one "Name as Role" a line, flush with the label.
        items = _ROLE_ITEM.match(prev.rsplit("\n", 1)[-1]) is not None and _ROLE_ITEM.match(nxt) is not None
        if not (wraps or broken or bracket or aligned or hanging or items or initial):
            break
        end = nxt_end
    return end


_SEMICOLON_NAMES = re.compile(r"[ \t]*[A-Z][\w.'\-]*(?:[ \t]+[A-Z][\w.'\-]*)+(?:[ \t]*;[ \t]*[A-Z][\w.'\-]*"
                              r"(?:[ \t]+[A-Z][\w.'\-]*)+)*[ \t]*;?[ \t]*")
#: "Name as Role", "Name..... Role", "Name - Role" at a line start.
_ROLE_ITEM = re.compile(r"[ \t]*[A-Z][\w.'\-]*(?:[ \t]+[A-Z][\w.'\-]*){1,3}"
                        r"(?:[ \t]+as[ \t]|[ \t]*\.{3,}|[ \t](?:-+|[\u2013\u2014]+)[ \t])")
#: A deeper-indented line under a label that opens with a name.
_HANGING = re.compile(r"\s*[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*)+\s*(?:,|$|\(|\sas\s|\.{2,}|\s-)")


def _name_broken(prev: str, nxt: str) -> bool:
    """A name broken over the line end: "Marvin\nMinoff, Charles ..." or, after a list item of one word,
    "..., Tom\nEverett Scott, Ben ..."."""
    if not prev or not prev[-1].isalpha() or ":" in nxt:
        return False
    # ... "written by Michael\nBrowning; produced by ...": the name's end before a semicolon too (crew ninth pass)
    if re.match(r"\s*[A-Z][a-z'][\w'\-]*\s*(?:[,.();]|$)", nxt):
        return True
    one_word = "," in prev and re.fullmatch(r"[A-Z][a-z'][\w'\-]*", prev.rsplit(",", 1)[1].strip())
    # ... also with the part in brackets after it ("..., James\nEarl Jones (Ray), ...")
    return bool(one_word and re.match(r"\s*[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,2}(?:\s*\([^()\n]*\)?)?"
                                      r"(?:\s*(?:,|\.|$)|\s+and\b)", nxt))


_NEXT_ENTRY = re.compile(r"[ \t\n]+[A-Z][\w'\-]+(?:[ \t\n]+[A-Z][\w.'\-]+){1,3}[ \t\n]*\([^()]{1,40}\)[ \t]*,")


def _cut_value(value: str) -> str:
    """A value ends at a full stop that is not an initial ('J. J. Abrams'), or at 'based on'."""
    for m in _VALUE_END.finditer(value):
        # A full stop inside a role in brackets ("(Lt. Col. Adams)", "(Mrs. Lake)") ends nothing.
        if m[0] == "." and value.count("(", 0, m.start()) > value.count(")", 0, m.start()):
            continue
        # "A (Part). B (Part), C (Part)": a stray stop between two entries of a cast list ends nothing
        if m[0] == "." and value[m.start() - 1 : m.start()] == ")" and _NEXT_ENTRY.match(value, m.end()):
            continue
        return value[: m.start()]
    return value


def names_in_value(value: str, offset: int, roles: tuple[str, ...], label: str,
                   caps: bool = False) -> Iterator[HeaderCredit]:
    """The names of one label's value (one item a line when every line holds one), with their characters."""
    lines = value.split("\n")
    if len(lines) > 1 and all("," not in re.sub(r"\([^)]*\)", "", ln) and _ITEM_LINE.match(ln)
                              for ln in lines if ln.strip()):
        # "Starring:  A as Role\n           B as Role": one item a line, no commas between them.
        pos = offset
        for ln in lines:
            yield from _names_in_line(ln, pos, roles, label, caps)
            pos += len(ln) + 1
        return
    yield from _names_in_line(value, offset, roles, label, caps)


def _names_in_line(value: str, offset: int, roles: tuple[str, ...], label: str,
                   caps: bool = False) -> Iterator[HeaderCredit]:
    # Character names in parentheses ("Bruce Willis (Harry Stamper)") stay with their name.
    previous: HeaderCredit | None = None
    for part in re.finditer(rf"[^,;&(]+(?:{_BRACKETS})?|{_BRACKETS}", value):
        if part[0].lstrip().startswith("(") and previous and previous.character is None:
            # "Ben Affleck, (Buddy Amaral)": the character after a stray comma.
            inner = part[0].strip()[1:-1].strip()
            if inner:
                s = offset + part.start() + part[0].index(inner)
                previous = HeaderCredit(previous.name, previous.start, previous.end, previous.roles,
                                        previous.label, " ".join(inner.split()), s, s + len(inner))
            continue
        for s, chunk in _split_and(part[0], part.start()):
            credit = _credit_from_chunk(chunk, offset + s, roles, label, caps)
            if credit:
                if previous:
                    yield previous
                previous = credit
    if previous:
        yield previous


#: A role in brackets, with brackets of its own inside ("(Lt. (j.g.) Shore)").
_BRACKETS = r"\((?:[^()]|\([^()]*\))*\)"


#: Between a performer and the part in a cast item: "Name as Part", "Name..... Part", "Name - Part", "Name ---- Part",
#: "Name – Part" (any run of hyphens or a typographic dash; twentieth pass, extractors/README.md).
_ROLE_SEP = re.compile(r"\.{3,}|\s(?:-+|[\u2013\u2014]+)\s|\sas\s")
#: The part after such a separator, to the chunk's end.
_ROLE_AFTER = re.compile(r"\s*\.{3,}\s*(.+)$|\s+(?:as|\.\.\.+|-+|[\u2013\u2014]+)\s+(.+)$")


def _split_and(chunk: str, base: int) -> Iterator[tuple[int, str]]:
    last = 0
    # After a role separator ("Name - Role/Role", "Name..... Role and Role") the rest is the role's.
    role = _ROLE_SEP.search(chunk)
    for m in re.finditer(r"\s+(?:and|with|AND|WITH)\s+|/", chunk):
        if "(" in chunk[: m.start()] and ")" not in chunk[: m.start()] or role and m.start() > role.start():
            continue
        yield base + last, chunk[last : m.start()]
        last = m.end()
    yield base + last, chunk[last:]


def _clean_name(raw: str, caps: bool = False) -> str | None:
    name = raw.strip().strip(".").strip()
    low = " ".join(name.lower().split())
    if (not NAME_RE.fullmatch(name) or low in _NOT_NAMES or low in LABEL_ROLES or len(name) > 60
            or re.search(r"\d", name)):
        return None
    words = name.split()
    if not any(w[0].isupper() for w in words) or len(words) > 5 or name.isupper() and len(name) > 3 and not caps:
        return None
    if words[0].lower() == "best" and len(words) > 1:
        return None  # "Best Score, Best Editing": award categories
    if len(words) > 1 and words[-1].lower().rstrip(".") in _COMPANY_WORDS:
        return None  # "Creature Effects - Centropolis Effects", "Castle Rock Entertainment": a company
    return name


#: The last word of a company's name, never of a person's.
_COMPANY_WORDS = {"inc", "ltd", "corp", "corporation", "pictures", "productions", "entertainment", "studios",
                  "films", "effects", "company", "network", "imageworks", "associates", "group", "releasing",
                  "distribution", "fx", "llc", "gmbh", "animation", "workshop", "enterprises", "co", "images",
                  "illusions", "construction", "crew", "labs", "lab", "unlimited", "digital", "designs"}


def _filmography(inner: str) -> bool:
    """'(GROUNDHOG DAY, THE ABYSS, TV's "Get a Life")': the actor's other work, not a part."""
    letters = [c for c in inner if c.isalpha()]
    caps = len(letters) >= 6 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
    return caps and "," in inner or re.search(r"\bTV['\u2019]s\b", inner) is not None


#: The source a writer's bracket names ("Writer: X (novel)"); credits.py reads the same bracket in prose.
SOURCE_IN_BRACKETS = (r"(?:the\s+|original\s+|source\s+)*(?:novels?|books?|plays?|stage\s+play|memoirs?|novellas?|"
                      r"short\s+stor(?:y|ies)|comics?|comic\s+books?|graphic\s+novel|characters|articles?)")
_SOURCE_IN_BRACKETS = re.compile(SOURCE_IN_BRACKETS, re.IGNORECASE)


def _credit_from_chunk(chunk: str, start: int, roles: tuple[str, ...], label: str,
                       caps: bool = False) -> HeaderCredit | None:
    character = cs = ce = None
    core = chunk
    pm = re.search(r"\(((?:[^()]|\([^()]*\))*)\)", chunk)
    # "Name as Part (voice)", "Name - Part (the hero's father)": a bracket after the part is the part's aside, kept
    # with it (GUIDELINE: "Name, description"); the performer is the name before the separator
    sep = _ROLE_AFTER.search(chunk, 0, pm.start()) if pm and "actor" in roles else None
    if sep:
        g = 1 if sep[1] is not None else 2
        part = chunk[sep.start(g):].strip().rstrip(".")
        if part and part[0].isupper():
            cs = start + sep.start(g)
            character, ce, core, pm = " ".join(part.split()), cs + len(part), chunk[: sep.start()], None
    if pm:
        inner = pm[1].strip()
        # "Kirk Jones (III)": the database's numbering of namesakes, not a role; the crew play no parts
        # ("Digital Effects - Digiscope (Supervisor - A)").
        if inner and not re.fullmatch(r"I{1,3}|IV|VI{0,3}", inner) and (
                "actor" in roles or not re.match(r"[A-Za-z ]{2,30}\s[-:]\s", inner)) and not _filmography(inner):
            character = " ".join(inner.split())
            cs = start + pm.start(1) + pm[1].index(inner)
            ce = cs + len(inner)
        core = chunk[: pm.start()]
    elif "actor" in roles and character is None:
        am = _ROLE_AFTER.search(chunk)
        if am:
            g = 1 if am[1] is not None else 2
            character = am[g].strip().rstrip(".") or None
            cs = start + am.start(g)
            ce = cs + len(character or "")
            core = chunk[: am.start()]
    if character is not None and "screenwriter" in roles and _SOURCE_IN_BRACKETS.fullmatch(character):
        # "Written by: Susanna Kaysen (novel), James Mangold": the source's author, not a screenwriter (crew tenth
        # pass: 101 "Written by / Writer: X (novel)" hits, 27 critics; a "(story)" credit stays a screenwriter's)
        roles = tuple("source_author" if r == "screenwriter" else r for r in roles)
        character = cs = ce = None
    lead = len(core) - len(core.lstrip(" \t\r\n."))
    name = _clean_name(core, caps)
    if name is None:
        return None
    s = start + lead
    written = " ".join(name.split())
    if caps and re.search(r"[A-Z]{2}", written):
        written = caps_name(written)
    return HeaderCredit(written, s, s + len(name), roles, label, character, cs, ce)
