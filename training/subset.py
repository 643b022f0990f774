"""Shuffle (seed 13) and cut 1,500 held-back examples for model selection during training.

Scoring every checkpoint on all 6,975 held-back examples would cost more than the training
steps between them; the full held-back slice stays for training/evaluate.py.

    .venv/bin/python training/subset.py training/corpus
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

SIZES = {"dev": 1500}
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
