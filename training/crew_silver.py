"""Prose recall of crew credits, measured on the archive's own silver labels.

A review whose credits header names a source author ("Based on the novel by X", "Novel: X"), a
composer ("Music: X"), a cinematographer, an editor, a producer or a screenwriter often names that
person again in its prose. Those people (a header person whose surname appears in the text below the
header) are the silver labels: with the header's lines blanked out (spaces, so every offset stays
put), the whole pipeline is run on the page and the prose should still give the person the header's
role on the reviewed film.

``--contributor`` adds the header's crafts the schema has no role for ("Production Design: X", "Costumes: X",
"Special Effects: X", "Choreography: X"): named again in the prose, X should be a contributor of the reviewed film
(the guideline's role for a tie whose craft the schema does not name). Few headers list a craft whose person the
prose names again (29 pages in the archive, 12 of them even): a small measure, read with its misses.

Per role it prints:

- recall: header (person, role) pairs the prose gives as a credit of the reviewed film; ``text``
  counts only credits some rule other than the KB's gave (the lexicon's principals are joined by the
  archive's own headers, the very lines blanked here, so KB credits are partly the header again);
- precision proxy: among prose credits of that role on the reviewed film, in reviews whose header
  lists the role, the share going to a person the header gives that role (the rest go to people the
  header names in another role, or not at all).

Two slices: even review ids to develop rules on, odd ids to test them. Reviews are drawn per role with
``--seed``, at most ``--per-critic`` reviews of one critic per role, up to ``--per-role`` reviews.
Dev, every gold set under tests/data and the blind sets are never read (training/gold_sets.py).

    .venv/bin/python training/crew_silver.py [--slice develop|test|both] [--per-role 300]
        [--misses FILE.jsonl] [--out RESULTS.jsonl]
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
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from gold_sets import never_read  # training/ is the scripts' folder

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
HTML = Path("/tmp/contrib/html/movie")
TXT = Path("/tmp/archive-txt")
CREW = ("source_author", "composer", "cinematographer", "editor", "producer", "screenwriter")
#: Credit rules that ask the KB (extractors/resolve.py, extractors/credits.py).
KB_RULES = ("credits.kb_principal", "credits.possessive_film_kb", "resolve.kb", "film_relations")
HEADER_PREFIXES = ("header", "run_in_header")
_SUFFIX = {"jr", "sr", "ii", "iii", "iv"}


def surname(name: str) -> str:
    words = [w for w in re.sub(r"[.,]", " ", name).split() if w.lower() not in _SUFFIX]
    return words[-1] if words else ""


def fold_surname(name: str) -> str:
    from filmkg.core.normalize import fold

    return fold(surname(name))


def header_lines(text: str, credits) -> list[tuple[int, int]]:
    """The lines (start, end) that hold a header name or character."""
    out = []
    for h in credits:
        for a, b in ((h.start, h.end), (h.char_start, h.char_end)):
            if a is None:
                continue
            s = text.rfind("\n", 0, a) + 1
            e = text.find("\n", b)
            out.append((s, len(text) if e < 0 else e))
    return out


def blank(text: str, lines: list[tuple[int, int]]) -> str:
    chars = list(text)
    for a, b in lines:
        for i in range(a, b):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def header_people(text: str) -> tuple[dict[str, set[str]], str] | None:
    """{header name: roles} and the text with the header blanked, or None without a crew person."""
    from filmkg.extractors.header import page_credits

    credits = page_credits(text)
    if not credits:
        return None
    people: dict[str, set[str]] = defaultdict(set)
    for h in credits:
        people[h.name].update(h.roles)
    if not any(set(r) & set(CREW) for r in people.values()):
        return None
    return dict(people), blank(text, header_lines(text, credits))


def surname_pattern(name: str) -> re.Pattern[str] | None:
    """The name's surname as a whole word; None for a surname of one letter."""
    s = surname(name)
    return re.compile(r"(?<![\w'])" + re.escape(s) + r"(?![\w])") if len(s) > 1 else None


def in_prose(name: str, blanked: str) -> bool:
    rx = surname_pattern(name)
    return rx is not None and rx.search(blanked) is not None


