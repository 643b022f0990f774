"""Dump the films and people the pipeline predicts in random archive reviews, one per critic, for a judged audit.

    .venv/bin/python training/precision_audit/dump.py [--n 150] [--seed 777] [--out pred.jsonl]

Dev, every gold set and the blind sets are never drawn (training/gold_sets.py). Each line: review id, kind,
the entity's name and rules, its mention count, whether it is the reviewed film, and its first mention in
context, marked [[like this]]. The judged lines of the twelfth pass's audit are films.jsonl and people.jsonl
beside this script (see README.md here); `score.py` scores the code of the day against them.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # training/, for gold_sets

from gold_sets import SHARED, never_read  # noqa: E402


def draw(n: int, seed: int, leave_out: Iterable[Path] = ()) -> list[str]:
    """``n`` review ids, one per critic, none of a gold set or of an earlier audit's ``ids.txt``."""
    skip = never_read()
    for path in leave_out:
        skip |= set(path.read_text().split())
    with open(SHARED / "corpus" / "index.csv", newline="") as fh:
        rows = list(csv.DictReader(fh))
    random.Random(seed).shuffle(rows)
    critics: set[str] = set()
    chosen: list[str] = []
    for r in rows:
        if r["id"] in skip or r["critic"] in critics:
            continue
        critics.add(r["critic"])
        chosen.append(r["id"])
        if len(chosen) >= n:
            break
    return chosen


def predictions(ids: Iterable[str]) -> list[dict[str, Any]]:
    """The films and people the pipeline of the day finds in the reviews ``ids``, as dump lines."""
    from filmkg.extractors.pipeline import ReviewExtractor, load_nlp
    from filmkg.linking.imdb_kb import load_kb
    from filmkg.linking.lexicon import Lexicon
    from filmkg.readers.sources import iter_tarball, parse

    ex = ReviewExtractor(nlp=load_nlp("filmkg", Lexicon.from_kb(load_kb(None))))
    wanted = set(ids)
    reviews = [parse(r) for r in iter_tarball(next((SHARED / "corpus").glob("*.tar*")))
               if r.identifier in wanted and r.error is None]
    lines: list[dict[str, Any]] = []
    for review, e in zip(reviews, ex.extract_many(reviews), strict=True):
        if isinstance(e, tuple):
            continue
        for key, ent in e.entities.items():
            mentions = sorted(ent.mentions, key=lambda m: m.start)
            if ent.kind not in ("film", "person") or not mentions:
                continue
            m, t = mentions[0], review.text
            context = f"{t[max(0, m.start - 150) : m.start]}[[{t[m.start : m.end]}]]{t[m.end : m.end + 100]}"
            lines.append({"doc": review.identifier, "kind": ent.kind, "name": ent.name,
                          "rules": sorted({x.rule for x in mentions}), "n": len(mentions),
                          "reviewed": key == e.reviewed_film, "context": " ".join(context.split())})
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--seed", type=int, default=777)
    ap.add_argument("--out", type=Path, default=Path("pred.jsonl"))
    ap.add_argument("--leave-out", type=Path, action="append", default=[],
                    help="a file of review ids an earlier audit judged (never drawn again)")
    args = ap.parse_args(argv)
    with args.out.open("w") as out:
        for line in predictions(draw(args.n, args.seed, args.leave_out)):
            out.write(json.dumps(line) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
