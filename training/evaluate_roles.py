"""Held-back silver figures of the credit-role classifier, per role.

    .venv/bin/python training/evaluate_roles.py [--model extractors/models/filmkg_roles]
        [--data training/roles_corpus/dev.jsonl] [--threshold 0.5 ...]

Reads the held-back slice (reviews with id mod 10 == 0, training/credit_roles_silver.py) and
prints, per role and threshold, precision, recall and F1 of the classifier on the prose
mentions, and "R new": recall on the positive mentions whose person the prose rules gave no
such credit (what the classifier can add).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


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
    if not args.all:  # what the component sees: people the rules gave no credit
        rows = [r for r in rows if not r["rules"]]
    cats = [d.cats for d in nlp.pipe((r["text"] for r in rows), batch_size=256)]
    labels = sorted({label for c in cats for label in c})
    print(f"{len(rows):,} held-back mentions, {sum(not r['labels'] for r in rows):,} without a role")
    print(f"{'role':16} {'thr':>5} {'gold':>6} {'pred':>6} {'P':>6} {'R':>6} {'F':>6} {'new':>5} {'R new':>6}")
    for label in labels:
        for t in args.threshold:
            gold = [label in r["labels"] for r in rows]
            pred = [c[label] >= t for c in cats]
            tp = sum(g and p for g, p in zip(gold, pred, strict=True))
            new = [g and label not in r["rules"] for g, r in zip(gold, rows, strict=True)]
            tp_new = sum(n and p for n, p in zip(new, pred, strict=True))
            p_, r_ = tp / max(1, sum(pred)), tp / max(1, sum(gold))
            f = 2 * p_ * r_ / (p_ + r_) if p_ + r_ else 0.0
            print(f"{label:16} {t:5.2f} {sum(gold):6} {sum(pred):6} {p_:6.3f} {r_:6.3f} {f:6.3f} {sum(new):5} "
                  f"{tp_new / max(1, sum(new)):6.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
