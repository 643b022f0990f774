"""CPU time per review of each stage of the per-review work, in one process.

    python benchmarks/bench_stages.py [--n 400] [--seed 13] [--model filmkg]

On a fixed random sample of archive reviews (the same seed draws the same pages for every
checkout), runs what a build's worker runs for each review, one stage over all reviews at a
time: reading the page, each spaCy component and each extraction rule of the pipeline
(``nlp.pipeline`` order), the Extraction record, IMDb linking, N-Quads, and the TriG block
and counts of the review. Prints milliseconds of CPU per review and each stage's share.

CPU time, so the figures hold on a shared machine; one process, so they add up to what
``-j N`` spreads over N workers (the store's loading and the parent's writing come on top:
see ``bench_build.py``). To compare two checkouts, run each one's copy of this script with
its own environment, e.g. ``../other/.venv/bin/python ../other/benchmarks/bench_stages.py``.
"""

from __future__ import annotations

import argparse
import gc
import random
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARCHIVE = ROOT.parent / "shared" / "corpus" / "rec-arts-movies-reviews-html.tar.gz"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=400, help="reviews in the sample")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--model", default="filmkg")
    ap.add_argument("--archive", type=Path, default=ARCHIVE)
    a = ap.parse_args()

    from filmkg.build import BuildOptions, _Linker
    from filmkg.extractors.pipeline import PIPELINE, load_nlp, spacy_text, to_extraction
    from filmkg.graph.nquads import review_nquads
    from filmkg.linking.lexicon import Lexicon
    from filmkg.output.merge import PartSummary
    from filmkg.readers.sources import iter_raw, parse

    raws = sorted(iter_raw([a.archive]), key=lambda r: r.identifier)
    chosen = random.Random(a.seed).sample(raws, min(a.n, len(raws)))
    options = BuildOptions(model=a.model)
    linker = _Linker(options)
    nlp = load_nlp(a.model, Lexicon.from_kb(linker.kb))
    gc.freeze()  # as a build does before its workers start

    cpu = time.process_time
    times: dict[str, float] = {}

    def stage(name: str, fn):
        t = cpu()
        result = fn()
        times[name] = times.get(name, 0.0) + cpu() - t
        return result

    def read_all():
        out = []
        for raw in chosen:
            try:
                out.append(parse(raw))
            except Exception:  # noqa: BLE001 - a page the reader rejects is rejected by the build too
                pass
        return out

    reviews = stage("read the page", read_all)
    docs = stage("tokenizer", lambda: [nlp.make_doc(spacy_text(r.text)) for r in reviews])
    for doc, review in zip(docs, reviews, strict=True):
        doc._context = review  # what nlp.pipe(as_tuples=True) hands the components
    for name, proc in nlp.pipeline:
        docs = stage(name, lambda proc=proc, docs=docs: list(proc.pipe(docs, batch_size=16))
                     if hasattr(proc, "pipe") else [proc(d) for d in docs])
    extractions = stage("Extraction record", lambda: [to_extraction(d, r, options.min_confidence)
                                                      for d, r in zip(docs, reviews, strict=True)])
    stage("IMDb linking", lambda: [linker.link(e) for e in extractions])
    quads = stage("N-Quads", lambda: [review_nquads(e, store_text=options.store_text) for e in extractions])
    stage("TriG block and counts", lambda: [PartSummary.of_quads(q) for q in quads])

    n = len(reviews)
    total = sum(times.values())
    rules = set(PIPELINE)
    spacy_names = {"tokenizer", *(name for name in nlp.pipe_names if name not in rules)}
    print(f"{n} archive reviews (seed {a.seed}), {sum(len(r.text) for r in reviews) / 1e6:.2f} M characters, "
          f"model {a.model}, {sum(q.count(chr(10)) for q in quads):,} quads")
    print(f"{'stage':28} {'ms/review':>10} {'share':>7}")
    for name, seconds in times.items():
        print(f"{name:28} {seconds * 1000 / n:10.2f} {100 * seconds / total:6.1f}%")
    groups = {"spaCy (model components)": sum(v for k, v in times.items() if k in spacy_names),
              "rules (extraction components)": sum(v for k, v in times.items() if k in rules),
              "all": total}
    for name, seconds in groups.items():
        print(f"{name:28} {seconds * 1000 / n:10.2f} {100 * seconds / total:6.1f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
