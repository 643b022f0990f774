"""CPU time of the prose credit rules (``find_credits``) of this checkout against a git ref's, on the same reviews.

    python benchmarks/bench_credit_rules.py [--ref main] [--n 300] [--seed 13] [--rounds 3]

Runs the pipeline up to ``resolve_mentions`` on a fixed random sample of archive reviews, then times
``find_credits`` of this checkout and of ``git show REF:extractors/credits.py`` on the very same contexts, in
turns, and prints milliseconds of CPU per review for each. CPU time, so the figures hold on a shared machine.
"""

from __future__ import annotations

import argparse
import gc
import random
import subprocess
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARCHIVE = ROOT.parent / "shared" / "corpus" / "rec-arts-movies-reviews-html.tar.gz"


def _load_ref(ref: str):
    """The ref's credits module, its spaCy registration left out (the component name is taken)."""
    src = subprocess.run(["git", "-C", str(ROOT), "show", f"{ref}:extractors/credits.py"], check=True,
                         capture_output=True, text=True).stdout
    src = src.replace("@Language.component(", "@_noop(").replace('@state.guarded("credits")', "")
    mod = types.ModuleType(f"credits_{ref}")
    mod.__dict__["_noop"] = lambda *a, **k: (lambda f: f)
    exec(compile(src, f"{ref}:extractors/credits.py", "exec"), mod.__dict__)  # noqa: S102 - our own repository
    return mod


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ref", default="main")
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--archive", type=Path, default=ARCHIVE)
    a = ap.parse_args()

    from filmkg.build import BuildOptions, _Linker
    from filmkg.extractors import credits
    from filmkg.extractors.context import ReviewContext
    from filmkg.extractors.pipeline import PIPELINE, load_nlp, spacy_text
    from filmkg.linking.lexicon import Lexicon
    from filmkg.readers.sources import iter_raw, parse

    ref = _load_ref(a.ref)
    raws = sorted(iter_raw([a.archive]), key=lambda r: r.identifier)
    reviews = []
    for raw in random.Random(a.seed).sample(raws, min(a.n, len(raws))):
        try:
            reviews.append(parse(raw))
        except Exception:  # noqa: BLE001 - an unreadable page is left out of the sample
            continue
    nlp = load_nlp("filmkg", Lexicon.from_kb(_Linker(BuildOptions(model="filmkg")).kb))
    disable = list(PIPELINE[PIPELINE.index("resolve_mentions") + 1 :])
    ctxs = [ReviewContext.from_doc(doc) for doc, _ in
            nlp.pipe(((spacy_text(r.text), r) for r in reviews), as_tuples=True, disable=disable)]
    gc.freeze()
    for rnd in range(a.rounds):
        for name, fn in ((a.ref, ref.find_credits), ("this checkout", credits.find_credits)):
            t = time.process_time()
            for ctx in ctxs:
                fn(ctx)
            print(f"round {rnd + 1}: {name:>14}: {1000 * (time.process_time() - t) / len(ctxs):.2f} ms a review")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
