"""Silver recall of films written without typography, measured on the archive itself.

43% of the films reviews name carry no capitals, quotes or underscores. Critics who do mark titles label
their own films: each sampled review is read twice, as written (the *teacher*) and with every title mark the
teacher found taken away (the *student*: CAPS title-cased, quotes, underscores and asterisks dropped, the
critic unknown). The student's other films (not the reviewed one) are scored against the teacher's marked
ones; a film the student finds that the teacher found nowhere counts against its precision.

    .venv/bin/python training/unmarked_films.py --n 600 --part even --save /tmp/um-even.json
    .venv/bin/python training/unmarked_films.py --reuse /tmp/um-even.json [--set titles.TITLE_SHAPES=False]

``--part even`` develops rules, ``--part odd`` tests them; dev and every gold set are never read
(training/gold_sets.py). ``--save`` keeps the teacher's films and the student texts, so that ``--reuse``
scores a rule change (``--set module.CONSTANT=value`` flips a switch of :mod:`filmkg.extractors`) in a minute.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import importlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "training"))
from gold_sets import never_read  # noqa: E402 - a script beside this one

MARK_RULES = frozenset({"titles.quoted", "titles.caps", "titles.marked"})
MARKS = "\"'_*\u201c\u201d\u2018\u2019`"
SMALL = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from",
                   "vs.", "vs"})


def title_case(s: str) -> str:
    """"LEAVING LAS VEGAS" -> "Leaving Las Vegas", as a critic who marks nothing writes it."""
    # split at any white space, kept: a title broken over two lines ("BEVERLY\nHILLS COP") keeps each word's capital
    parts = re.split(r"(\s+)", s)
    out = []
    for i, w in enumerate(parts):
        lw = w.lower()
        if i % 2:
            out.append(w)
        else:
            out.append(lw if i and lw in SMALL else w[:1] + lw[1:] if w[:1].isalnum() else w[:2] + lw[2:])
    return "".join(out)


def unmark(text: str, spans: list[tuple[int, int, str]]) -> str:
    """The text with the marks around (and the capitals of) the given title spans taken away."""
    out, pos = [], 0
    for s, e, rule in sorted(spans):
        if s < pos:
            continue
        a, b = s, e
        while a > pos and text[a - 1] in MARKS:
            a -= 1
        while b < len(text) and text[b] in MARKS:
            b += 1
        inner = text[s:e].strip(MARKS)
        out += [text[pos:a], title_case(inner) if inner.isupper() or rule == "titles.caps" else inner]
        pos = b
    out.append(text[pos:])
    return "".join(out)


def films_of(extraction: Any, reviewed: str | None) -> tuple[dict[str, list[str]], set[str]]:
    """The review's films but the reviewed one ({key: rules}) and the keys of those a mark rule found."""
    from filmkg.core.normalize import name_key

    names: dict[str, list[str]] = {}
    marked: set[str] = set()
    for ent in extraction.entities.values():
        key = name_key(ent.name, film=True)
        if ent.kind != "film" or key == reviewed:
            continue
        names[key] = sorted({m.rule for m in ent.mentions})
        if any(m.rule in MARK_RULES for m in ent.mentions):
            marked.add(key)
    return names, marked


def extractor() -> Any:
    from filmkg.extractors.pipeline import ReviewExtractor, load_nlp
    from filmkg.linking.imdb_kb import load_kb
    from filmkg.linking.lexicon import Lexicon

    return ReviewExtractor(nlp=load_nlp("filmkg", Lexicon.from_kb(load_kb(None))))


def draw_reviews(seed: int, part: str, per_critic: int, n: int) -> list[Any]:
    """``n`` archive reviews read and parsed, in the index shuffled with ``seed``: ``per_critic`` a critic at most, ids
    of ``part`` ("even", "odd" or "all"), never :func:`gold_sets.never_read`. Also the draw of ``marked_recall.py``."""
    from filmkg.readers.sources import iter_tarball, parse

    skip = never_read()
    with open(SHARED / "corpus" / "index.csv", newline="") as fh:
        rows = list(csv.DictReader(fh))
    random.Random(seed).shuffle(rows)
    per: Counter[str] = Counter()
    chosen: set[str] = set()
    for r in rows:
        odd = int(r["id"]) % 2
        if r["id"] in skip or per[r["critic"]] >= per_critic or (part == "even" and odd) or (part == "odd" and not odd):
            continue
        per[r["critic"]] += 1
        chosen.add(r["id"])
        if len(chosen) >= n:
            break
    tarball = next((SHARED / "corpus").glob("*.tar*"))
    return [parse(raw) for raw in iter_tarball(tarball) if raw.identifier in chosen and raw.error is None]


