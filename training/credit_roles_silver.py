"""Silver data for the credit-role classifier (extractors/credit_roles.py), as spaCy DocBin files.

The archive labels itself: a review whose credits header names the reviewed film's people
("Director: X", "Cast: A, B", "Music: Y") mentions many of them again in its prose. Each
such prose mention, shown to the classifier as :func:`~filmkg.extractors.credit_roles.mention_text`
(the name replaced by a placeholder), is labelled with the roles the header gives the person;
the prose mentions of people the header does not name are negatives (no role). Only reviews
whose header names a director and at least two actors are used, so that the people it leaves
out are mostly people of other films.

The reviews go through the whole extraction pipeline (the same people, films and sentences a
build sees). Mentions inside the header's lines are skipped. Reviews with ``id mod 10 == 0``
are held back for the classifier's silver evaluation; dev and the gold sets of tests/data are
never used.

Usage (from the worktree root):
    .venv/bin/python training/credit_roles_silver.py --out training/roles_corpus [--reviews 9000]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections import Counter
from pathlib import Path

from archive_pass import write_examples  # training/ is the scripts' folder
from gold_sets import never_read

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
TARBALL = SHARED / "corpus" / "rec-arts-movies-reviews-html.tar.gz"
#: The roles the classifier learns (a header label gives one or more of them).
#: Credit rules that ask the KB (extractors/resolve.py).
KB_RULES = frozenset({"credits.kb_principal_sentence", "credits.kb_principal_reviewed", "credits.possessive_film_kb"})
LABELS = ("director", "screenwriter", "actor", "producer", "composer", "cinematographer", "editor", "source_author")


def select_ids(n: int, seed: int) -> set[str]:
    with open(SHARED / "corpus" / "index.csv", newline="") as fh:
        ids = sorted(row["id"] for row in csv.DictReader(fh))
    skip = never_read()
    ids = [i for i in ids if i not in skip]
    random.Random(seed).shuffle(ids)
    return set(ids[:n])


def header_lines(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines (start, end) that hold a header name."""
    out = []
    for a, b in spans:
        s = text.rfind("\n", 0, a) + 1
        e = text.find("\n", b)
        out.append((s, len(text) if e < 0 else e))
    return out


def review_examples(doc, stats: Counter[str]) -> list[dict]:
    from filmkg.extractors import state
    from filmkg.extractors.context import ReviewContext, from_header, header_rules
    from filmkg.extractors.credit_roles import mention_text

    ctx = ReviewContext.from_doc(doc)
    header = state.mentions(doc, state.HEADER)
    if not header or not ctx.reviewed:
        return []
    roles = ctx.header_roles
    if not any("director" in r for r in roles.values()) or sum("actor" in r for r in roles.values()) < 2:
        return []
    stats["reviews with a full header"] += 1
    prefixes = header_rules(header)
    # the roles the prose rules give each person, KB-driven rules apart: a film outside the
    # bundled KB subset (most reviews a build meets) gets none of those
    prose_credits: dict[str, set[str]] = {}
    kb_credits: dict[str, set[str]] = {}
    for f in state.facts(doc, state.CREDITS):
        if f.subject == ctx.reviewed and not from_header(f, prefixes):
            (kb_credits if f.rule in KB_RULES else prose_credits).setdefault(f.object, set()).add(f.predicate)
    lines = header_lines(ctx.text, [(m.start, m.end) for m in header])
    out = []
    for p in ctx.people:
        if any(a <= p.start < b for a, b in lines):
            continue
        s, e = ctx.sentence_of(p.start)
        if any(s <= a < e or a <= s < b for a, b in lines):
            continue
        labels = sorted(set(roles.get(p.person, ())) & set(LABELS))
        if p.person in roles and not labels:  # a header role the classifier does not learn
            continue
        out.append({"text": mention_text(ctx, p), "labels": labels, "person": p.person,
                    "rules": sorted(prose_credits.get(p.person, ())),
                    "kb": sorted(kb_credits.get(p.person, ()))})
        stats["examples"] += 1
        for label in labels or ["(none)"]:
            stats[label] += 1
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "training" / "roles_corpus")
    ap.add_argument("--reviews", type=int, default=9000, help="archive reviews read (before the header filter)")
    ap.add_argument("--seed", type=int, default=13)
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

    nlp = load_nlp(lexicon=Lexicon.from_kb(_Linker(BuildOptions()).kb))
    # never the classifiers' own credits: they would count as the rules'
    write_examples(nlp, select_ids(args.reviews, args.seed), args.tarball, args.out, review_examples,
                   args.n_process, disable=("credit_roles", "film_relations"))
    write_docbins(args.out)
    return 0


def covered(rows: list[dict]) -> dict[str, set[str]]:
    """Per review, the roles its examples teach: those some prose mention of a header person has.

    A header that names no producer says nothing about whether a producer mentioned in the prose
    is the film's: there the producer label is left *missing* (no loss either way), not 0.
    Director and actor are always taught (the full-header filter asks for them)."""
    out: dict[str, set[str]] = {}
    for r in rows:
        out.setdefault(r["id"], {"director", "actor"}).update(r["labels"])
    return out


def write_docbins(folder: Path) -> None:
    """training/roles_corpus/{train,dev}.jsonl -> .spacy, with the labels a review does not teach missing."""
    import spacy
    from spacy.tokens import DocBin

    blank = spacy.blank("en")
    for part in ("train", "dev"):
        rows = [json.loads(line) for line in (folder / f"{part}.jsonl").open()]
        taught = covered(rows)
        # what the component sees: mentions of people the prose rules gave no credit (the header
        # and the KB aside); the rest are the easy phrasings the rules already read
        rows = [r for r in rows if not r["rules"]]
        db = DocBin()
        for r in rows:
            d = blank.make_doc(r["text"])
            d.cats = {label: float(label in r["labels"]) for label in LABELS if label in taught[r["id"]]}
            db.add(d)
        db.to_disk(folder / f"{part}.spacy")


if __name__ == "__main__":
    sys.exit(main())
