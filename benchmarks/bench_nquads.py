"""CPU per review of turning an Extraction into N-Quads: rdflib Graphs + serialiser vs the direct writer.

    python benchmarks/bench_nquads.py [--n 200] [--repeat 3] [--seed 13]

Extracts a fixed random sample of N archive reviews once (spaCy, not timed), links them with
the bundled KB, then times both serialisations of the same Extractions (process CPU time,
best of --repeat), and checks they give the same quads.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARCHIVE = ROOT.parent / "shared" / "corpus" / "rec-arts-movies-reviews-html.tar.gz"


def rdflib_nquads(ex, store_text: bool = True) -> str:
    """What the build did before graph/nquads.py: rdflib Graphs, N-Triples, graph label appended."""
    from filmkg.graph.build import review_graphs

    g, links = review_graphs(ex, store_text=store_text)
    out = []
    for graph, label in ((g, f" <{g.identifier}> .\n"), (links, " .\n")):
        for line in graph.serialize(format="nt", encoding="utf-8").decode("utf-8").split("\n"):
            if line.strip():
                out.append(line[:-1].rstrip() + label)
    return "".join(out)


def sample_raws(archive: Path, n: int, seed: int) -> list:
    from filmkg.readers.sources import iter_raw

    raws = list(iter_raw([archive]))
    return random.Random(seed).sample(raws, min(n, len(raws)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--archive", type=Path, default=ARCHIVE)
    a = ap.parse_args()

    from filmkg.build import BuildOptions, _Linker
    from filmkg.extractors.pipeline import ReviewExtractor
    from filmkg.graph.nquads import review_nquads
    from filmkg.linking.lexicon import Lexicon
    from filmkg.readers.sources import parse

    linker = _Linker(BuildOptions())
    extractor = ReviewExtractor(Lexicon.from_kb(linker.kb))
    reviews = []
    for raw in sample_raws(a.archive, a.n, a.seed):
        try:
            reviews.append(parse(raw))
        except Exception:  # noqa: BLE001 - a page the reader rejects is simply not in the sample
            pass
    exs = list(extractor.extract_many(reviews))
    exs = [x for x in exs if not isinstance(x, tuple)]
    for ex in exs:
        linker.link(ex)

    def timed(fn) -> tuple[float, int]:
        best, quads = float("inf"), 0
        for _ in range(a.repeat):
            t0 = time.process_time()
            quads = sum(fn(ex).count("\n") for ex in exs)
            best = min(best, time.process_time() - t0)
        return best, quads

    old, q_old = timed(rdflib_nquads)
    new, q_new = timed(review_nquads)
    same = all(set(rdflib_nquads(ex).split("\n")) == set(review_nquads(ex).split("\n")) for ex in exs)
    n = len(exs)
    print(f"reviews             {n} (sample seed {a.seed}), {q_new} quads, {q_new / n:.0f} per review")
    print(f"rdflib graphs + nt  {old:.2f} s CPU  {1000 * old / n:.2f} ms/review  ({q_old} quads)")
    print(f"direct writer       {new:.2f} s CPU  {1000 * new / n:.2f} ms/review")
    print(f"gain                {100 * (1 - new / old):.0f}% less CPU ({old / new:.1f}x faster)")
    print(f"identical lines     {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
