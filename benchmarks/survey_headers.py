"""Survey of the credit-block layouts critics use in the archive, and how many the header extractor parses.

    .venv/bin/python benchmarks/survey_headers.py [--tarball ../shared/corpus/rec-arts-movies-reviews-html.tar.gz]
        [--sample STYLE --n 20 --seed 1] [--header OTHER/header.py] [--run-in]

Reads every page of the archive (the reader's stripped text), finds each layout below in the top of the
review (and, for bottom blocks, its end), and prints a markdown table: pages and distinct critics per
layout, and "parsed today": pages where ``find_header_credits`` (+ ``find_cast_line``, as the pipeline
calls them) returns at least 80% of the names written in the hit's lines. ``--sample STYLE`` prints
random hits of one layout with the names the extractor returns for them, for judging precision by eye.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from filmkg.core.errors import FilmKGError
from filmkg.extractors import header as _header
from filmkg.extractors.header import LABEL_ROLES
from filmkg.readers.sources import iter_tarball, parse

ROOT = Path(__file__).resolve().parent.parent
TARBALL = ROOT.parent / "shared" / "corpus" / "rec-arts-movies-reviews-html.tar.gz"
#: The credit block sits in the first screenful after the page's title lines; bottom blocks in the last.
HEAD = 3000
TAIL = 1500

_LABELS = "|".join(sorted((re.escape(k).replace(r"\ ", r"[ \t]+") for k in LABEL_ROLES), key=len, reverse=True))
_EXTRA_LABELS = r"directed|written|voices?(?:[ \t]+cast)?|voice[ \t]+talents?|credits|cast[ \t]+list"
LABEL = rf"(?:{_LABELS}|{_EXTRA_LABELS})"
_LABEL_LINE = re.compile(rf"(?im)^[ \t]*(?P<label>{LABEL})[ \t]*(?P<sep>:|[ \t]-{{1,2}}|[ \t]{{2,}}|\t)[ \t]*(?=\S)")
_ANY_LABEL_START = re.compile(rf"(?i)^[ \t]*(?:{LABEL})[ \t]*(?::|-|[ \t]{{2,}}|\t|by\b)")
_NAME = re.compile(r"(?<![\w'])[A-Z][\w'\u2019\-]*\.?"
                   r"(?:[ \t]+(?:[A-Z][\w'\u2019\-]*\.?|de|van|von|der|la|le|di|da|del|du))+")
_STOP_WORDS = {w.lower() for k in LABEL_ROLES for w in k.split()} | {
    "directed", "written", "voices", "voice", "credits", "rated", "running", "time", "mpaa", "rating", "the",
    "a", "an", "of", "and", "by", "copyright", "review", "film", "movie", "reviewed", "released", "date"}


@dataclass
class Style:
    name: str
    what: str
    find: Callable[[str], Iterator[tuple[int, int]]]
    pages: set[str] = field(default_factory=set)
    critics: set[str] = field(default_factory=set)
    parsed: set[str] = field(default_factory=set)
    names: int = 0
    names_parsed: int = 0
    hits: list[tuple[str, int, int]] = field(default_factory=list)


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        nl = end if nl < 0 else nl
        yield pos, nl
        pos = nl + 1


def _block_after(text: str, line_end: int, limit: int, indented_only: bool = False) -> int:
    """End of the continuation lines after a labelled line: up to a blank line or the next label."""
    end = line_end
    for s, e in _lines(text, line_end + 1, limit):
        line = text[s:e]
        if not line.strip() or _ANY_LABEL_START.match(line) or (indented_only and not line.startswith((" ", "\t"))):
            break
        end = e
    return end


def labelled_colon(text: str) -> Iterator[tuple[int, int]]:
    for m in _LABEL_LINE.finditer(text, 0, HEAD):
        if m["sep"] == ":":
            yield m.end(), _block_after(text, _eol(text, m.end()), HEAD)


def column_no_colon(text: str) -> Iterator[tuple[int, int]]:
    """'Cast            Sigourney Weaver, ...': a label column padded with spaces, no colon."""
    for m in _LABEL_LINE.finditer(text, 0, HEAD):
        if m["sep"].strip() == "" and not m["label"].lower().endswith("by") and not re.match(r"[a-z]", text[m.end()]):
            yield m.end(), _block_after(text, _eol(text, m.end()), HEAD, indented_only=True)


def dash_separator(text: str) -> Iterator[tuple[int, int]]:
    """'Cast - Julia Roberts, ...' / 'Director - William Brindley, Screenplay - ...'."""
    for m in re.finditer(rf"(?im)(?:^|[,.;][ \t]+)[ \t]*(?:{LABEL})[ \t]+-{{1,2}}[ \t]+(?=[A-Z])", text[:HEAD]):
        yield m.end(), _eol(text, m.end())


def wrapped_indented(text: str) -> Iterator[tuple[int, int]]:
    """A labelled line whose value goes on in indented lines under it."""
    for m in _LABEL_LINE.finditer(text, 0, HEAD):
        eol = _eol(text, m.end())
        nxt = text[eol + 1 : _eol(text, eol + 1)]
        if re.match(r"[ \t]{2,}[A-Z(]", nxt) and not _ANY_LABEL_START.match(nxt):
            end = _block_after(text, eol, HEAD, indented_only=True)
            if end > eol:
                yield eol + 1, end


def wrapped_flush(text: str) -> Iterator[tuple[int, int]]:
    """A labelled line whose value goes on at the left margin ('..., David Hyde\\nPierce, Denis Leary')."""
    for m in _LABEL_LINE.finditer(text, 0, HEAD):
        if m["sep"] != ":":
            continue
        eol = _eol(text, m.end())
        if text[m.end() : eol].rstrip().endswith("."):
            continue
        ne = _eol(text, eol + 1)
        nxt = text[eol + 1 : ne]
        prose = re.search(r"[a-z]{3,}[ \t]+[a-z]{3,}[ \t]+[a-z]", nxt)
        if re.match(r"[A-Z]", nxt) and not _ANY_LABEL_START.match(nxt) and ":" not in nxt and (
                "," in nxt or "," in text[m.end() : eol]) and not prose:
            yield eol + 1, ne


_ITEM = re.compile(r"[ \t]*[A-Z][\w.'\-]+(?:[ \t]+[A-Z][\w.'\-]+)+[ \t]*(?:$|\(|\[|\.{2,}|[ \t]as[ \t]|,?[ \t]*-)")


def one_per_line(text: str) -> Iterator[tuple[int, int]]:
    """A label alone on its line, then one name per line ('Cast:\\n  Jeff Goldblum (Ian)\\n  ...')."""
    for m in re.finditer(rf"(?im)^[ \t]*(?:{LABEL}|cast[ .]*)[ \t]*:?[ \t]*\.*\n", text[:HEAD]):
        end = m.end()
        count = 0
        for s, e in _lines(text, m.end(), min(len(text), m.end() + 2000)):
            line = text[s:e]
            if not _ITEM.match(line):
                break
            count += 1
            end = e
        if count >= 2:
            yield m.end(), end


def dotted_cast(text: str) -> Iterator[tuple[int, int]]:
    """'Forest Whitaker..... Ghost Dog' lines."""
    ms = list(re.finditer(r"(?m)^[ \t]*(?:Voice of[ \t]+)?[A-Z][\w.'\-]+(?:[ \t]+[\w.'\-]+){0,3}"
                          r"[ \t]?\.{3,}[ \t]?\S[^\n]*", text[:HEAD]))
    if len(ms) >= 2:
        yield ms[0].start(), ms[-1].end()


def as_character_lines(text: str) -> Iterator[tuple[int, int]]:
    """' Jimmy Marsden as Steve Clark' one per line."""
    ms = list(re.finditer(r"(?m)^[ \t]*[A-Z][\w.'\-]+(?:[ \t]+[A-Z][\w.'\-]+){1,3}"
                          r"[ \t]+as[ \t]+(?:the[ \t]+)?[A-Z][^\n]{0,40}$", text[:HEAD]))
    if len(ms) >= 2:
        yield ms[0].start(), ms[-1].end()


def runin_paren(text: str) -> Iterator[tuple[int, int]]:
    """'TITLE (director: X; screenwriter: Y/novel by Z; cast: A (Role), B ...)'."""
    for m in re.finditer(r"\((?=(?:director|directors|dir|screenwriters?|writers?)[ \t]*:)", text[:HEAD], re.I):
        # The header closes at its ')' or, when a ')' is missing, at the blank line before the review.
        depth, pos, stop = 0, m.start(), text.find("\n\n", m.start())
        stop = min(len(text) if stop < 0 else stop, m.start() + 3000)
        while pos < stop:
            depth += {"(": 1, ")": -1}.get(text[pos], 0)
            if depth == 0:
                break
            pos += 1
        yield m.end(), pos


def voice_label(text: str) -> Iterator[tuple[int, int]]:
    """'Voices: A, B' / 'With the voices of A, B' / 'Featuring the voice talents of A' / 'Voice cast:'."""
    for m in re.finditer(r"(?im)(?:^[ \t]*|\.[ \t]+)(?:voices?(?:[ \t]+cast)?[ \t]*:"
                         r"|(?:(?:with|featuring|starring)[ \t]+)?(?:the[ \t]+)?voices?(?:[ \t]+talents?)?"
                         r"[ \t]+of[ \t:]+(?=[A-Z]))", text[:HEAD]):
        yield m.end(), _block_after(text, _eol(text, m.end()), HEAD)


def film_by(text: str) -> Iterator[tuple[int, int]]:
    """'A film by Alfonso Arau' as a header line."""
    for m in re.finditer(r"(?im)^[ \t]*(?:an?[ \t]+)?film[ \t]+by[ \t]+(?=[A-Z])", text[:HEAD]):
        yield m.end(), _eol(text, m.end())


def starring_prose(text: str) -> Iterator[tuple[int, int]]:
    """'Starring A, B and C. Directed by D.': run-in lists without a colon, often over several lines."""
    name = r"[A-Z][\w.'\-]+(?:[ \t]+[A-Z][\w.'\-]+)+"
    for m in re.finditer(rf"(?im)^[ \t]*(?:starring|with|featuring|stars)[ \t]+"
                         rf"(?=(?-i:{name})(?:,|[ \t]+and[ \t]+)[ \t\n]*(?-i:[A-Z]))", text[:HEAD]):
        stop = re.compile(r"\.(?=[ \t]+[A-Z][a-z]|[ \t]*\n)|\n[ \t]*\n")
        end = stop.search(text, m.end(), HEAD)
        yield m.end(), end.start() if end else _eol(text, m.end())


def by_line(text: str) -> Iterator[tuple[int, int]]:
    """'Directed by X' / 'Written by Y' / 'Screenplay by Z' header lines."""
    for m in re.finditer(r"(?im)^[ \t]*(?:(?:written|directed|produced|edited|photographed|screenplay|script|music|"
                         r"story)(?:[ \t]*(?:and|&|/)[ \t]*(?:written|directed|produced))?[ \t]+by)[ \t:]*(?=[A-Z])",
                         text[:HEAD]):
        yield m.end(), _eol(text, m.end())


def character_actor_film(text: str) -> Iterator[tuple[int, int]]:
    """'Linc (Omar Epps, Higher Learning)': a character, then the actor and an earlier film of theirs."""
    for m in re.finditer(r"\b[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)*[ \t\n]+"
                         r"\((?P<actor>[A-Z][\w.'\-]+(?:[ \t\n]+[A-Z][\w.'\-]+)+),[ \t\n]+"
                         r"[\"_A-Z][^)\n]{1,40}\)", text):
        yield m.start("actor"), m.end("actor")


def bottom_block(text: str) -> Iterator[tuple[int, int]]:
    """Labelled credit lines at the end of a long review, none at its top."""
    if len(text) < HEAD + TAIL or any(_LABEL_LINE.finditer(text, 0, HEAD)):
        return
    for m in _LABEL_LINE.finditer(text, len(text) - TAIL):
        if m["sep"] == ":" and LABEL_ROLES.get(" ".join(m["label"].lower().split())):
            yield m.end(), _eol(text, m.end())


def _family(pattern: str) -> Callable[[str], Iterator[tuple[int, int]]]:
    rx = re.compile(rf"(?im)^[ \t]*(?:{pattern})[ \t]*(?::|[ \t]-{{1,2}}|[ \t]{{2,}}|\t)[ \t]*(?=[A-Z])")

    def find(text: str) -> Iterator[tuple[int, int]]:
        for m in rx.finditer(text, 0, HEAD):
            yield m.end(), _eol(text, m.end())
    return find


def _eol(text: str, pos: int) -> int:
    e = text.find("\n", pos)
    return len(text) if e < 0 else e


STYLES = [
    Style("labelled line 'Label: X'", "line-start label and colon", labelled_colon),
    Style("wrapped, indented continuation", "value goes on in indented lines", wrapped_indented),
    Style("wrapped, flush continuation", "value goes on at the left margin", wrapped_flush),
    Style("column header, no colon", "'Cast            A, B'", column_no_colon),
    Style("dash separator 'Cast - X'", "label, dash, value", dash_separator),
    Style("one name per line under a label", "'Cast:' then a name a line", one_per_line),
    Style("dotted 'Name..... Role' lines", "", dotted_cast),
    Style("'Name as Role' lines", "", as_character_lines),
    Style("run-in parenthesised '(director: X; cast: ...)'", "", runin_paren),
    Style("voice-cast label", "'Voices:', 'with the voices of'", voice_label),
    Style("'A film by X' line", "", film_by),
    Style("'Starring A, B and C' run-in (no colon)", "", starring_prose),
    Style("'Directed by X' / 'Written by Y' lines", "", by_line),
    Style("'Character (Actor, Film)' in prose", "", character_actor_film),
    Style("bottom-of-review block only", "", bottom_block),
    Style("label: Starring", "", _family(r"starring")),
    Style("label: Cast", "", _family(r"(?:the[ \t]+)?cast(?:[ \t]+includes)?")),
    Style("label: Director / Directed by", "", _family(r"directors?|directed[ \t]+by|dir\.?")),
    Style("label: Written by / Writer", "", _family(r"written[ \t]+by|writers?")),
    Style("label: Screenplay (by)", "", _family(r"screenplay(?:[ \t]+by)?|screenwriters?")),
    Style("label: Music", "", _family(r"music(?:[ \t]+by)?|original[ \t]+music|score|composer")),
    Style("label: Photography / Cinematography", "", _family(
        r"(?:director[ \t]+of[ \t]+)?photography|cinematography(?:[ \t]+by)?|cinematographer|photographed[ \t]+by")),
    Style("label: Edited by / Editor", "", _family(r"edited[ \t]+by|editors?|editing|film[ \t]+editor")),
    Style("label: Producer / Produced by", "", _family(r"producers?|produced[ \t]+by|executive[ \t]+producers?")),
]


def names_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Two-word-or-longer capitalised names in a hit's lines, outside parentheses (roles sit there)."""
    region = text[start:end]
    masked = re.sub(r"\([^)]*\)|\[[^\]]*\]|\.{3,}[^\n]*|[ \t]as[ \t][^\n,]*", lambda m: " " * len(m[0]), region)
    out = []
    for m in _NAME.finditer(masked):
        words = m[0].lower().replace(".", "").split()
        if words[0] in _STOP_WORDS or sum(w in _STOP_WORDS for w in words) * 2 >= len(words):
            continue
        out.append((start + m.start(), start + m.end()))
    return out


