"""Held-back silver figures of the film-relation classifier, per role.

    .venv/bin/python training/evaluate_relations.py [--model extractors/models/filmkg_relations]
        [--data training/relations_corpus/dev.jsonl] [--threshold 0.5 ...] [--all]

Reads the held-back slice (reviews with id mod 10 == 0, training/film_relations_silver.py) and
prints per role and threshold the precision, recall and F1 of the classifier on the pairs no text
rule credits (the component's questions; ``--all``: every labelled pair), against the KB's labels.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", type=Path, default=ROOT / "extractors" / "models" / "filmkg_relations")
    ap.add_argument("--data", type=Path, default=ROOT / "training" / "relations_corpus" / "dev.jsonl")
    ap.add_argument("--threshold", type=float, nargs="+", default=[0.3, 0.4, 0.5, 0.6, 0.7])
    ap.add_argument("--all", action="store_true", help="every labelled pair, the rules' ones too")
    args = ap.parse_args(argv)
    import spacy

    nlp = spacy.load(args.model)
    rows = [json.loads(line) for line in args.data.open()]
    if not args.all:
        rows = [r for r in rows if not r["ruled"]]
    textcat = nlp.get_pipe("textcat_multilabel")
    preds = textcat.predict([nlp.make_doc(r["text"]) for r in rows]).tolist()
    labels = list(textcat.labels)
    print(f"{len(rows)} held-back pairs ({sum(bool(r['labels']) for r in rows)} with a role)")
    print(f"{'role':15} {'thr':>4} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5}")
    for i, label in enumerate(labels):
        gold = sum(label in r["labels"] for r in rows)
        for t in args.threshold:
            tp = sum(1 for r, p in zip(rows, preds, strict=True) if p[i] >= t and label in r["labels"])
            fp = sum(1 for r, p in zip(rows, preds, strict=True) if p[i] >= t and label not in r["labels"])
            prec = tp / (tp + fp) if tp + fp else 0.0
            rec = tp / gold if gold else 0.0
            f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
            print(f"{label:15} {t:4.1f} {prec:6.3f} {rec:6.3f} {f1:6.3f} {gold:5d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