def survey_pages(roles_of: Callable[[str], list[str] | None], cache: Path | None) -> dict[str, tuple[str, list[str]]]:
    """{id: (critic, ``roles_of(page text)``)} over the archive texts, pages it gives None left out, kept in
    ``cache``. training/principal_silver.py surveys with its own labels."""
    skip = never_read()
    skip |= {i.lstrip("0") for i in skip}
    if cache and cache.is_file():
        # a cache written before a gold set was merged may hold its pages: the skip list holds again
        return {k: (v[0], v[1]) for k, v in json.loads(cache.read_text()).items()
                if k not in skip and k.lstrip("0") not in skip}
    with open(SHARED / "corpus" / "index.csv", newline="") as fh:
        critic = {row["id"]: row["critic"] for row in csv.DictReader(fh)}
    out: dict[str, tuple[str, list[str]]] = {}
    for i in sorted(critic):
        if i in skip or i.lstrip("0") in skip or not (TXT / f"{i}.txt").is_file():
            continue
        roles = roles_of((TXT / f"{i}.txt").read_text())
        if roles is not None:
            out[i] = (critic[i], roles)
    if cache:
        cache.write_text(json.dumps(out))
    return out


def _prose_crew(text: str) -> list[str] | None:
    """The crew roles of the header's people whom the prose names again, or None."""
    found = header_people(text)
    if found is None:
        return None
    people, blanked = found
    roles = sorted({r for name, rs in people.items() if in_prose(name, blanked) for r in rs if r in CREW})
    return roles or None


def survey(cache: Path | None) -> dict[str, tuple[str, list[str]]]:
    """{id: (critic, roles of header people named again in the prose)} over the archive texts."""
    return survey_pages(_prose_crew, cache)


def draw(found: dict[str, tuple[str, list[str]]], per_role: int, per_critic: int,
         seed: int) -> dict[str, dict[str, list[str]]]:
    """{slice: {role: [ids]}} of a survey: a seeded draw with at most ``per_critic`` reviews of a critic per role."""
    ids = sorted(found)
    random.Random(seed).shuffle(ids)
    out: dict[str, dict[str, list[str]]] = {"develop": defaultdict(list), "test": defaultdict(list)}
    per: Counter[tuple[str, str, str]] = Counter()
    for i in ids:
        part = "develop" if int(i) % 2 == 0 else "test"
        critic, roles = found[i]
        for r in roles:
            key = (part, r, critic)
            if len(out[part][r]) < per_role and per[key] < per_critic:
                out[part][r].append(i)
                per[key] += 1
    return {p: dict(v) for p, v in out.items()}


def select(per_role: int, per_critic: int, seed: int, cache: Path | None = None) -> dict[str, dict[str, list[str]]]:
    """{slice: {role: [ids]}}: a seeded draw with at most ``per_critic`` reviews of a critic per role."""
    return draw(survey(cache), per_role, per_critic, seed)


def blanked_docs(ids: list[str], n_process: int, split: Callable[[str], tuple[Any, str] | None],
                 keep_header: bool = False) -> Iterator[tuple[Any, Any, Any, str]]:
    """The archive pages of ``ids`` that ``split`` labels (``split(text)``: the labels its credits header gives and
    the text with that header blanked, or None), each through the whole pipeline with its header blanked (kept with
    ``keep_header``): (doc, review, labels, blanked text) for every page the pipeline does not fail on.
    training/character_silver.py reads its pages so too."""
    from filmkg.core.errors import ReviewFormatError
    from filmkg.extractors import state
    from filmkg.extractors.pipeline import load_nlp, spacy_text
    from filmkg.linking.imdb_kb import load_kb
    from filmkg.linking.lexicon import Lexicon
    from filmkg.readers.sources import iter_raw, parse

    nlp = load_nlp("filmkg", Lexicon.from_kb(load_kb(None)))
    found_of: dict[str, tuple[Any, str]] = {}

    def reviews():
        for raw in iter_raw([HTML / f"{i}.html" for i in ids]):
            try:
                review = parse(raw)
            except ReviewFormatError:
                continue
            found = split(review.text)
            if found is None:
                continue
            found_of[review.identifier] = found
            text = review.text if keep_header else found[1]
            # the review itself rides as the context: the first component reads its metadata there
            yield spacy_text(text), replace(review, text=text)

    for doc, review in nlp.pipe(reviews(), as_tuples=True, n_process=n_process, batch_size=16):
        labels, blanked = found_of.pop(review.identifier)
        if getattr(doc._, state.FAILED):
            continue
        yield doc, review, labels, blanked


