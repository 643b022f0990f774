"""Silver recall of the prose character rules, with the reviews' own cast lists as labels.

    .venv/bin/python benchmarks/silver_characters.py [--n 2000] [--seed 1] [--show]

Reviews whose first 2,500 characters give two or more "Actor (Character)" / "Actor as Character" pairs
(the held-out sets under tests/data left out) run through the whole pipeline, but the characters component
sees the people of the prose only (the header is cut off) and its header characters are set aside. A header
character whose actor and a capitalised word of its name share a prose sentence is a silver pair; it is found
when a prose rule gives that actor a part sharing a word with it. Prints the pairs, the share found, and the
rules that found them; ``--show`` lists the misses with their sentences (extractors/README.md, sixth pass).
Precision (seventh pass): of the part *names* the prose rules give actors whose header names a part, the share
that share a word with it (a description cannot be checked so; a name the header does not give counts wrong).
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter
from pathlib import Path

from filmkg.core.errors import ReviewFormatError
from filmkg.extractors import characters as chm
from filmkg.extractors import state
from filmkg.extractors.context import ReviewContext
from filmkg.extractors.pipeline import ReviewExtractor
from filmkg.readers.sources import iter_tarball, parse

ROOT = Path(__file__).resolve().parent.parent
ARCHIVE = ROOT.parent / "shared" / "corpus" / "rec-arts-movies-reviews-html.tar.gz"
NAME = r"[A-Z][a-z][\w'.\-]*(?: (?:[A-Z]\.|[A-Z][a-z][\w'.\-]*|de|van|von|De|Mc\w+)){1,2}"
PART = r"[A-Z][\w'.\-]*(?: [A-Z][\w'.\-]*){0,2}"
PAIRS = re.compile(rf"(?P<a>{NAME}) \((?P<c>{PART})\)|(?m:^\s*(?P<a2>{NAME}) (?:as|\.{{2,}}|-+) *(?P<c2>{PART})\s*$)")
STOP = {"a", "an", "the", "of", "and", "who", "is", "his", "her", "as", "in", "s"}


def words(s: str | None) -> set[str]:
    return {w for w in re.sub(r"[^\w\s]", " ", (s or "").lower()).split() if w not in STOP}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    held = {p.stem.lstrip("0") for p in (ROOT / "tests" / "data").glob("gold-*/*.json")}
    reviews = []
    for raw in iter_tarball(ARCHIVE):
        if raw.identifier.lstrip("0") in held:
            continue
        try:
            r = parse(raw)
        except ReviewFormatError:
            continue
        if len(PAIRS.findall(r.text[:2500])) >= 2:
            reviews.append(r)
    random.Random(a.seed).shuffle(reviews)
    reviews = reviews[: a.n]

    found: list[dict] = []

    @state.guarded("characters")
    def call(self, doc):  # the characters component, prose only, its findings kept aside
        ctx = ReviewContext.from_doc(doc)
        actors = {c.object for c in state.facts(doc, state.CREDITS)
                  if c.predicate == "actor" and c.subject == ctx.reviewed}
        header = state.facts(doc, state.CHARACTERS)
        cut = max([m.end for m in state.mentions(doc, state.HEADER)] + [h.end for h in header] + [0])
        people, ctx.people = ctx.people, [p for p in ctx.people if p.start >= cut]
        prose = chm.find_characters(ctx, actors, lambda n: n in ctx.header_roles or n in self.lexicon.people)
        ctx.people = people
        pairs = {}
        for h in header:
            names = [w for w in re.findall(r"[A-Z][\w'\-]+", h.character or "") if len(w) > 2]
            said = [" ".join(ctx.text[s:e].split()) for s, e in ctx.sentences if s >= cut
                    and any(p.person == h.object for p in ctx.people_in(s, e))
                    and any(re.search(rf"\b{re.escape(w)}\b", ctx.text[s:e]) for w in names)]
            if said:
                pairs[h.object] = (h.character, said)
        found.append({"pairs": pairs, "prose": [(p.object, p.character, p.description, p.rule) for p in prose],
                      "header": {h.object: h.character for h in header if h.character}})
        state.set_records(doc, state.CHARACTERS, chm.one_per_actor(header + prose))
        return doc

    chm.Characters.__call__ = call
    ex = ReviewExtractor()
    hit = total = named = agree = 0
    rules: Counter[str] = Counter()
    for r in reviews:
        found.clear()
        ex.extract(r)
        for d in found:
            for actor, (part, said) in d["pairs"].items():
                total += 1
                got = [x for x in d["prose"] if x[0] == actor and words(part) & (words(x[1]) | words(x[2]))]
                if got:
                    hit += 1
                    rules[got[0][3]] += 1
                elif a.show:
                    print(f"MISS {r.identifier} {r.critic} | {actor} => {part}\n    {said[0][:300]}")
            # precision of the named parts: a prose name for an actor the header casts should share a word
            for actor, name, _, rule in d["prose"]:
                if name and actor in d["header"]:
                    named += 1
                    if words(name) & words(d["header"][actor]):
                        agree += 1
                    elif a.show:
                        print(f"DISAGREE {r.identifier} {rule} | {actor} => {name} (header: {d['header'][actor]})")
    print(f"{len(reviews)} reviews, {total} silver pairs, found {hit} (recall {hit / max(total, 1):.3f})")
    print(f"{named} prose part names for actors the header casts, {agree} share a word with its part "
          f"(precision {agree / max(named, 1):.3f})")
    for rule, n in rules.most_common():
        print(f"{n:6d}  {rule}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
