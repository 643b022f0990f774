"""Speed of filmkg's own NER pipeline against en_core_web_sm's NER and its full pipeline.

Runs each pipeline over the same reviews (the text spaCy sees in a build: ``spacy_text``), in
one process with one thread, and prints words per CPU second (whitespace words of the input,
the same denominator for every pipeline; CPU time, so the figures hold on a shared machine),
wall seconds and the speed-up. Each pipeline runs a warm-up
batch first, then the timed pass; ``--repeat`` keeps the best of several passes.

    .venv/bin/python benchmarks/bench_ner.py                 # 300 reviews from the archive
    .venv/bin/python benchmarks/bench_ner.py -n 100 --repeat 1
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import hashlib  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TARBALL = ROOT.parent / "shared" / "corpus" / "rec-arts-movies-reviews-html.tar.gz"


def sample_texts(tarball: Path, n: int, seed: str = "bench") -> list[str]:
    """``n`` reviews chosen by a stable hash of their id (the same ones on every run)."""
    from filmkg.extractors.pipeline import spacy_text
    from filmkg.readers.sources import iter_tarball, parse

    raws = list(iter_tarball(tarball))
    raws.sort(key=lambda r: hashlib.md5(f"{seed}:{r.identifier}".encode()).hexdigest())
    return [spacy_text(parse(r).text) for r in raws[:n]]


def timed(nlp, texts: list[str], repeat: int, batch_size: int = 64) -> tuple[float, float, int]:
    """Best (wall, cpu) seconds over ``repeat`` passes, and the entities found."""
    for _ in nlp.pipe(texts[:10], batch_size=batch_size):
        pass
    best_wall = best_cpu = float("inf")
    n_ents = 0
    for _ in range(repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        n_ents = sum(len(d.ents) for d in nlp.pipe(texts, batch_size=batch_size))
        best_wall = min(best_wall, time.perf_counter() - w0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    return best_wall, best_cpu, n_ents


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=300, help="reviews (default 300)")
    ap.add_argument("--repeat", type=int, default=2, help="timed passes per pipeline; the best counts")
    ap.add_argument("--tarball", type=Path, default=TARBALL)
    args = ap.parse_args(argv)

    import spacy

    from filmkg.extractors.models import load_ner
    from filmkg.extractors.pipeline import GENERAL_MODEL as MODEL

    texts = sample_texts(args.tarball, args.n)
    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} reviews, {words:,} words, 1 process, 1 thread, best of {args.repeat}")

    sm_full = spacy.load(MODEL)
    sm_ner = spacy.load(MODEL, exclude=[p for p in sm_full.pipe_names if p != "ner"])
    ours = load_ner()
    ours_ner = load_ner(senter=False)
    runs = [
        (f"{MODEL} full ({'+'.join(sm_full.pipe_names)})", sm_full),
        (f"{MODEL} ner alone", sm_ner),
        (f"filmkg_ner ({'+'.join(ours.pipe_names)})", ours),
        (f"filmkg_ner ({'+'.join(ours_ner.pipe_names)})", ours_ner),
    ]
    results = []
    for name, nlp in runs:
        wall, cpu, n_ents = timed(nlp, texts, args.repeat)
        results.append((name, wall, cpu, n_ents))
        print(f"  {name:<60} {words / cpu:>9,.0f} words/cpu-s  cpu {cpu:6.2f}s  wall {wall:6.2f}s  "
              f"ents {n_ents:,}", flush=True)
    base_full, base_ner = results[0][2], results[1][2]
    for name, _wall, cpu, _n in results[2:]:
        print(f"speed-up (CPU) of {name}: {base_ner / cpu:.2f}x vs sm ner alone, {base_full / cpu:.2f}x vs sm full")
    return 0


if __name__ == "__main__":
    sys.exit(main())