def run(ids: list[str], n_process: int) -> list[dict]:
    """Each review through the whole pipeline, its header blanked: one result row per review."""
    from filmkg.core.records import ROLES
    from filmkg.extractors import state
    from filmkg.extractors.assemble import to_extraction

    rows = []
    for doc, review, people, _ in blanked_docs(ids, n_process, header_people):
        ex = to_extraction(doc, review)
        # every rule that gave a credit (the Extraction keeps only the most confident one)
        rules: dict[tuple[str, str], set[str]] = defaultdict(set)
        for c in state.facts(doc, state.CREDITS):
            rules[(c.object, c.predicate)].add(c.rule)
        names = {k: e.name for k, e in ex.entities.items() if e.kind == "person"}
        credits = []
        for f in ex.facts:
            if f.predicate not in ROLES or f.subject != ex.reviewed_film or f.object not in names:
                continue
            name = names[f.object]
            rs = sorted(rules.get((name, f.predicate), set()) | {f.rule})
            credits.append({"person": name, "role": f.predicate, "rules": rs, "start": f.start, "end": f.end})
        rows.append({"id": review.identifier, "critic": review.critic, "reviewed": ex.reviewed_film,
                     "header": {n: sorted(r) for n, r in people.items()},
                     "prose_people": [n for n in people if in_prose(n, review.text)],
                     # surnames some person mention of the prose carries (a miss without one is the people
                     # rules' or the NER's, not the credit rules')
                     "mentioned": sorted({fold_surname(e.name) for e in ex.entities.values() if e.kind == "person"}),
                     "credits": credits})
    return rows


def is_prose(rules: list[str]) -> bool:
    return any(not r.startswith(HEADER_PREFIXES) for r in rules)


def is_text(rules: list[str]) -> bool:
    return any(not r.startswith(HEADER_PREFIXES) and not r.startswith(KB_RULES) for r in rules)


def score(rows: list[dict]) -> tuple[dict[str, Counter[str]], list[dict]]:
    """Per role the counts, and the misses (header person, role, review)."""
    stats: dict[str, Counter[str]] = defaultdict(Counter)
    misses = []
    for row in rows:
        critic = fold_surname(row["critic"] or "")
        # "Editor: <the critic>" heads some newsletters: the critic's own name is no film credit
        header = {n: set(r) for n, r in row["header"].items() if fold_surname(n) != critic}
        by_surname: dict[str, set[str]] = defaultdict(set)
        for n, rs in header.items():
            by_surname[fold_surname(n)] |= rs
        given: dict[tuple[str, str], list[str]] = defaultdict(list)
        for c in row["credits"]:
            if is_prose(c["rules"]):
                given[(fold_surname(c["person"]), c["role"])] += c["rules"]
        listed = {r for rs in header.values() for r in rs}
        for n in row["prose_people"]:
            for role in header.get(n, set()) & set(CREW):
                st = stats[role]
                st["gold"] += 1
                rules = given.get((fold_surname(n), role))
                if rules:
                    st["found"] += 1
                    st["found_text"] += is_text(rules)
                else:
                    st["unmentioned"] += fold_surname(n) not in set(row.get("mentioned", ()))
                    misses.append({"id": row["id"], "critic": row["critic"], "role": role, "person": n,
                                   "reviewed": row["reviewed"],
                                   "other": sorted({c["role"] for c in row["credits"]
                                                    if fold_surname(c["person"]) == fold_surname(n)})})
                if not row["reviewed"]:
                    st["no_reviewed_film"] += 1
        for (key, role), rules in given.items():
            if role not in listed or role not in CREW:
                continue
            st = stats[role]
            right = role in by_surname.get(key, set())
            st["pred"] += 1
            st["right"] += right
            if is_text(rules):
                st["pred_text"] += 1
                st["right_text"] += right
    return stats, misses


