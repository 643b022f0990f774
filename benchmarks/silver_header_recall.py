"""Silver recall of the credits header: which header layouts leave names with no credit.

    .venv/bin/python benchmarks/silver_header_recall.py [--n 400] [--seed 7] [--show LAYOUT] [--limit 3000]

Draws a random sample of archive pages (the gold and held-out sets under tests/data and ../shared/eval
left out; the blind sets are not in /tmp/archive-txt), runs the whole pipeline on each, and looks at the
top of the review (``--limit`` characters) for lines of credit shape, whatever the label:

- ``label: NAME`` / ``label - NAME`` / ``label    NAME`` (a label of one to six words, known or not),
  the label's words reported, slash-joined labels ("Director/Screenplay") as their own layout;
- ``NAME (NAME), NAME (NAME)`` lists with no label (two or more pairs in a paragraph);
- column tables: two or more ``X:  NAME`` cells on one line, or a name and a bracket in columns;
- one name a line under a bare label line.

Each two-word-or-longer capitalised name in such a line is a silver label: the review should give it some
credit of the reviewed film (or, for a name inside brackets after a name, a character). A name that ends
with neither is a miss. Prints, per layout: lines, reviews, critics, names, names with no credit
(the silver recall), and the reviews and critics with at least one miss, largest reach first.
``--show LAYOUT`` prints the missed lines of the layouts whose name starts so.
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

from filmkg.core.errors import ReviewFormatError
from filmkg.core.normalize import fold
from filmkg.core.records import ROLES
from filmkg.readers.sources import iter_raw, parse

ROOT = Path(__file__).resolve().parent.parent
HTML = Path("/tmp/contrib/html/movie")
TXT = Path("/tmp/archive-txt")

NAME = r"[A-Z][\w'\u2019\-]*\.?(?:[ \t]+(?:[A-Z][\w'\u2019\-]*\.?|de|van|von|der|la|le|di|da|del|du))+"
_NAME_RE = re.compile(NAME)
#: "Label: X", "Label - X", "Label      X" at a line start (or after a sentence stop on a header line).
LABELLED = re.compile(r"(?m)(?:^|(?<=\.[ \t]))[ \t]*(?P<label>[A-Za-z][A-Za-z&/'\-]*(?:[ \t][A-Za-z&/'\-]+){0,5})"
                      r"(?P<sep>[ \t]*:[ \t]*|[ \t]+-{1,2}[ \t]+|[ \t]{3,}|\t)(?=[A-Z])")
PAIR = re.compile(rf"(?P<a>{NAME})[ \t\n]*\((?P<b>[A-Z][^()\n]{{0,40}})\)")
CELL = re.compile(rf"(?:^|[ \t]{{3,}})(?P<left>[A-Z][\w .'\-]{{0,30}}?)[ \t]*:[ \t]+(?P<name>{NAME})")
PROSE = re.compile(r"\b(?:the|is|was|and|of|a|in|to|that|this|it|for|with|his|her)\b")
STOP_WORDS = {"the", "a", "an", "of", "and", "by", "review", "reviewed", "copyright", "film", "movie", "rated",
              "running", "time", "mpaa", "rating", "released", "date", "release", "country", "language",
              "mins", "minutes", "usa", "stars", "out"}
NOT_LABELS = {"reviewed by", "a film review by", "copyright", "rating", "rated", "running time", "mpaa rating",
              "release date", "mpaa", "review by", "subject", "date", "newsgroups", "from", "summary", "keywords",
              "organization", "note", "web site", "email", "e-mail", "url", "spoilers", "warning", "country",
              "language", "length", "runtime", "format", "distributor", "studio", "released by", "re", "plot",
              "capsule", "capsule review", "review", "author", "by", "distributed by", "theatres", "theaters",
              "reviewed at", "mpaa classification", "production company", "sound mix", "film title", "also",
              "synopsis", "starring in", "cinema", "theater", "theatre", "web", "homepage", "home page", "sound"}


def header_region(text: str, limit: int) -> str:
    return text[:limit]


def names(s: str) -> list[str]:
    out = []
    # parts in brackets or after "as", sources after "based on" / "from" are not the label's people
    s = re.split(r"(?i)\b(?:based|from|inspired|adapted|theme)\b|;", s)[0]
    s = re.sub(r"\([^)]*\)|\sas\s[^,]*", lambda m: " " * len(m[0]), s)
    for m in _NAME_RE.finditer(s):
        words = m[0].replace(".", "").lower().split()
        if words[0] in STOP_WORDS or sum(w in STOP_WORDS for w in words) * 2 >= len(words):
            continue
        out.append(" ".join(m[0].split()))
    return out


def candidates(text: str, limit: int) -> list[tuple[str, str, str, str]]:
    """(layout, line text, name, kind) for each silver name in the header region; kind is person/character."""
    region = header_region(text, limit)
    out: list[tuple[str, str, str, str]] = []
    seen: set[str] = set()
    lines = region.split("\n")
    for i, line in enumerate(lines):
        if not line.strip() or len(line) > 200:
            continue
        cells = list(CELL.finditer(line))
        if len(cells) >= 2 or (len(cells) == 1 and not PROSE.search(line.lower()) and i + 1 < len(lines)
                               and CELL.search(lines[i + 1]) and len(CELL.findall(lines[i + 1])) >= 2):
            for c in cells:
                known = _is_label(c["left"])
                layout = "two-column 'Character: Actor' table" if not known else "two labels on one line"
                for n in [c["name"]]:
                    out.append((layout, line, n, "person"))
                    if not known:
                        out.append((layout, line, c["left"].strip(), "character"))
            continue
        pairs = list(PAIR.finditer(line))
        m = LABELLED.match(line)
        if m and m["label"].lower().strip() not in NOT_LABELS and not PROSE.search(m["label"].lower()):
            label = " ".join(m["label"].lower().split())
            value = line[m.end():]
            if PROSE.search(re.sub(r"\([^)]*\)", "", value).lower()) and len(value) > 60:
                continue
            sep = "colon" if ":" in m["sep"] else "dash" if "-" in m["sep"] else "column"
            kind = "slash-joined label" if "/" in label else "label"
            layout = f"{kind} ({sep}): {label_class(label)}"
            for n in names(value):
                out.append((layout, line, n, "person"))
            for p in pairs:
                out.append((layout, line, p["b"].strip(), "character"))
            # "Label - A, Label - B" run-on lines: each further label's names.
            continue
        if len(pairs) >= 2 or (pairs and i > 0 and PAIR.search(lines[i - 1]) and not PROSE.search(
                re.sub(r"\([^)]*\)", "", line).lower())):
            if PROSE.search(re.sub(rf"\([^)]*\)|{NAME}", "", line).lower()):
                continue
            for p in pairs:
                out.append(("unlabelled 'Name (Name)' list", line, " ".join(p["a"].split()), "person"))
                out.append(("unlabelled 'Name (Name)' list", line, " ".join(p["b"].split()), "character"))
            continue
    # de-duplicate a name within a layout
    res = []
    for lay, line, n, kind in out:
        key = f"{lay}|{n}|{kind}"
        if key not in seen:
            seen.add(key)
            res.append((lay, line, n, kind))
    return res


CRAFTS = re.compile(r"effects|costume|design|make-?up|art\b|sound|stunt|choreograph|title|animation|casting|"
                    r"visual|creature|set\b|sets\b|decor|hair|wardrobe|supervisor|coordinator")


def label_class(label: str) -> str:
    from filmkg.extractors.header import LABEL_ROLES

    parts = [p.strip() for p in label.split("/")]
    if all(p in LABEL_ROLES for p in parts):
        return "known label"
    if any(CRAFTS.search(p) for p in parts):
        return "crew craft (contributor)"
    return "other label"


def _is_label(left: str) -> bool:
    from filmkg.extractors.header import LABEL_ROLES

    low = " ".join(left.lower().split())
    return low in LABEL_ROLES or any(w in low for w in ("direct", "writ", "produc", "music", "photograph",
                                                        "edit", "costume", "design", "screenplay", "cast"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--limit", type=int, default=3000)
    ap.add_argument("--show", metavar="LAYOUT")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--header", type=Path, help="run with this extractors/header.py instead (e.g. main's, to compare)")
    a = ap.parse_args()
    if a.header:
        import importlib.util
        import sys

        spec = importlib.util.spec_from_file_location("filmkg.extractors.header", a.header)
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
    from filmkg.extractors.pipeline import ReviewExtractor

    held = {p.stem.lstrip("0") for d in (ROOT / "tests" / "data").glob("gold-*") for p in d.glob("*.json")}
    held |= {p.stem.lstrip("0") for p in (ROOT.parent / "shared" / "eval" / "dev").glob("*.json")}
    ids = sorted(p.stem for p in TXT.glob("*.txt") if p.stem.lstrip("0") not in held)
    chosen = random.Random(a.seed).sample(ids, min(a.n, len(ids)))
    reviews = []
    for raw in iter_raw([HTML / f"{i}.html" for i in chosen]):
        try:
            reviews.append(parse(raw))
        except ReviewFormatError:
            continue
    ex = ReviewExtractor()
    stats: dict[str, dict] = defaultdict(lambda: {"names": 0, "missed": 0, "reviews": set(), "critics": set(),
                                                   "miss_reviews": set(), "miss_critics": set(), "lines": []})
    total = missed_total = 0
    missed_labels: Counter[str] = Counter()
    for review, extraction in zip(reviews, ex.extract_many(reviews), strict=True):
        if isinstance(extraction, tuple):
            continue
        cands = candidates(review.text, a.limit)
        if not cands:
            continue
        ents = extraction.entities
        film = extraction.reviewed_film
        credited = {fold(ents[f.object].name) for f in extraction.facts
                    if f.predicate in ROLES and f.subject == film and f.object in ents}
        parts = {fold(f.character or "") for f in extraction.facts if f.predicate == "character"}
        critic = review.critic or "?"
        for layout, line, n, kind in cands:
            key = fold(n)
            if kind == "person":
                # a variant spelling the people rules chose ("Cusak" for "Cusack"): same first letter and surname,
                # or same given name and surname initial
                ok = key in credited or any(key in c or c in key for c in credited if len(c) > 3) or any(
                    c.split()[-1] == key.split()[-1] and c[0] == key[0] or c.split()[0] == key.split()[0]
                    and c.split()[-1][0] == key.split()[-1][0] for c in credited if c.split() and key.split())
            else:
                ok = any(key in p or (p and p in key) for p in parts)
            st = stats[layout]
            st["names"] += 1
            st["reviews"].add(review.identifier)
            st["critics"].add(critic)
            total += 1
            if not ok:
                missed_total += 1
                st["missed"] += 1
                st["miss_reviews"].add(review.identifier)
                st["miss_critics"].add(critic)
                st["lines"].append((review.identifier, critic, kind, n, line))
                lm = LABELLED.match(line)
                if lm:
                    missed_labels[" ".join(lm["label"].lower().split())] += 1
    found = total - missed_total
    print(f"{len(reviews)} reviews (seed {a.seed}), {total} silver header names, "
          f"{found} with a credit or character (silver recall {found / max(total, 1):.3f})")
    # group label layouts whose label is rare under one row per separator
    print("| layout | reviews | critics | names | no credit | reviews with a miss | critics with a miss |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    rows = sorted(stats.items(), key=lambda kv: (-len(kv[1]["miss_critics"]), -len(kv[1]["miss_reviews"])))
    for layout, st in rows[: a.top]:
        print(f"| {layout} | {len(st['reviews'])} | {len(st['critics'])} | {st['names']} | {st['missed']} | "
              f"{len(st['miss_reviews'])} | {len(st['miss_critics'])} |")
    kinds = Counter()
    for layout, st in stats.items():
        kinds[layout.split(":")[0]] += st["missed"]
    print("\nmisses by layout family:", dict(kinds.most_common()))
    print("labels of missed lines:", ", ".join(f"{k} {v}" for k, v in missed_labels.most_common(40)))
    if a.show is not None:
        for layout, st in rows:
            if layout.lower().startswith(a.show.lower()):
                for rid, critic, kind, n, line in st["lines"]:
                    print(f"{rid} {critic} | {layout} | {kind} {n!r} | {line.strip()[:150]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
