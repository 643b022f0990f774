"""The parts each film's other reviews name: a person the pipeline finds in a review of that film may be one.

A plot summary names characters in prose ("Mark Vale is a young lawyer sent to ..."); when the review gives no
"Part (Actor)" layout the pipeline cannot tell the part from a person. Other critics reviewing the same film often
do: their credits headers ("Actor ..... Part", "Actor (Part)") and prose ("Part (Actor)", "Actor as / plays Part",
for an actor of their header) name its parts. This counts, over every archive review (dev, the gold sets and the
blind sets left out: gold_sets.never_read; ``--leave-out`` more), per film (``reviewed.film_key`` of the page
title, and its year), the part names (as ``archive_lexicon.count_names`` reads them, and more: below).

Prose adds "Name (Name)" pairs where one side is a name some header of the archive credits as a person and the
other is not ("Tom Vale (Bruce Wayne/Batman)", "Ben Dunmore (Tom Vale)"); a header's "Bruce Wayne/Batman" gives
both names. Kept: parts of two words or more, made of capitalised name words, never a name a credits header
anywhere in the archive gives as a person (the real "Tom Vale" a header credits is no part, though a critic once
wrote him as one); not the parts of a film 30 per cent of whose reviews call it a true story, a biopic, history or
a documentary (its parts are real people as often as not). ``extractors/models/film_parts.json.gz`` holds
``{film key: {year: [part, ...]}}``, read by ``extractors/resolve.py`` (``FILM_PARTS_DROP``). One pass over the
archive's headers, about five minutes:

    .venv/bin/python training/film_parts.py [--records FILE.jsonl] [--from-records FILE.jsonl] [--leave-out IDS]

``--records`` keeps each review's film, critic, parts and header persons; ``--from-records`` builds from such a
file without reading the archive again; ``--leave-out`` names a file of review ids not to count (a precision
audit's or a silver slice's pages, so that they stay held out).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from archive_headers import TARBALL, walk  # training/ is the script's folder
from archive_lexicon import count_names
from gold_sets import never_read

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "extractors" / "models" / "film_parts.json.gz"
#: A review that calls its film a true story, a biopic or history: such a film's parts are real people
#: ("Bob Woodward", "William Randolph Hearst", "Antonio Salieri") as often as inventions.
_TRUE = re.compile(r"\b(?:true\s+stor(?:y|ies)|real[\s-]life|biopic|bio-pic|biograph(?:y|ical)|based\s+on\s+(?:the\s+)?"
                   r"(?:life|lives|real|actual)|historical(?:ly)?|true-life|actual\s+events|real\s+events|real\s+people|"
                   r"documentary)\b", re.IGNORECASE)
#: Share of a film's reviews calling it so from which its parts are left out.
TRUE_SHARE = 0.3
#: A part's words: capitalised name words (an initial too), no lower-case word ("Sister Mary of the Cross").
_PART = re.compile(r"[A-Z][a-z][\w'\-]*(?: (?:[A-Z][a-z][\w'\-]*|[A-Z]\.))+")


#: A film's title in a pair's bracket ("Tom Vale (The Long Day)") is no part.
_ARTICLES = frozenset({"The", "A", "An"})
_PARTICLES = frozenset({"de", "van", "von", "der", "la", "le", "di", "da", "del", "du", "st."})
#: "Name (Name)" in prose, either side up to four name words, the bracket's end with a second name after "/":
#: one side a person some header credits, the other a part ("Michael Vale (Bruce Wayne/Batman)", "Ben (Tom Vale)").
_NAME_WORDS = r"[A-Z][\w'\-.]*(?:[ \t]+(?:[A-Z][\w'\-.]*|de|van|von|der|la|le|di|da|del|du)){0,3}"
_BRACKET_PAIR = re.compile(rf"(?<![\w'.\-])({_NAME_WORDS})[ \t]*\((?:played[ \t]+by[ \t]+)?({_NAME_WORDS}"
                           rf"(?:[ \t]*/[ \t]*{_NAME_WORDS})?)\)")
#: A header's part of two names ("Bruce Wayne/Batman", "Jack, the bartender"): each piece.
_PART_SPLIT = re.compile(r"[ \t]*(?:/|,|&|\baka\b|\ba\.k\.a\.)[ \t]*")


def _pieces(part: str) -> list[str]:
    return [p for p in (" ".join(x.split()) for x in _PART_SPLIT.split(part)) if p]


def records(tarball: Path, skip: set[str]) -> Iterator[dict]:
    """Each review's film key, year, critic, the parts it names, the persons its headers credit, its prose's
    "Name (Name)" pairs (read at :func:`build`, against every header's persons) and whether it calls its film a
    true story."""
    from filmkg.extractors.reviewed import film_key, page_title

    for h in walk(tarball, skip):
        page, page_year = page_title(h.review.title)
        parts: dict = defaultdict(set)
        persons: dict = defaultdict(set)
        count_names(h.credits, h.review.text, h.critic, parts, persons, defaultdict(set))
        found = {p for part in parts for p in _pieces(part)}
        found |= {p for c in h.credits if c.character for p in _pieces(c.character)}
        pairs = sorted({(" ".join(m[1].split()), " ".join(m[2].split()))
                        for m in _BRACKET_PAIR.finditer(h.review.text)})
        yield {"id": h.identifier, "critic": h.critic, "film": film_key(page) if page else None,
               "year": h.review.year or page_year, "parts": sorted(found), "persons": sorted(persons),
               "pairs": pairs, "true": bool(_TRUE.search(h.review.text))}


def build(rows: Iterable[dict], skip: set[str]) -> dict[str, dict[str, list[str]]]:
    rows = [r for r in rows if r["id"] not in skip]
    persons = {p for r in rows for p in r["persons"]}
    # a person's surname with its particle is no part ("De Niro" of a pair's run "Robert De Niro (...)")
    surnames = {" ".join(w[i:]) for p in persons if len(w := p.split()) > 2
             for i in range(1, len(w) - 1) if w[i].lower() in _PARTICLES}
    told: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # film key -> [reviews, reviews calling it true]
    for r in rows:
        if r["film"]:
            told[r["film"]][0] += 1
            told[r["film"]][1] += r["true"]
    table: dict = defaultdict(lambda: defaultdict(set))
    for r in rows:
        if not r["film"] or told[r["film"]][1] >= TRUE_SHARE * told[r["film"]][0]:
            continue
        parts = set(r["parts"])
        for outside, inside in r.get("pairs", ()):
            # the outside run may open with words of the sentence ("Then Tom Vale (Ben)"): its last words count
            words = outside.split()
            tails = [" ".join(words[-k:]) for k in range(1, len(words) + 1)]
            if any(t in persons for t in tails) and inside not in persons:
                parts.update(_pieces(inside))
            elif inside in persons and not any(t in persons for t in tails):
                parts.update(tails[1:3])  # the last two and three words: "Then Ben Vale (Tom Vale)" gives "Ben Vale"
        for part in parts:
            if _PART.fullmatch(part) and part not in persons and part not in surnames \
                    and part.split()[0] not in _ARTICLES:
                table[r["film"]][str(r["year"])].add(part)
    return {f: {y: sorted(p) for y, p in sorted(ys.items())} for f, ys in sorted(table.items())}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=Path, help="keep each review's film, parts and persons here (JSONL)")
    ap.add_argument("--from-records", type=Path, help="build from a --records file instead of the archive")
    ap.add_argument("--leave-out", type=Path, action="append", default=[], help="a file of review ids not to count")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    skip = never_read()
    for path in args.leave_out:
        skip |= set(path.read_text().split())
    if args.from_records:
        rows = [json.loads(line) for line in args.from_records.open()]
    else:
        rows = list(records(TARBALL, never_read()))
        if args.records:
            with args.records.open("w") as fh:
                fh.writelines(json.dumps(r) + "\n" for r in rows)
    table = build(rows, skip)
    args.out.write_bytes(gzip.compress(json.dumps(table, ensure_ascii=False, separators=(",", ":"),
                                                  sort_keys=True).encode(), mtime=0))
    print(f"{len(table)} films, {sum(len(p) for ys in table.values() for p in ys.values())} parts -> {args.out}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
