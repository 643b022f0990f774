"""Characters taken as people, measured on the archive's own silver labels.

A review whose credits header gives parts ("Cast: Tom Ree (Sam Vale)", "Sam Vale ..... Tom Ree", the layouts
``header.page_credits`` reads) labels its characters' names: in the prose, a person the pipeline gives whose
name is made of one character's name words ("Sam Vale", "Vale", "Sam") is a character taken as a person, an
error by the guideline; a header actor whose surname the prose repeats must stay a person.

By default the header's lines are blanked (spaces, offsets kept, as training/crew_silver.py does), so the rules
are tested where no header tells them the parts; ``--keep-header`` runs the pages as they are. Per slice it
prints:

- characters in prose: (review, character) pairs whose name, or a word of it no header person shares, the
  prose (outside the header) writes capitalised;
- characters as people: person entities of the graph made only of one character's name words (the error this
  measure counts); its share of the characters in prose, and of all persons given;
- actors kept: header actors (with a part) whose surname the prose repeats, found as a person of that surname;
- persons given: every person entity of the graph (the critic left out).

Two slices: even review ids to develop rules on, odd ids to test them once. Reviews are drawn with ``--seed``,
at most ``--per-critic`` a critic, up to ``--n`` a slice. Dev, every gold set under tests/data and the blind sets
are never read (training/gold_sets.py and the ids below). The archive's lexicon counts parts from the same
headers (``ArchiveLexicon.is_part``), the drawn review's own header among them: a rule asking it has a small bias
in its favour here.

    .venv/bin/python training/character_silver.py [--slice develop|test|both] [--n 500] [--keep-header]
        [--out ROWS.jsonl] [--rows ROWS.jsonl]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

from crew_silver import TXT, blank, blanked_docs, header_lines  # training/ is the scripts' folder
from gold_sets import never_read

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
#: Words of a part's name that say no one in particular ("Dr. Sam Vale" is labelled by "Sam" and "Vale").
_TITLE_WORDS = set("""the a an dr doctor mr mrs ms miss mister sir lady lord captain capt agent det detective officer
sgt sergeant lt lieutenant col colonel general gen major professor prof young old little big uncle aunt father mother
king queen prince princess brother sister judge senator president mayor sheriff deputy nurse reverend rev jr sr ii
iii himself herself themselves and of de la le van von voice narrator man woman boy girl""".split())


def _words(name: str) -> list[str]:
    from filmkg.core.normalize import fold

    return [w for w in fold(name).split() if len(w) > 1 and w not in _TITLE_WORDS]


def labels(text: str) -> tuple[list[dict], str] | None:
    """The header's parts ({actor, character, words}) and the text with the header blanked, or None."""
    from filmkg.extractors.header import page_credits

    credits = page_credits(text)
    parts = [h for h in credits if h.character and "actor" in h.roles]
    if not parts:
        return None
    person_words = {w for h in credits for w in _words(h.name)}
    out = []
    for h in parts:
        if re.search(r"\b(?:him|her|them)sel(?:f|ves)\b", h.character, re.I):
            continue
        # a word a header person's name shares ("Jack Ryan (Harrison Ford)" beside a cast member named Ryan)
        # labels nothing
        words = [w for w in _words(h.character) if w not in person_words]
        if words:
            out.append({"actor": h.name, "character": h.character, "words": words})
    return (out, blank(text, header_lines(text, credits))) if out else None


def _capitalised(word: str, prose: str) -> bool:
    return re.search(r"(?<![\w'])" + re.escape(word) + r"(?![\w])", prose, re.I) is not None and re.search(
        r"(?<![\w'])" + re.escape(word[0].upper() + word[1:]) + r"(?![\w])", prose) is not None


def _fold_text(text: str) -> str:
    from filmkg.core.normalize import fold

    return fold(text)