#: With --run-in, the names the run_in_header component puts in place of the header's inside a
#: "(director: X; ...)" / "(director/writer: X; ...)" parenthesis, as the pipeline does.
_RUN_IN = False


def header_credits(text: str) -> list:
    """What the header extractor returns on this page, as the pipeline calls it."""
    credits = _header.page_credits(text)
    if _RUN_IN:
        # As extractors/run_in_header.py: its names replace the header's inside a run-in parenthesis.
        from filmkg.extractors.run_in_header import outside, run_in_credits

        found, inside = run_in_credits(text)
        if inside:
            credits = outside(credits, inside) + found
    return credits


def header_spans(text: str) -> list[tuple[int, int]]:
    return [(c.start, c.end) for c in header_credits(text)]


def use_header(path: Path) -> None:
    """Measure another version of extractors/header.py (e.g. `git show main:extractors/header.py`)."""
    global _header
    import importlib.util

    spec = importlib.util.spec_from_file_location("header_under_test", path)
    _header = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = _header
    spec.loader.exec_module(_header)


def survey(tarball: Path) -> tuple[int, list[Style], dict[str, tuple[str, str]]]:
    pages = 0
    texts: dict[str, tuple[str, str]] = {}
    for raw in iter_tarball(tarball):
        try:
            review = parse(raw)
        except FilmKGError:
            continue
        pages += 1
        text, critic = review.text, review.critic or "?"
        texts[review.identifier] = (text, critic)
        spans = None
        for style in STYLES:
            hits = list(style.find(text))
            if not hits:
                continue
            style.pages.add(review.identifier)
            style.critics.add(critic)
            style.hits += [(review.identifier, s, e) for s, e in hits]
            if spans is None:
                spans = header_spans(text)
            names = [n for s, e in hits for n in names_in(text, s, e)]
            got = [n for n in names if any(cs < n[1] and n[0] < ce for cs, ce in spans)]
            style.names += len(names)
            style.names_parsed += len(got)
            if names and len(got) >= 0.8 * len(names):
                style.parsed.add(review.identifier)
    return pages, STYLES, texts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tarball", type=Path, default=TARBALL)
    ap.add_argument("--sample", metavar="STYLE", help="print random hits of the style whose name starts so")
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--header", type=Path, help="measure this header.py instead of the installed one")
    ap.add_argument("--run-in", action="store_true", help="add the run_in_header component, as the pipeline does")
    a = ap.parse_args()
    if a.header:
        use_header(a.header)
    if a.run_in:
        global _RUN_IN
        _RUN_IN = True
    t0 = time.perf_counter()
    pages, styles, texts = survey(a.tarball)
    print(f"{pages} pages surveyed in {time.perf_counter() - t0:.1f} s\n")
    print("| style | pages | critics | parsed today (pages, >=80% of names) | names parsed today |")
    print("|---|---:|---:|---:|---:|")
    for s in styles:
        share = f"{s.names_parsed}/{s.names} ({s.names_parsed / s.names:.0%})" if s.names else "-"
        print(f"| {s.name} | {len(s.pages)} | {len(s.critics)} | {len(s.parsed)} | {share} |")
    if a.sample:
        style = next((s for s in styles if s.name.lower().startswith(a.sample.lower())), None)
        if style is None:
            print(f"no style named {a.sample!r}", file=sys.stderr)
            return 2
        rng = random.Random(a.seed)
        by_page: dict[str, list[tuple[int, int]]] = {}
        for doc, s, e in style.hits:
            by_page.setdefault(doc, []).append((s, e))
        for doc in rng.sample(sorted(by_page), min(a.n, len(by_page))):
            text, critic = texts[doc]
            s, e = by_page[doc][0]
            credits = header_credits(text)
            inside = [f"{c.name} {'/'.join(c.roles)}" + (f" ({c.character})" if c.character else "")
                      for c in credits if s - 200 <= c.start < e + 10]
            print(f"\n--- {doc} {critic}\n{text[max(0, s - 120):e + 40]}\n>>> {inside}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
