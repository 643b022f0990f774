"""Fold the entity labels of an existing silver corpus into silver.TEACHER_LABELS' scheme.

The same as re-running training/silver.py (whose teacher pass costs ~15 CPU-minutes) when the
corpus was made with the teacher's own labels; a corpus already folded is left as it is.

    .venv/bin/python training/relabel.py training/corpus
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from silver import TEACHER_LABELS  # noqa: E402

KEEP = {"PERSON", "FILM", *TEACHER_LABELS.values()}


def main(corpus: Path) -> None:
    import spacy
    from spacy.tokens import DocBin

    vocab = spacy.blank("en").vocab
    for name in ("train", "dev"):
        path = corpus / f"{name}.spacy"
        docs = list(DocBin().from_disk(path).get_docs(vocab))
        for doc in docs:
            missing = [doc[i:i + 1] for i, t in enumerate(doc) if t.ent_iob == 0]
            ents = []
            for e in doc.ents:
                label = e.label_ if e.label_ in KEEP else TEACHER_LABELS.get(e.label_)
                if label is not None:
                    ents.append(doc.char_span(e.start_char, e.end_char, label))
            doc.set_ents(ents, missing=missing, default="outside")
        DocBin(store_user_data=True, docs=docs).to_disk(path)
        print(f"{path}: {len(docs)} docs relabelled")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "training/corpus"))
