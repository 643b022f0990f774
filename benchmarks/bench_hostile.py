"""Time the rules on pathological reviews (no spaCy cost: a blank pipeline's NER-free docs).

Each case repeats a short unit up to the given size; linear-time rules keep the time per
KB flat as the size doubles. Run: .venv/bin/python benchmarks/bench_hostile.py [KB ...]
"""

from __future__ import annotations

import sys
import time

from filmkg.core.records import Review
from filmkg.extractors.assemble import to_extraction
from filmkg.extractors.pipeline import PIPELINE, ReviewExtractor, spacy_text
from filmkg.linking.imdb_kb import load_kb
from filmkg.linking.lexicon import Lexicon

CASES = {
    "cast lines": "Cast: Bob Smith\n",
    "open parens": "Tom Hanks (",
    "names and titles": "Tom Hanks (Big) and Bob Smith as Joe in THE FILM. ",
    "no spaces": "A.",
}


def main(sizes_kb: list[int]) -> None:
    ex = ReviewExtractor(Lexicon.from_kb(load_kb(None)))
    print(f"{'case':18} {'KB':>5} {'spaCy s':>8} {'rules s':>8} {'rules ms/KB':>12}")
    for name, unit in CASES.items():
        for kb in sizes_kb:
            text = "A review of The Film.\n" + unit * (kb * 1000 // len(unit))
            review = Review("bench", text, "bench", title="The Film")
            t0 = time.perf_counter()
            with ex.nlp.select_pipes(disable=list(PIPELINE)):  # spaCy's own components only
                doc = ex.nlp(spacy_text(text))
            t1 = time.perf_counter()
            doc._context = review  # as nlp.pipe(as_tuples=True) gives it to the first component
            for component in PIPELINE:
                doc = ex.nlp.get_pipe(component)(doc)
            to_extraction(doc, review)
            t2 = time.perf_counter()
            print(f"{name:18} {kb:5d} {t1 - t0:8.1f} {t2 - t1:8.1f} {1000 * (t2 - t1) / kb:12.1f}", flush=True)


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [50, 100, 200])