def survey(cache: Path | None) -> dict[str, str]:
    """{id: critic} of the archive pages whose header gives a part some word of which the prose writes."""
    if cache and cache.is_file():
        return json.loads(cache.read_text())
    with open(SHARED / "corpus" / "index.csv", newline="") as fh:
        critic = {row["id"]: row["critic"] for row in csv.DictReader(fh)}
    skip = never_read()
    skip |= {i.lstrip("0") for i in skip}
    out: dict[str, str] = {}
    for i in sorted(critic):
        if i in skip or i.lstrip("0") in skip or not (TXT / f"{i}.txt").is_file():
            continue
        found = labels((TXT / f"{i}.txt").read_text(errors="replace"))
        if found is None:
            continue
        parts, blanked = found
        if any(_capitalised(w, blanked) for p in parts for w in p["words"]):
            out[i] = critic[i]
    if cache:
        cache.write_text(json.dumps(out))
    return out


def select(n: int, per_critic: int, seed: int, cache: Path | None) -> dict[str, list[str]]:
    found = survey(cache)
    ids = sorted(found)
    random.Random(seed).shuffle(ids)
    out: dict[str, list[str]] = {"develop": [], "test": []}
    per: Counter[tuple[str, str]] = Counter()
    for i in ids:
        part = "develop" if int(i) % 2 == 0 else "test"
        if len(out[part]) < n and per[(part, found[i])] < per_critic:
            out[part].append(i)
            per[(part, found[i])] += 1
    return out


def run(ids: list[str], n_process: int, keep_header: bool) -> list[dict]:
    """Each review through the whole pipeline (its header blanked unless ``keep_header``): a row per review."""
    from filmkg.extractors import state
    from filmkg.extractors.assemble import to_extraction

    rows = []
    for doc, review, parts, blanked in blanked_docs(ids, n_process, labels, keep_header):
        ex = to_extraction(doc, review)
        rules: dict[str, set[str]] = {}
        first: dict[str, int] = {}
        for m in state.mentions(doc, state.PEOPLE):
            rules.setdefault(m.name, set()).add(m.rule)
            first.setdefault(m.name, m.start)
        persons = []
        for e in ex.entities.values():
            if e.kind != "person":
                continue
            at = first.get(e.name)
            persons.append({"name": e.name, "rules": sorted(rules.get(e.name, ())),
                            "context": blanked[max(0, at - 120):at + 120].replace("\n", " ") if at is not None
                            else ""})
        # the character rows the graph gives (header blanked: from the prose alone)
        chars = [{"actor": ex.entities[f.object].name, "character": f.character, "description": f.description,
                  "rule": f.rule, "context": blanked[max(0, f.start - 100):f.end + 100].replace("\n", " ")}
                 for f in ex.facts if f.predicate == "character" and f.object in ex.entities]
        rows.append({"id": review.identifier, "critic": review.critic, "parts": parts, "chars": chars,
                     # what the prose (header blanked) writes: the part words and actors' surnames it holds
                     "prose_words": sorted({w for p in parts for w in p["words"] + _words(p["actor"])[-1:]
                                            if _capitalised(w, blanked)}),
                     "persons": persons})
    return rows


def classify(person: str, parts: list[dict], actor_words: set[str]) -> str:
    words = _words(person)
    if not words:
        return "other"
    if any(set(words) <= set(p["words"]) for p in parts):
        return "character"
    if words[-1] in actor_words:
        return "actor"
    return "other"


def score(rows: list[dict]) -> tuple[Counter[str], list[dict]]:
    from filmkg.core.normalize import fold
    from filmkg.extractors.models import archive_roles

    careers = archive_roles()
    st: Counter[str] = Counter()
    errors = []
    for row in rows:
        critic = set(fold(row["critic"] or "").split())
        prose = set(row["prose_words"])
        # a "part" the archive's headers credit as a person is a header read the wrong way round ("Character
        # ..... Actor" columns taken as "Actor ..... Character"): no label
        parts = [p for p in row["parts"] if not sum(careers.get(p["character"]) or [0])]
        st["reviews"] += 1
        st["chars_in_prose"] += sum(1 for p in parts if set(p["words"]) & prose)
        actor_surnames = {(_words(p["actor"]) or [""])[-1] for p in parts}
        st["actors_in_prose"] += len(actor_surnames & prose)
        found = set()
        for p in row["persons"]:
            words = _words(p["name"])
            if words and critic and set(words) <= critic:
                continue
            st["persons"] += 1
            kind = classify(p["name"], parts, actor_surnames)
            st[kind] += 1
            if kind == "character":
                errors.append({"id": row["id"], "critic": row["critic"], **p})
            elif kind == "actor":
                found.add(words[-1])
        st["actors_found"] += len(found & actor_surnames & prose)
        _score_rows(row, parts, prose, st)
    return st, errors


