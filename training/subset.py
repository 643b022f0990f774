"""Shuffle (seed 13) and cut the silver corpus to what the shipped model was trained on.

16,000 training examples (~0.79 M tokens) and 1,500 held-back ones for model selection keep a
training run well inside the CPU budget; the full held-back slice stays for training/evaluate.py.

    .venv/bin/python training/subset.py training/corpus
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

SIZES = {"train": 16000, "dev": 1500}
SEED = 13


def main(corpus: Path) -> None:
    import spacy
    from spacy.tokens import DocBin

    vocab = spacy.blank("en").vocab
    for name, n in SIZES.items():
        docs = list(DocBin().from_disk(corpus / f"{name}.spacy").get_docs(vocab))
        random.Random(SEED).shuffle(docs)
        DocBin(store_user_data=True, docs=docs[:n]).to_disk(corpus / f"{name}-sub.spacy")
        tokens = sum(len(d) for d in docs[:n])
        print(f"{name}-sub.spacy: {min(n, len(docs))} of {len(docs)} examples, {tokens:,} tokens")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "training/corpus"))
