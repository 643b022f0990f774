"""Seconds per KB on pathological reviews: linear-time rules keep the figure flat as the size grows.

Two timings per case: the whole pipeline (spaCy's senter and NER included), and the rules
alone (senter and NER replaced by a sentencizer and an entity ruler that tags the case's
name as PERSON, as the model would). Run:
    .venv/bin/python benchmarks/bench_hostile.py [KB ...]      (default: 50 100 200)
"""

from __future__ import annotations

import sys
import time

from filmkg.core.records import Review
from filmkg.extractors.pipeline import ReviewExtractor
from filmkg.linking.imdb_kb import load_kb
from filmkg.linking.lexicon import Lexicon

CASES = {
    "cast lines": ("Cast: Bob Smith\n", "Bob Smith"),
    "open parens": ("Tom Hanks (", "Tom Hanks"),
    "names and titles": ("Tom Hanks (Big) and Bob Smith as Joe in THE FILM. ", "Tom Hanks"),
}


def _time(ex: ReviewExtractor, text: str) -> float:
    t0 = time.perf_counter()
    result = next(ex.extract_many([Review("bench", text, "bench", title="The Film")]))
    assert not isinstance(result, tuple), result
    return time.perf_counter() - t0


def main(sizes_kb: list[int]) -> None:
    ex = ReviewExtractor(Lexicon.from_kb(load_kb(None)))
    nlp = ex.nlp
    _time(ex, "A short review of The Film with Tom Hanks.")  # warm-up: lazy loads
    print(f"{'case':18} {'KB':>5} {'pipeline s':>11} {'rules s':>8} {'rules ms/KB':>12}")
    for name, (unit, person) in CASES.items():
        for kb in sizes_kb:
            text = "A review of The Film.\n" + unit * (kb * 1000 // len(unit))
            whole = _time(ex, text)
            nlp.add_pipe("sentencizer", name="bench_sents", before="review_meta")
            nlp.add_pipe("entity_ruler", name="bench_ner", after="bench_sents").add_patterns(
                [{"label": "PERSON", "pattern": person}])
            try:
                with nlp.select_pipes(disable=["senter", "ner"]):
                    rules = _time(ex, text)
            finally:
                nlp.remove_pipe("bench_ner")
                nlp.remove_pipe("bench_sents")
            print(f"{name:18} {kb:5d} {whole:11.1f} {rules:8.1f} {1000 * rules / kb:12.1f}", flush=True)


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [50, 100, 200])