def table(name: str, stats: dict[str, Counter[str]]) -> str:
    lines = [f"### {name}", "", "| role | silver pairs | recall | recall (text rules) | credits given | "
             "precision proxy | precision proxy (text rules) | misses with no person mention |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for role in CREW:
        st = stats.get(role, Counter())
        g, p, pt = st["gold"], st["pred"], st["pred_text"]
        lines.append(f"| {role} | {g} | {st['found'] / max(g, 1):.3f} | {st['found_text'] / max(g, 1):.3f} | {p} | "
                     f"{st['right'] / max(p, 1):.3f} | {st['right_text'] / max(pt, 1):.3f} | "
                     f"{st['unmentioned']} of {g - st['found']} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    global CREW  # --director, --actor and --contributor add their roles, --only keeps some
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--slice", choices=("develop", "test", "both"), default="both")
    ap.add_argument("--per-role", type=int, default=300, help="reviews drawn per role and slice")
    ap.add_argument("--per-critic", type=int, default=3, help="reviews of one critic per role and slice")
    ap.add_argument("--seed", type=int, default=10)
    ap.add_argument("-j", "--n-process", type=int, default=2)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/crew_silver_survey.json"),
                    help="the archive survey (header people named again in the prose), written once")
    ap.add_argument("--out", type=Path, help="write each review's result row here (jsonl)")
    ap.add_argument("--rows", type=Path, help="score these result rows instead of running the pipeline")
    ap.add_argument("--misses", type=Path, help="write the develop slice's misses here (jsonl)")
    ap.add_argument("--director", action="store_true",
                    help="score the reviewed film's director too (a survey of its own: the default cache + '-dir')")
    ap.add_argument("--actor", action="store_true",
                    help="score the header's cast too: actors named again in the prose (a survey of its own: the "
                         "default cache + '-act')")
    ap.add_argument("--contributor", action="store_true",
                    help="score the header's crafts too (production design, costumes, effects, choreography: the "
                         "schema's contributor) named again in the prose (a survey of its own: the default cache + "
                         "'-con')")
    ap.add_argument("--only", action="append", default=[], metavar="ROLE",
                    help="run and score only the reviews drawn for this role (repeatable; the draw is the same)")
    args = ap.parse_args(argv)
    if args.director:
        # the header's director named again in the prose: where the reviewed film's director is found without
        # a header (the other roles' draws do not change: each role is drawn on its own)
        CREW = (*CREW, "director")
        if args.cache:
            args.cache = args.cache.with_name(args.cache.stem + "-dir" + args.cache.suffix)

    if args.actor:
        # the header's cast named again in the prose, found as actors of the reviewed film without the header
        # (crew15d); the other roles' draws do not change
        CREW = (*CREW, "actor")
        if args.cache:
            args.cache = args.cache.with_name(args.cache.stem + "-act" + args.cache.suffix)

    if args.contributor:
        # a craft of the header ("Production Design: X") named again in the prose ties X to the reviewed film
        # with no role the schema has: the guideline's contributor (crew16s). Its survey holds more pages than the
        # default one, so the other roles' draws differ from a run without the flag: compare runs with the same flags
        CREW = (*CREW, "contributor")
        if args.cache:
            args.cache = args.cache.with_name(args.cache.stem + "-con" + args.cache.suffix)

    t0 = time.time()
    chosen = select(args.per_role, args.per_critic, args.seed, args.cache)
    if args.only:
        CREW = tuple(r for r in CREW if r in args.only)
        chosen = {p: {r: v for r, v in c.items() if r in CREW} for p, c in chosen.items()}
    slices = ["develop", "test"] if args.slice == "both" else [args.slice]
    for part in slices:
        ids = sorted({i for v in chosen[part].values() for i in v})
        print(f"{part}: {len(ids)} reviews; per role " + ", ".join(f"{r} {len(chosen[part].get(r, []))}"
                                                                  for r in CREW), file=sys.stderr)
    if args.rows:
        rows = [json.loads(line) for line in args.rows.open()]
    else:
        ids = sorted({i for p in slices for v in chosen[p].values() for i in v})
        rows = run(ids, args.n_process)
        if args.out:
            with args.out.open("w") as fh:
                for row in rows:
                    fh.write(json.dumps(row) + "\n")
    for part in slices:
        # each role is scored on the reviews drawn for it (the caps hold per role)
        merged: dict[str, Counter[str]] = {}
        all_misses = []
        by_id = {r["id"]: r for r in rows}
        for role in CREW:
            part_rows = [by_id[i] for i in chosen[part].get(role, []) if i in by_id]
            stats, misses = score(part_rows)
            merged[role] = stats.get(role, Counter())
            all_misses += [m for m in misses if m["role"] == role]
        print(table(f"{part} slice (seed {args.seed}, {args.per_role} reviews a role, "
                    f"{args.per_critic} a critic)", merged))
        print()
        if args.misses and part == "develop":
            with args.misses.open("w") as fh:
                for m in all_misses:
                    fh.write(json.dumps(m) + "\n")
    print(f"({time.time() - t0:.0f}s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
