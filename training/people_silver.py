"""People recall from prose alone, labelled by each page's own credits header (twenty-first pass).

A credits header names cast and crew in full; the prose names many of them again, often by the surname alone. On
random archive pages (one per critic, the never-read pages and the hand-judged audits' pages left out) the header's
lines are blanked (spaces, offsets kept; training/crew_silver.py) and the whole pipeline is run on the rest. A header
person whose surname the blanked prose still holds (a whole word, as the header spells it) is a silver label; it is
found when the pipeline gives some person whose surname folds to the same. Each miss is classed by the shape of its
prose mentions: whether a given name precedes the surname, a possessive follows, the surname is in capitals, in
brackets, hyphened, and what the model's entity over it is (PERSON, a place, an organisation, a film, none), and
whether a rule took it as a character or a film.

Even ids develop, odd ids test; ``--misses`` writes the develop slice's misses (one line per label, with the prose
mentions and their classes) to read and count.

    .venv/bin/python training/people_silver.py [--slice develop|test|both] [--n 1600] [--seed 2121]
        [--out ROWS.jsonl] [--rows ROWS.jsonl] [--misses MISSES.jsonl]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from crew_silver import SHARED, blank, blanked_docs, fold_surname, header_lines, surname, surname_pattern  # noqa: E402
from gold_sets import never_read_nor_audited  # noqa: E402


def draw(n: int, seed: int) -> list[str]:
    """``n`` archive ids, one per critic, none never-read nor of a hand-judged audit (their ``ids.txt``)."""
    skip = never_read_nor_audited()
    with open(SHARED / "corpus" / "index.csv", newline="") as fh:
        rows = list(csv.DictReader(fh))
    random.Random(seed).shuffle(rows)
    critics: set[str] = set()
    chosen: list[str] = []
    for r in rows:
        if r["id"] in skip or r["id"].lstrip("0") in skip or r["critic"] in critics:
            continue
        critics.add(r["critic"])
        chosen.append(r["id"])
        if len(chosen) >= n:
            break
    return chosen


def _occurrences(name: str, blanked: str) -> list[tuple[int, int]]:
    rx = surname_pattern(name)
    return [] if rx is None else [(m.start(), m.end()) for m in rx.finditer(blanked)]


def split(text: str) -> tuple[dict, str] | None:
    """({header name: roles} of the people the blanked prose names again, blanked text), or None."""
    from filmkg.extractors.header import page_credits

    credits = page_credits(text)
    if not credits:
        return None
    people: dict[str, set[str]] = defaultdict(set)
    for h in credits:
        people[h.name].update(h.roles)
    blanked = blank(text, header_lines(text, credits))
    named = {n: sorted(r) for n, r in people.items() if _occurrences(n, blanked)}
    return (named, blanked) if named else None


_GIVEN_BEFORE = re.compile(r"([A-Z][\w'\-.]*)[ \t]+(?:[A-Z]\.[ \t]*)?$")


def _shape(name: str, blanked: str, a: int, b: int) -> list[str]:
    """The classes of one prose mention of ``name``'s surname at (a, b)."""
    out = []
    words = name.split()
    before = _GIVEN_BEFORE.search(blanked, max(0, a - 40), a)
    if before and len(words) > 1 and fold_surname(before[1]) == fold_surname(words[0]):
        out.append("full")
    elif before and before[1][:1].isupper():
        out.append("capital_before")  # another given name, a title, a sentence start ...
    else:
        out.append("surname_only")
    after = blanked[b : b + 3]
    if re.match(r"['\u2019]s?\b", after):
        out.append("possessive")
    if blanked[a:b].isupper() and b - a > 1:
        out.append("caps")
    if blanked.rfind("(", max(0, a - 40), a) > blanked.rfind(")", max(0, a - 40), a):
        out.append("bracket")
    if blanked[b : b + 1] == "-" or blanked[a - 1 : a] == "-":
        out.append("hyphen")
    line_start = blanked.rfind("\n", 0, a) + 1
    if blanked[line_start:a].strip() == "":
        out.append("line_start")
    return out


