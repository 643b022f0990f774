"""One pass of the extraction pipeline over chosen archive reviews, for the silver-data scripts.

Both classifiers' silver scripts (credit_roles_silver.py, film_relations_silver.py) read the same
way: the seeded ids out of the tarball, each page through the whole pipeline as a build sees it,
held-back reviews (``id mod 10 == 0``) apart, examples written as ``train.jsonl`` / ``dev.jsonl``
with a ``summary.json`` of their counts.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path


def is_heldout(review_id: str) -> bool:
    return review_id.isdigit() and int(review_id) % 10 == 0


def write_examples(nlp, wanted: set[str], tarball: Path, out: Path, examples: Callable[[object, Counter], list[dict]],
                   n_process: int, disable: Iterable[str]) -> None:
    """Run ``nlp`` (``disable``: components left out) on the ``wanted`` archive ids and write what
    ``examples(doc, stats)`` returns for each review into ``out``."""
    from filmkg.extractors.pipeline import spacy_text
    from filmkg.readers.sources import iter_tarball, parse

    t0 = time.time()

    def reviews():
        for raw in iter_tarball(tarball):
            if raw.identifier not in wanted:
                continue
            try:
                review = parse(raw)
            except Exception:  # noqa: BLE001 - a page the reader rejects is rejected by a build too
                continue
            yield spacy_text(review.text), review

    split: dict[str, list[dict]] = {"train": [], "dev": []}
    stats: dict[str, Counter[str]] = {"train": Counter(), "dev": Counter()}
    disable = [n for n in disable if n in nlp.pipe_names]
    for doc, review in nlp.pipe(reviews(), as_tuples=True, n_process=n_process, batch_size=16, disable=disable):
        if doc._.fk_failed:
            continue
        part = "dev" if is_heldout(review.identifier) else "train"
        stats[part]["reviews"] += 1
        for ex in examples(doc, stats[part]):
            ex["id"] = review.identifier
            split[part].append(ex)
    print(f"({time.time() - t0:.0f}s) {json.dumps(stats)}", file=sys.stderr)

    out.mkdir(parents=True, exist_ok=True)
    for part, exs in split.items():
        with open(out / f"{part}.jsonl", "w") as fh:
            for ex in exs:
                fh.write(json.dumps(ex) + "\n")
    (out / "summary.json").write_text(json.dumps(stats, indent=1) + "\n")
