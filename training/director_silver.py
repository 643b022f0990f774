"""Recall of director credits on films other than the reviewed one, measured on the archive's own headers.

A review names other films in passing, and often their directors beside them ("Scorsese's TAXI DRIVER",
"TAXI DRIVER (Scorsese, 1976)", "X, who directed Y"). The archive knows who directed many of those films:
each is the reviewed film of some other archive review whose credits header names its director. The silver
labels: in a review R, a film F the pipeline finds (other than R's reviewed film) that some other review's
header credits with a director D, where D's surname stands in R's prose in the sentence of a mention of F or
in the sentence next to it. The pair (D, director, F) should then be a credit of R's graph.

It prints:

- recall: silver pairs the pipeline gives as a director credit of F (a person of D's surname); ``text``
  counts only credits some rule other than the KB's gave (the lexicon's principals are joined by the
  archive's headers, the very labels here: on a film no list knows, only the text rules can give it);
- precision proxy: among the pipeline's director credits on other films whose director the headers know,
  the share going to a person of a known director's surname (the rest: an actor, a writer, a wrong film).

Two slices: even review ids to develop rules on, odd ids to test them; at most ``--per-critic`` reviews of
one critic. Dev, every gold set under tests/data and the blind sets are never read (training/gold_sets.py).
``--save`` keeps the sample (texts and labels, fixed from that run's films), ``--reuse`` re-runs the
pipeline on it and scores the same labels (a rule change, in a minute or two).

    .venv/bin/python training/director_silver.py --slice develop --n 1500 --save /tmp/ds-dev.json
    .venv/bin/python training/director_silver.py --reuse /tmp/ds-dev.json [--misses FILE.jsonl]
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from crew_silver import HTML, KB_RULES, SHARED, TXT, fold_surname, header_lines, is_prose  # noqa: E402
from gold_sets import never_read  # noqa: E402 - a script beside this one
from unmarked_films import apply_settings  # noqa: E402


def skipped() -> set[str]:
    skip = never_read()
    return skip | {i.lstrip("0") for i in skip}


def header_directors(cache: Path | None) -> dict[str, dict[str, list[str]]]:
    """{film key of a reviewed film: {director: [review ids whose header names them]}} over the archive."""
    if cache and cache.is_file():
        return json.loads(cache.read_text())
    from filmkg.extractors.header import page_credits
    from filmkg.extractors.reviewed import film_key, page_title

    skip = skipped()
    out: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    with open(SHARED / "corpus" / "index.csv", newline="") as fh:
        for row in csv.DictReader(fh):
            i = row["id"]
            path = TXT / f"{i}.txt"
            if i in skip or i.lstrip("0") in skip or not path.is_file():
                continue
            title, _ = page_title(row["page_title"])
            key = film_key(title) if title else ""
            if not key:
                continue
            for h in page_credits(path.read_text()):
                if "director" in h.roles and h.name:
                    out[key][h.name].append(i)
    data = {k: dict(v) for k, v in out.items()}
    if cache:
        cache.write_text(json.dumps(data))
    return data


def draw(part: str, n: int, per_critic: int, seed: int) -> list[str]:
    """``n`` review ids of the slice (even ids develop, odd test), at most ``per_critic`` of a critic."""
    skip = skipped()
    with open(SHARED / "corpus" / "index.csv", newline="") as fh:
        rows = list(csv.DictReader(fh))
    random.Random(seed).shuffle(rows)
    per: Counter[str] = Counter()
    out = []
    for r in rows:
        i = r["id"]
        if i in skip or i.lstrip("0") in skip or int(i) % 2 != (0 if part == "develop" else 1):
            continue
        if per[r["critic"]] >= per_critic or not (TXT / f"{i}.txt").is_file():
            continue
        per[r["critic"]] += 1
        out.append(i)
        if len(out) >= n:
            break
    return out


def pipeline_rows(reviews: list, n_process: int, lexicon: Any = None) -> Iterator[dict]:
    """Each review through the whole pipeline (``lexicon``: the KB's by default): its other films and its people
    with their spans, its sentences and credits lines, and its credits on other films with every rule that gave
    them (the Extraction keeps only the most confident). training/ties_silver.py reads the same rows."""
    from filmkg.core.normalize import name_key
    from filmkg.core.records import ROLES
    from filmkg.extractors import state
    from filmkg.extractors.assemble import to_extraction
    from filmkg.extractors.context import sentences
    from filmkg.extractors.header import page_credits
    from filmkg.extractors.pipeline import load_nlp, spacy_text
    from filmkg.linking.imdb_kb import load_kb
    from filmkg.linking.lexicon import Lexicon

    nlp = load_nlp("filmkg", lexicon if lexicon is not None else Lexicon.from_kb(load_kb(None)))
    pairs = ((spacy_text(r.text), r) for r in reviews)
    for doc, review in nlp.pipe(pairs, as_tuples=True, n_process=n_process, batch_size=16):
        if getattr(doc._, state.FAILED):
            continue
        ex = to_extraction(doc, review)
        rules: dict[tuple[str, str, str], set[str]] = defaultdict(set)
        for c in state.facts(doc, state.CREDITS):
            rules[(name_key(c.subject, film=True), c.object, c.predicate)].add(c.rule)
        names = {k: e.name for k, e in ex.entities.items()}
        films = [{"key": k, "name": e.name, "spans": sorted({(m.start, m.end) for m in e.mentions})}
                 for k, e in ex.entities.items() if e.kind == "film" and k != ex.reviewed_film]
        people = [{"name": e.name, "spans": sorted({(m.start, m.end) for m in e.mentions})}
                  for e in ex.entities.values() if e.kind == "person"]
        credits = []
        for f in ex.facts:
            if f.predicate not in ROLES or f.subject == ex.reviewed_film or f.object not in names:
                continue
            film, person = names.get(f.subject, f.subject), names[f.object]
            rs = sorted(rules.get((name_key(film, film=True), person, f.predicate), set()) | {f.rule})
            credits.append({"film": film, "person": person, "role": f.predicate, "rules": rs, "start": f.start,
                            "end": f.end})
        yield {"id": review.identifier, "critic": review.critic, "text": review.text,
               "reviewed": names.get(ex.reviewed_film or "", ""),
               "header": header_lines(review.text, page_credits(review.text)),
               "sentences": sentences(doc), "films": films, "people": people, "credits": credits}


def run(reviews: list, n_process: int) -> list[dict]:
    """Each review through the whole pipeline: its films, sentences and director credits on other films."""
    return list(pipeline_rows(reviews, n_process))


def read_reviews(ids: list[str]) -> list:
    """The archive pages of ``ids``, parsed (an unreadable page counts for nothing)."""
    from filmkg.readers.sources import iter_raw, parse

    reviews = []
    for raw in iter_raw([HTML / f"{i}.html" for i in ids]):
        try:
            reviews.append(parse(raw))
        except Exception:  # noqa: BLE001 - an unreadable page counts for nothing
            continue
    return reviews


def saved_reviews(sample: dict) -> list:
    """The reviews a ``--save`` sample kept, as Review records again."""
    from filmkg.core.records import Review

    fields = {f.name for f in dataclasses.fields(Review)}
    return [Review(**{k: tuple(v) if isinstance(v, list) else v for k, v in r.items() if k in fields})
            for r in sample["reviews"]]


_WORD = r"(?<![\w'\u2019-]){}(?![\w-])"


def labels(row: dict, directors: dict[str, dict[str, list[str]]]) -> list[dict]:
    """The silver pairs of one review: (director, film) with the director's surname in the prose within a
    sentence of a mention of the film, the film's director known from another review's header."""
    import bisect

    from filmkg.extractors.models import archive_lexicon
    from filmkg.extractors.reviewed import film_key

    given_names, common = archive_lexicon().given_names, archive_lexicon().common_words
    text, sents = row["text"], [tuple(s) for s in row["sentences"]]
    starts = [s for s, _ in sents]
    header = [tuple(h) for h in row["header"]]
    critic = fold_surname(row["critic"] or "")
    reviewed = film_key(row["reviewed"]) if row["reviewed"] else ""

    def sent(pos: int) -> int:
        return bisect.bisect_right(starts, pos) - 1

    out = []
    for f in row["films"]:
        key = film_key(f["name"])
        if not key or key == reviewed or key not in directors:
            continue
        where = {sent(a) for a, _ in f["spans"]}
        for name, ids in sorted(directors[key].items()):
            if row["id"] in ids:
                continue
            words = name.split()
            sur = words[-1] if words else ""
            # a full name only: one word or capitals are the header parser's fragments ("Paul", "THE")
            if len(words) < 2 or len(sur) < 3 or not sur[0].isupper() or sur.isupper() or \
                    fold_surname(name) == critic:
                continue
            for m in re.finditer(_WORD.format(re.escape(sur)), text):
                if any(a <= m.start() < b for a, b in header) or any(a <= m.start() < b for a, b in f["spans"]):
                    continue
                # "Ridley Scott" is not "Campbell Scott": another given name before the surname
                given = re.search(r"([A-Z][\w\-]+)\s+$", text[max(0, m.start() - 30) : m.start()])
                if given and given[1] not in words[:-1] and given[1] in given_names and \
                        given[1].lower() not in common:
                    continue
                if any(abs(sent(m.start()) - w) <= 1 for w in where):
                    s0 = sents[max(0, min(sent(m.start()), *where))]
                    out.append({"film": f["name"], "key": key, "director": name, "at": m.start(),
                                "same_sentence": sent(m.start()) in where, "sentence_start": s0[0]})
                    break
    # one label per (film, surname)
    seen, uniq = set(), []
    for lab in out:
        k = (lab["key"], fold_surname(lab["director"]))
        if k not in seen:
            seen.add(k)
            uniq.append(lab)
    return uniq


def is_text(rules: list[str]) -> bool:
    return any(not r.startswith(("header", "run_in_header")) and not r.startswith(KB_RULES) for r in rules)


def score(rows: list[dict], labels_of: dict[str, list[dict]], directors: dict[str, dict[str, list[str]]],
          misses_out: Path | None = None) -> dict[str, float]:
    from filmkg.extractors.reviewed import film_key

    st: Counter[str] = Counter()
    by_rule: Counter[str] = Counter()
    wrong: list[tuple] = []
    misses = []
    for row in rows:
        given: dict[tuple[str, str], list[str]] = defaultdict(list)
        other: dict[tuple[str, str], str] = {}  # a credit of another role on the pair (a "contributor" tie)
        for c in row["credits"]:
            if not is_prose(c["rules"]):
                continue
            if c.get("role", "director") == "director":
                given[(film_key(c["film"]), fold_surname(c["person"]))] += c["rules"]
            else:
                other[(film_key(c["film"]), fold_surname(c["person"]))] = c["role"]
        for lab in labels_of.get(row["id"], []):
            st["gold"] += 1
            st["gold_same"] += lab["same_sentence"]
            rules = given.get((lab["key"], fold_surname(lab["director"])))
            if rules:
                st["found"] += 1
                st["found_text"] += is_text(rules)
                st["found_same"] += lab["same_sentence"]
            else:
                tie = other.get((lab["key"], fold_surname(lab["director"])))
                st["other_role"] += tie is not None
                st["contributor"] += tie == "contributor"
                text = row["text"]
                a = lab["sentence_start"]
                misses.append({"id": row["id"], "critic": row["critic"], "film": lab["film"],
                               "director": lab["director"], "other_role": tie, "same_sentence": lab["same_sentence"],
                               "context": re.sub(r"\s+", " ", text[a : lab["at"] + 160])})
        for (key, sur), rules in given.items():
            known = directors.get(key)
            if not known:
                continue
            right = sur in {fold_surname(n) for n in known}
            st["pred"] += 1
            st["right"] += right
            for r in set(rules):
                by_rule[r, right] += 1
            if is_text(rules):
                st["pred_text"] += 1
                st["right_text"] += right
            if not right:
                wrong.append((row["id"], key, sur, ",".join(sorted(set(rules)))))
    g, p, pt = st["gold"], st["pred"], st["pred_text"]
    res = {"reviews": len(rows), "silver pairs": g, "same sentence": st["gold_same"],
           "recall": st["found"] / max(g, 1), "recall (text rules)": st["found_text"] / max(g, 1),
           "recall (same sentence)": st["found_same"] / max(st["gold_same"], 1),
           "misses credited another role": st["other_role"], "... of them contributor": st["contributor"],
           "credits on known films": p, "precision proxy": st["right"] / max(p, 1),
           "precision proxy (text rules)": st["right_text"] / max(pt, 1), "text credits": pt}
    for k, v in res.items():
        print(f"{k:32} {v:.3f}" if isinstance(v, float) else f"{k:32} {v}")
    rules = sorted({r for r, _ in by_rule})
    print("rule (right/wrong on known films):",
          "; ".join(f"{r} {by_rule[r, True]}/{by_rule[r, False]}" for r in rules))
    if misses_out:
        with misses_out.open("w") as fh:
            for m in misses:
                fh.write(json.dumps(m) + "\n")
        with misses_out.with_suffix(".wrong.jsonl").open("w") as fh:
            for w in wrong:
                fh.write(json.dumps(w) + "\n")
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--slice", choices=("develop", "test"), default="develop")
    ap.add_argument("--n", type=int, default=1500, help="reviews drawn")
    ap.add_argument("--per-critic", type=int, default=4)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("-j", "--n-process", type=int, default=2)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/director_silver_headers.json"),
                    help="the archive's header directors per reviewed film, written once")
    ap.add_argument("--save", type=Path, help="keep the sample (texts, labels) here")
    ap.add_argument("--reuse", type=Path, help="re-run the pipeline on a saved sample and score its labels")
    ap.add_argument("--set", action="append", default=[], metavar="MODULE.CONSTANT=VALUE",
                    help="override a switch of filmkg.extractors (a Python literal), e.g. "
                         "film_relations.THRESHOLDS={'director':0.4}")
    ap.add_argument("--out", type=Path, help="write each review's director credits on other films here (jsonl)")
    ap.add_argument("--misses", type=Path, help="write the misses here (jsonl; wrong credits beside it)")
    args = ap.parse_args(argv)
    apply_settings(args.set)

    from filmkg.extractors.reviewed import film_key

    t0 = time.time()
    directors = header_directors(args.cache)
    if args.reuse:
        sample = json.loads(args.reuse.read_text())
        rows = run(saved_reviews(sample), args.n_process)
        labels_of = sample["labels"]
    else:
        reviews = read_reviews(draw(args.slice, args.n, args.per_critic, args.seed))
        rows = run(reviews, args.n_process)
        labels_of = {row["id"]: labels(row, directors) for row in rows}
        if args.save:
            # reviews with a label, or with another film whose director the headers know (the precision proxy)
            kept = {i for i, v in labels_of.items() if v} | {
                row["id"] for row in rows if any(film_key(f["name"]) in directors for f in row["films"])}
            args.save.write_text(json.dumps({
                "reviews": [dataclasses.asdict(r) for r in reviews if r.identifier in kept],
                "labels": {i: v for i, v in labels_of.items() if v}, "slice": args.slice, "seed": args.seed}))
    if args.out:
        with args.out.open("w") as fh:
            for row in rows:
                fh.write(json.dumps({"id": row["id"], "credits": row["credits"]}) + "\n")
    print(f"{args.slice if not args.reuse else args.reuse.name}: ", end="")
    score(rows, labels_of, directors, args.misses)
    print(f"({time.time() - t0:.0f}s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