def run(ids: list[str], n_process: int) -> list[dict]:
    from filmkg.extractors.assemble import to_extraction

    rows = []
    for doc, review, named, blanked in blanked_docs(ids, n_process, split):
        ex = to_extraction(doc, review)
        people = sorted({e.name for e in ex.entities.values() if e.kind == "person"})
        films = [(m.start, m.end) for e in ex.entities.values() if e.kind == "film" for m in e.mentions]
        from filmkg.core.normalize import fold

        parts = {fold(w) for f in ex.facts if f.predicate == "character" and f.character for w in f.character.split()}
        ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        pmentions = [(m.start, m.end) for e in ex.entities.values() if e.kind == "person" for m in e.mentions]
        labels = []
        for n, roles in named.items():
            mentions = []
            for a, b in _occurrences(n, blanked):
                cls = _shape(n, blanked, a, b)
                ent = next((lab for s, e, lab in ents if s < b and a < e), "none")
                cls.append("ent:" + ent)
                if any(s < b and a < e for s, e in films):
                    cls.append("film")
                if fold(surname(n)) in parts:
                    cls.append("part")
                if any(s < b and a < e for s, e in pmentions):
                    cls.append("in_person")
                ctx = " ".join(blanked[max(0, a - 60) : b + 40].split())
                mentions.append({"at": a, "cls": cls, "ctx": ctx})
            labels.append({"name": n, "roles": roles, "mentions": mentions})
        rows.append({"id": review.identifier, "critic": review.critic, "labels": labels, "people": people})
    return rows


def score(rows: list[dict], part: str) -> tuple[Counter[str], Counter[str], list[dict]]:
    st: Counter[str] = Counter()
    classes: Counter[str] = Counter()
    misses = []
    for row in rows:
        if (int(row["id"]) % 2 == 0) != (part == "develop"):
            continue
        st["pages"] += 1
        critic = fold_surname(row["critic"] or "")
        got = {fold_surname(p) for p in row["people"]}
        for lab in row["labels"]:
            if fold_surname(lab["name"]) == critic:
                continue
            kind = "actor" if "actor" in lab["roles"] else "crew"
            st["gold"] += 1
            st["gold_" + kind] += 1
            if fold_surname(lab["name"]) in got:
                st["found"] += 1
                st["found_" + kind] += 1
                continue
            ms = lab["mentions"]
            # the miss's class: its most name-like mention (a full name over a lone surname)
            cls = set().union(*(set(m["cls"]) for m in ms))
            key = "full" if "full" in cls else "capital_before" if "capital_before" in cls else "surname_only"
            classes[key] += 1
            for c in cls - {"full", "capital_before", "surname_only"}:
                classes[f"{key}+{c}"] += 1
            misses.append({"id": row["id"], "critic": row["critic"], "kind": kind, **lab, "class": key})
    return st, classes, misses


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--slice", choices=("develop", "test", "both"), default="develop")
    ap.add_argument("--n", type=int, default=1600, help="pages drawn, one per critic (both slices)")
    ap.add_argument("--seed", type=int, default=2121)
    ap.add_argument("-j", "--n-process", type=int, default=2)
    ap.add_argument("--out", type=Path, help="write each page's result row here (jsonl)")
    ap.add_argument("--rows", type=Path, help="score these rows instead of running the pipeline")
    ap.add_argument("--misses", type=Path, help="write the develop slice's misses here (jsonl)")
    args = ap.parse_args(argv)
    t0 = time.time()
    slices = ["develop", "test"] if args.slice == "both" else [args.slice]
    if args.rows:
        rows = [json.loads(line) for line in args.rows.open()]
    else:
        ids = [i for i in draw(args.n, args.seed)
               if ("develop" if int(i) % 2 == 0 else "test") in slices]
        rows = run(sorted(ids), args.n_process)
        if args.out:
            with args.out.open("w") as fh:
                fh.writelines(json.dumps(r) + "\n" for r in rows)
    for part in slices:
        st, classes, misses = score(rows, part)
        g = st["gold"]
        print(f"### {part} slice (seed {args.seed}): {st['pages']} pages with a header person named again")
        print(f"recall {st['found']}/{g} = {st['found'] / max(g, 1):.3f}; actors "
              f"{st['found_actor']}/{st['gold_actor']} = {st['found_actor'] / max(st['gold_actor'], 1):.3f}; crew "
              f"{st['found_crew']}/{st['gold_crew']} = {st['found_crew'] / max(st['gold_crew'], 1):.3f}")
        print("misses by class: " + ", ".join(f"{k} {v}" for k, v in sorted(classes.items(), key=lambda x: -x[1])))
        if args.misses and part == "develop":
            with args.misses.open("w") as fh:
                fh.writelines(json.dumps(m) + "\n" for m in misses)
    print(f"({time.time() - t0:.0f}s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