def _score_rows(row: dict, parts: list[dict], prose: set[str], st: Counter[str]) -> None:
    """Character rows against the header's parts: a part whose actor's surname and a word of whose name the prose
    both write is a row the graph should give (``rows_due``); ``rows_found``: it gives a row for that actor whose
    character shares a word with the part. ``rows_given``: rows for an actor the header gives a part;
    ``rows_agree``: those whose character shares a word with that actor's part (a row that only describes, or
    names another part, is not counted as agreeing)."""
    by_surname: dict[str, list[dict]] = {}
    for p in parts:
        by_surname.setdefault((_words(p["actor"]) or [""])[-1], []).append(p)
    given: dict[str, list[set[str]]] = {}
    for ch in row.get("chars", ()):
        surname = (_words(ch["actor"]) or [""])[-1]
        if surname in by_surname:
            words = set(_words(ch["character"] or ""))
            given.setdefault(surname, []).append(words)
            st["rows_given"] += 1
            st["rows_agree"] += any(words & set(p["words"]) for p in by_surname[surname])
    for surname, ps in by_surname.items():
        for p in ps:
            if surname in prose and set(p["words"]) & prose:
                st["rows_due"] += 1
                st["rows_found"] += any(w & set(p["words"]) for w in given.get(surname, ()))


def table(name: str, st: Counter[str]) -> str:
    c, cp, p = st["character"], st["chars_in_prose"], st["persons"]
    return "\n".join([
        f"### {name}", "",
        "| reviews | characters in prose | characters as people | share of characters | share of persons | "
        "actors kept | persons given |", "|---:|---:|---:|---:|---:|---:|---:|",
        f"| {st['reviews']} | {cp} | {c} | {c / max(cp, 1):.3f} | {c / max(p, 1):.3f} | "
        f"{st['actors_found']} of {st['actors_in_prose']} ({st['actors_found'] / max(st['actors_in_prose'], 1):.3f}) "
        f"| {p} |", "",
        "| rows due (actor and part in prose) | found | recall | rows for header actors | agreeing with the part |",
        "|---:|---:|---:|---:|---:|",
        f"| {st['rows_due']} | {st['rows_found']} | {st['rows_found'] / max(st['rows_due'], 1):.3f} | "
        f"{st['rows_given']} | {st['rows_agree']} ({st['rows_agree'] / max(st['rows_given'], 1):.3f}) |"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--slice", choices=("develop", "test", "both"), default="develop")
    ap.add_argument("--n", type=int, default=500, help="reviews drawn per slice")
    ap.add_argument("--per-critic", type=int, default=5)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("-j", "--n-process", type=int, default=2)
    ap.add_argument("--keep-header", action="store_true", help="run the pages with their headers")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/character_silver_survey.json"))
    ap.add_argument("--out", type=Path, help="write each review's result row here (jsonl)")
    ap.add_argument("--rows", type=Path, help="score these result rows instead of running the pipeline")
    ap.add_argument("--errors", type=Path, help="write the characters taken as people here (jsonl)")
    args = ap.parse_args(argv)

    t0 = time.time()
    chosen = select(args.n, args.per_critic, args.seed, args.cache)
    slices = ["develop", "test"] if args.slice == "both" else [args.slice]
    if args.rows:
        rows = [json.loads(line) for line in args.rows.open()]
    else:
        rows = run(sorted({i for p in slices for i in chosen[p]}), args.n_process, args.keep_header)
        if args.out:
            with args.out.open("w") as fh:
                for row in rows:
                    fh.write(json.dumps(row) + "\n")
    by_id = {r["id"]: r for r in rows}
    all_errors = []
    for part in slices:
        st, errors = score([by_id[i] for i in chosen[part] if i in by_id])
        all_errors += errors
        print(table(f"{part} slice (seed {args.seed}, {args.n} reviews, {args.per_critic} a critic, header "
                    f"{'kept' if args.keep_header else 'blanked'})", st))
        print()
    if args.errors:
        with args.errors.open("w") as fh:
            for e in all_errors:
                fh.write(json.dumps(e) + "\n")
    print(f"({time.time() - t0:.0f}s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
