"""Silver data for the film-relation classifier (extractors/film_relations.py), as spaCy DocBin files.

The KB labels the archive: wherever a review names a person and another film in one sentence
(:func:`~filmkg.extractors.film_relations.candidate_pairs`, the pairs a build asks about) and the
bundled IMDb KB knows that film, the film's principals say what the person did on it. A pair is
labelled with those roles (:data:`~filmkg.extractors.film_relations.LABELS`), or with none when the
KB knows the person too but not on that film (a negative: "unlike Kubrick, X's FILM ..."). Pairs
whose person the KB does not know are left out (no label either way). The classifier is then asked,
in a build, about the films the KB lacks: it learns the phrasing from the films it knows.

The reviews go through the whole extraction pipeline (the people, films and sentences a build
sees). Reviews with ``id mod 10 == 0`` are held back for the classifier's silver evaluation; dev
and every gold set of tests/data are never used (training/gold_sets.py).

Usage (from the worktree root):
    .venv/bin/python training/film_relations_silver.py --out training/relations_corpus [--reviews 12000]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from archive_pass import write_examples  # training/ is the scripts' folder
from gold_sets import sample_ids

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
TARBALL = SHARED / "corpus" / "rec-arts-movies-reviews-html.tar.gz"


def review_examples(doc, lexicon, stats: Counter[str]) -> list[dict]:
    from filmkg.extractors import state
    from filmkg.extractors.context import ReviewContext
    from filmkg.extractors.film_relations import LABELS, candidate_pairs, pair_text, person_kind

    ctx = ReviewContext.from_doc(doc)
    roles_of = lexicon.principal_roles
    # the pairs the text rules (not the KB) already credit: a build never asks about them
    kb_rules = ("credits.kb_", "credits.possessive_film_kb")
    credits = state.facts(doc, state.CREDITS)
    ruled = {(c.object, c.subject) for c in credits if not c.rule.startswith(kb_rules)}
    out = []
    for p, f in candidate_pairs(ctx):
        if not roles_of("", f.title, None):
            stats["pairs, film unknown to the KB"] += 1
            continue
        roles = roles_of(p.person, f.title, None)
        if not roles and p.person not in lexicon.people:
            stats["pairs, person unknown to the KB"] += 1
            continue
        labels = sorted(set(roles) & set(LABELS))
        out.append({"text": pair_text(ctx, p, f, person_kind(ctx, credits, p.person)), "labels": labels,
                    "person": p.person, "film": f.title, "ruled": (p.person, f.film) in ruled,
                    "span": [p.start, p.end, f.start, f.end]})
        stats["examples"] += 1
        for label in labels or ["(none)"]:
            stats[label] += 1
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "training" / "relations_corpus")
    ap.add_argument("--reviews", type=int, default=12000, help="archive reviews read")
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--n-process", type=int, default=2)
    ap.add_argument("--tarball", type=Path, default=TARBALL)
    ap.add_argument("--docbins-only", action="store_true", help="only rewrite the .spacy files from the .jsonl")
    args = ap.parse_args(argv)
    if args.docbins_only:
        write_docbins(args.out)
        return 0
    from filmkg.build import BuildOptions, _Linker
    from filmkg.extractors.pipeline import load_nlp
    from filmkg.linking.lexicon import Lexicon

    lexicon = Lexicon.from_kb(_Linker(BuildOptions()).kb)
    nlp = load_nlp(lexicon=lexicon)
    write_examples(nlp, sample_ids(args.reviews, args.seed), args.tarball, args.out,
                   lambda doc, stats: review_examples(doc, lexicon, stats), args.n_process,
                   disable=("credit_roles", "film_relations"))
    write_docbins(args.out)
    return 0


def write_docbins(folder: Path) -> None:
    """training/relations_corpus/{train,dev}.jsonl -> .spacy. Training takes every labelled pair (the
    phrasings the rules read teach what a tie looks like: held-back actor F1 0.605 -> 0.620, director
    0.043 -> 0.349 at 0.5); the held-back slice keeps only the pairs no text rule credits, the ones a
    build asks about."""
    import spacy
    from spacy.tokens import DocBin

    sys.path.insert(0, str(ROOT.parent))
    from filmkg.extractors.film_relations import LABELS

    blank = spacy.blank("en")
    for part in ("train", "dev"):
        rows = [json.loads(line) for line in (folder / f"{part}.jsonl").open()]
        db = DocBin()
        for r in rows:
            if r["ruled"] and part == "dev":
                continue
            d = blank.make_doc(r["text"])
            d.cats = {label: float(label in r["labels"]) for label in LABELS}
            db.add(d)
        db.to_disk(folder / f"{part}.spacy")


if __name__ == "__main__":
    sys.exit(main())
