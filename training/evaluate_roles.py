"""Held-back silver figures of the credit-role classifier, per role.

    .venv/bin/python training/evaluate_roles.py [--model extractors/models/filmkg_roles]
        [--data training/roles_corpus/dev.jsonl] [--threshold 0.5 ...]

Reads the held-back slice (reviews with id mod 10 == 0, training/credit_roles_silver.py) and
prints, for the mentions of people the prose rules credit nothing (the component's
candidates; ``--all``: every prose mention), per role and threshold, precision, recall and F1
of the classifier per mention, and per person (the best of a person's mentions in a review:
what the component credits). A role counts only in reviews whose header teaches it
(``covered`` in credit_roles_silver.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "training"))
from credit_roles_silver import covered  # noqa: E402 - a script beside this one


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", type=Path, default=ROOT / "extractors" / "models" / "filmkg_roles")
    ap.add_argument("--data", type=Path, default=ROOT / "training" / "roles_corpus" / "dev.jsonl")
    ap.add_argument("--threshold", type=float, nargs="+", default=[0.5])
    ap.add_argument("--all", action="store_true",
                    help="every prose mention, not only those of people the prose rules credit nothing")
    args = ap.parse_args(argv)
    import spacy

    nlp = spacy.load(args.model)
    rows = [json.loads(line) for line in args.data.open()]
    taught = covered(rows)  # a label counts only in reviews whose header teaches it
    if not args.all:  # what the component sees: people the rules gave no credit
        rows = [r for r in rows if not r["rules"]]
    cats = [d.cats for d in nlp.pipe((r["text"] for r in rows), batch_size=256)]
    labels = sorted({label for c in cats for label in c})
    print(f"{len(rows):,} held-back mentions, {sum(not r['labels'] for r in rows):,} without a role; "
          f"{len({(r['id'], r['person']) for r in rows}):,} people (best mention per person and review)")
    print(f"{'role':16} {'thr':>5} {'gold':>6} {'pred':>6} {'P':>6} {'R':>6} {'F':>6}   "
          f"{'people':>6} {'pred':>6} {'P':>6} {'R':>6}")
    for label in labels:
        mine = [(r, c[label]) for r, c in zip(rows, cats, strict=True) if label in taught[r["id"]]]
        best: dict[tuple[str, str], float] = {}
        gold_person: dict[tuple[str, str], bool] = {}
        for r, score in mine:
            key = (r["id"], r["person"])
            best[key] = max(best.get(key, 0.0), score)
            gold_person[key] = label in r["labels"]
        for t in args.threshold:
            m = _prf([label in r["labels"] for r, _ in mine], [score >= t for _, score in mine])
            pp = _prf([gold_person[k] for k in best], [best[k] >= t for k in best])
            print(f"{label:16} {t:5.2f} {m[0]:6} {m[1]:6} {m[2]:6.3f} {m[3]:6.3f} {m[4]:6.3f}   "
                  f"{pp[0]:6} {pp[1]:6} {pp[2]:6.3f} {pp[3]:6.3f}")
    return 0


def _prf(gold: list[bool], pred: list[bool]) -> tuple[int, int, float, float, float]:
    tp = sum(g and p for g, p in zip(gold, pred, strict=True))
    p_, r_ = tp / max(1, sum(pred)), tp / max(1, sum(gold))
    return sum(gold), sum(pred), p_, r_, 2 * p_ * r_ / (p_ + r_) if p_ + r_ else 0.0


if __name__ == "__main__":
    raise SystemExit(main())
