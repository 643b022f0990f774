"""Score the code of the day against the hand-judged audits: precision of films and people on their reviews.

    .venv/bin/python training/precision_audit/score.py [--audit first --audit second ...] [--show] [--rules]
        [--half even|odd]

Each audit folder holds ``ids.txt`` (its reviews) and ``films.jsonl`` / ``people.jsonl`` (the lines its judges
read, with ``ok``, ``cls`` and ``fix``): ``first`` is this folder, the others are its subfolders. The pipeline
runs on the audit's reviews (about 40 s for 150); an entity is matched to a judged line by review, kind and
name (case aside). Precision counts the judged entities still predicted. Every film an audit's code named was
judged, so a film predicted now and never judged is new: ``--show`` lists them (judge them by hand before
trusting the figure), with the judged ones lost since. Only a sample of the people was judged, so new people
are counted, not listed. ``--rules`` splits precision by the rule that found each entity. An audit's reviews that a
gold set holds now (later blind draws did not leave the audits out) are left out; ``--keep-gold`` keeps them, as
the figures before the twentieth pass did.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from dump import predictions  # noqa: E402 - a script beside this one

sys.path.insert(0, str(HERE.parent))
from gold_sets import never_read  # noqa: E402 - training/, beside this folder

KINDS = {"film": "films.jsonl", "person": "people.jsonl"}
Key = tuple[str, str, str]


def folder(audit: str) -> Path:
    return HERE if audit == "first" else HERE / audit


def _key(line: dict[str, Any]) -> Key:
    return line["doc"], line["kind"], line["name"].lower()


def judged(audit: str) -> dict[Key, dict[str, Any]]:
    lines: dict[Key, dict[str, Any]] = {}
    for name in KINDS.values():
        path = folder(audit) / name
        if path.exists():
            lines |= {_key(r): r for r in map(json.loads, path.read_text().splitlines())}
    return lines


def score(audit: str, now: list[dict[str, Any]], show: bool = False, rules: bool = False,
          docs: set[str] | None = None) -> None:
    judge = judged(audit)
    if docs is not None:  # the judged lines of these reviews only
        judge = {k: r for k, r in judge.items() if k[0] in docs}
    now = [r for r in now if not r["reviewed"]]
    keys = {_key(r) for r in now}
    for kind in KINDS:
        was = [r for k, r in judge.items() if k[1] == kind]
        if not was:
            continue
        hit = [judge[_key(r)] for r in now if r["kind"] == kind and _key(r) in judge]
        new = [r for r in now if r["kind"] == kind and _key(r) not in judge]
        lost = [r for r in was if _key(r) not in keys]
        ok = sum(r["ok"] for r in hit)
        print(f"{audit:>7} {kind:<6}  judged then {sum(r['ok'] for r in was)}/{len(was)} "
              f"({sum(r['ok'] for r in was) / len(was):.3f})  now {ok}/{len(hit)} ({ok / max(1, len(hit)):.3f})  "
              f"lost {len(lost)} (right {sum(r['ok'] for r in lost)})  new, never judged {len(new)}")
        if rules:
            by: Counter[tuple[str, bool]] = Counter()
            for line in now:
                if line["kind"] == kind and _key(line) in judge:
                    for rule in line["rules"]:
                        by[rule, judge[_key(line)]["ok"]] += 1
            for rule in sorted({r for r, _ in by}, key=lambda r: -(by[r, True] + by[r, False])):
                n = by[rule, True] + by[rule, False]
                print(f"{'':>16}{rule:<28} {by[rule, True]:>4}/{n:<4} ({by[rule, True] / n:.2f})")
        if show:
            for r in sorted(lost, key=_key):
                print(f"{'':>16}lost  {'right' if r['ok'] else r['cls'] or 'wrong':<10} {r['doc']:>6}  {r['name']}")
            if kind == "film":
                for r in sorted(new, key=_key):
                    print(f"{'':>16}new   {','.join(r['rules']):<20} {r['doc']:>6}  {r['name']}  | {r['context']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--audit", action="append", default=[], help="first, second, ... (default: all judged ones)")
    ap.add_argument("--show", action="store_true", help="list the judged entities lost and the new films")
    ap.add_argument("--rules", action="store_true", help="precision by rule")
    ap.add_argument("--half", choices=["even", "odd"],
                    help="only the reviews with even (or odd) ids: a pass develops on one half, reports the other")
    ap.add_argument("--keep-gold", action="store_true",
                    help="also score the audit's reviews that a gold set holds now (left out by default)")
    args = ap.parse_args(argv)
    audits = args.audit or ["first"] + sorted(p.name for p in HERE.iterdir() if (p / "ids.txt").exists())
    # Later blind draws did not leave the audits' reviews out, and a few audit reviews became pages of gold sets
    # (blind ones among them): by default an audit leaves them out, so that no blind page's predictions are read
    # here and the audits and the gold sets measure disjoint reviews.
    gold = set() if args.keep_gold else never_read()
    for audit in audits:
        ids = [i for i in (folder(audit) / "ids.txt").read_text().split() if i not in gold]
        if args.half:
            ids = [i for i in ids if int(i) % 2 == (args.half == "odd")]
        score(audit, predictions(ids), show=args.show, rules=args.rules, docs=set(ids))
    return 0


if __name__ == "__main__":
    sys.exit(main())