def teacher(args: argparse.Namespace, ex: Any) -> dict[str, dict]:
    """Draw the sample (``--per-critic`` reviews a critic at most), read it as written, and unmark it."""
    from filmkg.core.normalize import name_key

    # about a quarter of reviews mark two films or more
    reviews = draw_reviews(args.seed, args.part, args.per_critic, args.n * 4)
    sample: dict[str, dict] = {}
    for review, e in zip(reviews, ex.extract_many(reviews), strict=True):
        if isinstance(e, tuple):
            continue
        reviewed = name_key(e.entities[e.reviewed_film].name, film=True) if e.reviewed_film in e.entities else None
        names, marked = films_of(e, reviewed)
        if len(marked) < 2:
            continue
        spans = [(m.start, m.end, m.rule) for ent in e.entities.values() if ent.kind == "film"
                 for m in ent.mentions if m.rule in MARK_RULES]
        student = dataclasses.replace(review, text=unmark(review.text, spans), critic=None, critic_span=None,
                                      title_span=None)
        sample[review.identifier] = dataclasses.asdict(student) | {
            "teacher": {"films": names, "marked": sorted(marked), "reviewed": reviewed}}
        if len(sample) >= args.n:
            break
    return sample


def score(sample: dict[str, dict], ex: Any, show: int = 0) -> dict[str, Any]:
    """Read the student texts and print recall, new films and the rules that found the student's films."""
    from filmkg.core.records import Review

    fields = {f.name for f in dataclasses.fields(Review)}
    students = [Review(**{k: tuple(v) if isinstance(v, list) else v for k, v in m.items() if k in fields})
                for m in sample.values()]
    tp = fn = new = pred = 0
    by_rule: Counter[str] = Counter()
    misses, news = [], []
    for review, e in zip(students, ex.extract_many(students), strict=True):
        if isinstance(e, tuple):
            continue
        t = sample[review.identifier]["teacher"]
        found, _ = films_of(e, t["reviewed"])
        for key, rules in found.items():
            if {"titles.reviewed", "titles.reviewed_alias"} & set(rules) or rules == ["titles.caps"]:
                continue  # the reviewed film's other titles; capitals the unmarking left (the critic is hidden)
            pred += 1
            if key in t["marked"]:
                tp += 1
                by_rule[",".join(rules)] += 1
            elif key not in t["films"]:
                new += 1
                news.append((review.identifier, key, rules))
        misses += [(review.identifier, key) for key in t["marked"] if key not in found]
        fn += sum(key not in found for key in t["marked"])
    r, p = tp / max(1, tp + fn), 1 - new / max(1, pred)
    print(f"{len(students)} reviews; {tp + fn} films the teacher marked (not the reviewed one)")
    print(f"student recall {r:.3f} ({tp}/{tp + fn}); new films {new} of {pred} (precision proxy {p:.3f}); "
          f"F {2 * p * r / max(1e-9, p + r):.3f}")
    for rules, c in by_rule.most_common(12):
        print(f"  {c:5} {rules}")
    rnd = random.Random(1)
    for title, rows in (("misses", misses), ("new", news)):
        if show:
            print(f"-- {title}")
            for row in rnd.sample(rows, min(show, len(rows))):
                print("  ", *row)
    return {"recall": r, "precision_proxy": p, "misses": misses, "new": news}


def apply_settings(settings: list[str]) -> None:
    """Set switches of filmkg.extractors from ``MODULE.CONSTANT=VALUE`` strings (VALUE a Python literal)."""
    import ast

    for setting in settings:
        name, value = setting.split("=", 1)
        module, constant = name.rsplit(".", 1)
        setattr(importlib.import_module(f"filmkg.extractors.{module}"), constant, ast.literal_eval(value))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=600, help="reviews that mark two films or more")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--per-critic", type=int, default=2)
    ap.add_argument("--part", choices=("even", "odd", "all"), default="all", help="review ids to draw from")
    ap.add_argument("--save", type=Path, help="keep the sample (teacher films, student texts) here")
    ap.add_argument("--reuse", type=Path, help="score a sample saved by --save")
    ap.add_argument("--set", action="append", default=[], metavar="MODULE.CONSTANT=VALUE",
                    help="override a switch of filmkg.extractors (a Python literal), e.g. titles.TITLE_SHAPES=False")
    ap.add_argument("--show", type=int, default=0, help="print this many random misses and new films")
    args = ap.parse_args(argv)
    apply_settings(args.set)
    ex = extractor()
    if args.reuse:
        sample = json.loads(args.reuse.read_text())
    else:
        sample = teacher(args, ex)
        if args.save:
            args.save.write_text(json.dumps(sample))
    score(sample, ex, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
