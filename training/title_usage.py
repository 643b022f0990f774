"""How often the archive's marking critics leave a known title unmarked: a title's prior of being a phrase.

A critic who marks titles (capitals, quotes, underscores) and writes a KB title in plain Title Case in the
same review mostly means the phrase, not the film: "Wall Street", "New Age", "Poison Ivy", "George
Washington". Over every archive review (dev, the gold sets and the blind sets left out) in which the
pipeline finds two marked films or more, this counts per title key, in distinct critics:

- ``marked``: critics who mark the title in such a review;
- ``unmarked``: critics in whose such review only rules without a mark or a cue found it
  (``titles.gazetteer``, ``titles.ner``, ``titles.known_word``, lists and filmographies).

Titles left unmarked by one critic or more go to ``extractors/models/title_usage.json.gz`` as
``{key: [marked, unmarked]}``, read by ``extractors/titles.py`` (``TITLE_USAGE_RATIO``). The rule is off while
this script runs, so the counts do not feed on themselves. A run takes about 30 minutes on 2 cores.

    .venv/bin/python training/title_usage.py [--dump FILE.jsonl] [--from-dump FILE.jsonl] [--leave-out IDS]

``--dump`` keeps each review's films and rules; ``--from-dump`` recounts from such a file without running
the pipeline; ``--leave-out`` names a file of review ids (white space between) not to count, e.g. the
reviews of a precision audit, so that the audit stays a held-out measure.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from gold_sets import never_read  # training/ is the scripts' folder
from unmarked_films import extractor, films_of

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
OUT = ROOT / "extractors" / "models" / "title_usage.json.gz"
#: Rules that find a title with no mark and no cue of their own (their titles are what the prior judges) and the
#: cued ones (a list, a filmography): neither is a mark.
UNMARKED_RULES = frozenset({"titles.gazetteer", "titles.ner", "titles.known_word", "titles.cued_list",
                            "titles.filmography"})
#: A review counts when the pipeline finds this many marked films in it (the reviewed one aside).
MARKING_MIN = 2
#: A cheap look for marked KB titles, to skip the reviews that cannot count before the pipeline runs.
_CAPS = re.compile(r"(?<![\w'])[A-Z][A-Z0-9'\-.&:]*(?:[ \t]+[A-Z0-9][A-Z0-9'\-.&:]*)*(?![\w'])")
_QUOTED = re.compile(r"[\"\u201c_*]([A-Z][^\"\u201d_*\n]{1,60}?)[\"\u201d_*]")


def may_mark(text: str, films: Any) -> bool:
    from filmkg.core.normalize import title_case

    found = {title_case(" ".join(m[0].split()).strip(".,:;!?")) for m in _CAPS.finditer(text)}
    found |= {" ".join(m[1].split()).strip(".,:;!?") for m in _QUOTED.finditer(text)}
    return sum(1 for s in found if len(s) > 3 and s in films) > MARKING_MIN


def archive_reviews(skip: set[str]) -> Iterator[Any]:
    """Every archive review the reader takes, but those of ``skip``."""
    from filmkg.readers.sources import iter_tarball, parse

    for raw in iter_tarball(next((SHARED / "corpus").glob("*.tar*"))):
        if raw.identifier in skip or raw.error is not None:
            continue
        try:
            review = parse(raw)
        except Exception:  # noqa: BLE001 - a page the reader refuses is no review to count
            continue
        yield review


def reviews(skip: set[str], films: Any) -> Iterator[Any]:
    return (review for review in archive_reviews(skip) if may_mark(review.text, films))


def run(skip: set[str], dump: Path | None) -> list[dict]:
    import filmkg.extractors.titles as titles
    from filmkg.core.normalize import name_key
    from filmkg.linking.imdb_kb import load_kb
    from filmkg.linking.lexicon import Lexicon

    titles.TITLE_USAGE_RATIO = None
    ex = extractor()
    films = Lexicon.from_kb(load_kb(None)).films
    rows = []
    out = dump.open("w") if dump else None
    for i, e in enumerate(ex.extract_many(reviews(skip, films), n_process=2, batch_size=32)):
        if isinstance(e, tuple):
            continue
        reviewed = name_key(e.entities[e.reviewed_film].name, film=True) if e.reviewed_film in e.entities else None
        names, marked = films_of(e, reviewed)
        row = {"id": e.review.identifier, "films": names, "marked": sorted(marked)}
        rows.append(row)
        if out:
            out.write(json.dumps(row) + "\n")
        if i % 1000 == 0:
            print(f"{i} reviews", file=sys.stderr, flush=True)
    return rows


def counted(rows: list[dict], skip: set[str]) -> list[dict]:
    """The rows that count: marking reviews not left out."""
    return [r for r in rows if r["id"] not in skip and len(r["marked"]) >= MARKING_MIN]


def count(rows: list[dict]) -> dict[str, list[int]]:
    with open(SHARED / "corpus" / "index.csv", newline="") as fh:
        critic = {r["id"]: r["critic"] for r in csv.DictReader(fh)}
    marked: dict[str, set[str]] = defaultdict(set)
    unmarked: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        who = critic.get(r["id"], r["id"])
        for key, rules in r["films"].items():
            if key in r["marked"]:
                marked[key].add(who)
            elif set(rules) <= UNMARKED_RULES:
                unmarked[key].add(who)
    return {k: [len(marked.get(k, ())), len(v)] for k, v in sorted(unmarked.items())}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dump", type=Path, help="keep each review's films and rules here (JSONL)")
    ap.add_argument("--from-dump", type=Path, help="count from a --dump file instead of running the pipeline")
    ap.add_argument("--leave-out", type=Path, help="a file of review ids not to count")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    skip = never_read()
    if args.leave_out:
        skip |= set(args.leave_out.read_text().split())
    if args.from_dump:
        rows = [json.loads(line) for line in args.from_dump.open()]
    else:
        rows = run(skip, args.dump)
    rows = counted(rows, skip)
    usage = count(rows)
    args.out.write_bytes(gzip.compress(json.dumps({"titles": usage}, sort_keys=True, separators=(",", ":"))
                                       .encode(), mtime=0))
    print(f"{len(rows)} marking reviews; {len(usage)} titles left "
          f"unmarked by a marking critic -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
