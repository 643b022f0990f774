"""Credits that tie people to other films a review names, measured against the films' known principals.

A review names other films beside people ("director-screenwriter Mike Figgis (Internal Affairs)", "Spielberg's
JAWS", "X, whose credits include A and B"). Who worked on many of those films is known twice over: the bundled
KB's ``title.principals`` and the archive's own credits headers (the ``principals`` of the archive lexicon),
joined as the pipeline's ``principal_roles``. The silver pairs: in a review R, a person P and a film F other than
R's reviewed film, both found by the pipeline and named in one sentence (outside R's credits header), where the
principals say P worked on F (with that role).

The pipeline's ``credits.kb_principal_sentence`` joins the very same lists, so "credited at all" is near 1 by
construction; what the measure watches is the part the *text* gives, which is all there is for the many films no
list knows:

- recall (text rules): silver pairs some rule other than the KB's credits (any role); ``role agrees``: the text
  rule's role is one the principals give, or ``contributor`` (a tie whose role the text does not state);
- precision proxy: the pipeline's credits on other films whose principals are known (the title has some), going
  to a person the principals do not list for it (a contradiction: a wrong pair, or a remake of the same name).

Not every silver pair is a credit by the guideline: the gold credits only what the text ties ("reminiscent of
Vertigo, Stewart ..." ties no one), so the recall ceiling is well under 1 (``--show`` prints random misses to read).
Even ids develop, odd ids test; at most ``--per-critic`` reviews a critic. Dev, every gold set and the blind ids
are never read (training/gold_sets.py).

    .venv/bin/python training/ties_silver.py --slice develop --n 1000 --save /tmp/ties-dev.json
    .venv/bin/python training/ties_silver.py --reuse /tmp/ties-dev.json [--misses FILE.jsonl] [--show 30]
"""

from __future__ import annotations

import argparse
import bisect
import dataclasses
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from crew_silver import fold_surname, is_prose, is_text  # noqa: E402
from director_silver import draw, pipeline_rows, read_reviews, saved_reviews  # noqa: E402 - beside this one
from unmarked_films import apply_settings  # noqa: E402


def run(reviews: list, n_process: int) -> list[dict]:
    """Each review through the whole pipeline (director_silver's rows: its people and other films with their spans,
    its sentences, its credits on other films), with what the principals know of each credit and the silver pairs
    (labels) of its sentences."""
    from filmkg.extractors.models import archive_lexicon
    from filmkg.linking.imdb_kb import load_kb
    from filmkg.linking.lexicon import Lexicon

    lexicon = Lexicon.from_kb(load_kb(None)).with_principals(archive_lexicon().principal_roles)
    roles_of = lexicon.principal_roles
    rows = []
    for row in pipeline_rows(reviews, n_process, lexicon):
        for c in row["credits"]:
            c["known"] = sorted(roles_of(c["person"], c["film"], None))
            c["film_known"] = sorted(roles_of("", c["film"], None))
        row["labels"] = labels(row, roles_of)
        rows.append(row)
    return rows


def labels(row: dict, roles_of) -> list[dict]:
    """The silver pairs of one review: a person and another film in one sentence of the prose, the person
    among the film's principals; one per (film, surname), the first sentence that pairs them."""
    from filmkg.extractors.reviewed import film_key

    sents = [tuple(s) for s in row["sentences"]]
    starts = [s for s, _ in sents]
    header = [tuple(h) for h in row["header"]]

    def sent(pos: int) -> int:
        return bisect.bisect_right(starts, pos) - 1

    def prose(a: int) -> bool:
        return not any(s <= a < e for s, e in header)

    out, seen = [], set()
    for f in row["films"]:
        key = film_key(f["name"])
        if not key or key == film_key(row["reviewed"] or ""):
            continue
        where = {sent(a): a for a, _ in f["spans"] if prose(a)}
        if not where:
            continue
        for p in row["people"]:
            k = (key, fold_surname(p["name"]))
            if k in seen:
                continue
            at = [(a, b) for a, b in p["spans"] if prose(a) and sent(a) in where]
            if not at:
                continue
            kb = roles_of(p["name"], f["name"], None)
            if not kb:
                continue
            seen.add(k)
            a, b = at[0]
            s0, s1 = sents[sent(a)]
            out.append({"film": f["name"], "key": key, "person": p["name"], "kb": sorted(kb), "at": a,
                        "film_at": where[sent(a)], "sentence": [s0, s1]})
    return out


#: the phrasing between a silver pair's person and film (the first shape that fits wins; see :func:`phrasing`)
_PHRASINGS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("X's FILM", "pf", re.compile(r"^['\u2019]s?\s+(?:[\w\-]+\s+){0,4}?[\"'_*\u201c]*$")),
    ("X (FILM, ...)", "pf", re.compile(r"^[^()]{0,25}\((?:[^()]{0,80})$")),
    ("FILM (X, ...)", "fp", re.compile(r"^[^()]{0,10}\((?:[^()]{0,80})$")),
    ("X, who ... FILM", "pf", re.compile(r"^[^.;]{0,40}\bwho(?:se)?\b[^.;]{0,120}$")),
    ("films such as / like / including FILM", "pf",
     re.compile(r"\b(?:films|movies|pictures|works?|credits|efforts|features)\b[^.;]{0,40}$", re.I)),
    ("director / star / maker of FILM", "pf", re.compile(r"\b(?:of|from|behind)\s+(?:the\s+)?[\"'_*\u201c]*$", re.I)),
    ("X ... in FILM", "pf", re.compile(r"\b(?:in|as)\s+(?:the\s+)?(?:[\w\-]+['\u2019]s\s+)?[\"'_*\u201c]*$", re.I)),
    ("FILM's X, FILM star X", "fp", re.compile(r"^[\"'_*\u201d]*(?:['\u2019]s?\s+|\s+(?:star|director|writer|"
                                            r"helmer|co-?star|alum\w*|veteran)s?\s+)(?:[\w\-]+\s+){0,2}$", re.I)),
    ("FILM, directed by / starring X", "fp", re.compile(r"\b(?:by|starring|featuring|with)\s+$", re.I)),
)


def phrasing(text: str, person: tuple[int, int], film: tuple[int, int]) -> str:
    """The shape that ties a silver pair in its sentence: the words between the person and the film, read by
    :data:`_PHRASINGS` ("pf": the person first, "fp": the film first); else "near" (within 60 characters) or
    "far"."""
    if person[0] < film[0]:
        order, gap = "pf", text[person[1] : film[0]]
    else:
        order, gap = "fp", text[film[1] : person[0]]
    for name, o, rx in _PHRASINGS:
        if o == order and rx.search(gap):
            return name
    return "near" if len(gap) <= 60 else "far"


def score(rows: list[dict], misses_out: Path | None = None, show: int = 0, seed: int = 5) -> dict[str, float]:
    from filmkg.extractors.reviewed import film_key

    st: Counter[str] = Counter()
    roles: Counter[tuple[str, str]] = Counter()  # (kb's first role, the text's role)
    by_rule: Counter[tuple[str, bool]] = Counter()
    shapes: Counter[tuple[str, str]] = Counter()  # (phrasing, what): the pairs by the shape that ties them
    misses, wrong = [], []
    for row in rows:
        given: dict[tuple[str, str], list[tuple[str, list[str]]]] = defaultdict(list)
        for c in row["credits"]:
            if is_prose(c["rules"]):
                given[(film_key(c["film"]), fold_surname(c["person"]))].append((c["role"], c["rules"]))
            if not c["film_known"] or not is_prose(c["rules"]):
                continue
            right = bool(c["known"])
            st["pred"] += 1
            st["right"] += right
            if is_text(c["rules"]):
                st["pred_text"] += 1
                st["right_text"] += right
                for r in set(c["rules"]):
                    by_rule[r, right] += 1
                if c["role"] == "contributor":
                    st["pred_contrib"] += 1
                    st["right_contrib"] += right
                if not right:
                    wrong.append({"id": row["id"], "film": c["film"], "person": c["person"], "role": c["role"],
                                  "rules": c["rules"]})
        text = row["text"]
        for lab in row["labels"]:
            st["gold"] += 1
            got = given.get((lab["key"], fold_surname(lab["person"])), [])
            text_got = [(r, rs) for r, rs in got if is_text(rs)]
            st["found"] += bool(got)
            st["found_text"] += bool(text_got)
            p_end = next((b for p in row["people"] if p["name"] == lab["person"] for a, b in p["spans"]
                          if a == lab["at"]), lab["at"])
            f_end = next((b for f in row["films"] if f["name"] == lab["film"] for a, b in f["spans"]
                          if a == lab["film_at"]), lab["film_at"])
            shape = phrasing(text, (lab["at"], p_end), (lab["film_at"], f_end))
            shapes[shape, "pairs"] += 1
            shapes[shape, "found"] += bool(got)
            shapes[shape, "text"] += bool(text_got)
            shapes[shape, "director_pairs"] += "director" in lab["kb"]
            shapes[shape, "director_text"] += any(r == "director" for r, _ in text_got) and "director" in lab["kb"]
            shapes[shape, "contributor"] += any(r == "contributor" for r, _ in text_got)
            kb_first = next((r for r in ("director", "source_author", "screenwriter", "actor", "producer",
                                         "composer", "cinematographer", "editor") if r in lab["kb"]), lab["kb"][0])
            if text_got:
                role = text_got[0][0]
                roles[kb_first, role] += 1
                st["agree"] += role in lab["kb"] or role == "contributor"
                st["agree_strict"] += role in lab["kb"]
            else:
                s0, s1 = lab["sentence"]
                misses.append({"id": row["id"], "critic": row["critic"], "film": lab["film"],
                               "person": lab["person"], "kb": lab["kb"], "shape": shape,
                               "kb_credit": [r for r, _ in got],
                               "sentence": re.sub(r"\s+", " ", text[s0:s1])[:400]})
    g, p = st["gold"], st["pred"]
    res = {"reviews": len(rows), "silver pairs": g, "credited at all": st["found"] / max(g, 1),
           "recall (text rules)": st["found_text"] / max(g, 1),
           "text role agrees (or contributor)": st["agree"] / max(st["found_text"], 1),
           "text role in principals": st["agree_strict"] / max(st["found_text"], 1),
           "credits on known films": p, "precision proxy": st["right"] / max(p, 1),
           "text credits on known films": st["pred_text"],
           "precision proxy (text rules)": st["right_text"] / max(st["pred_text"], 1),
           "contributions on known films": st["pred_contrib"],
           "precision proxy (contributions)": st["right_contrib"] / max(st["pred_contrib"], 1)}
    for k, v in res.items():
        print(f"{k:36} {v:.3f}" if isinstance(v, float) else f"{k:36} {v}")
    print("principals' role -> text role:", "; ".join(f"{a}->{b} {n}" for (a, b), n in roles.most_common(14)))
    print("text rule (right/contradicted on known films):",
          "; ".join(f"{r} {by_rule[r, True]}/{by_rule[r, False]}" for r in sorted({r for r, _ in by_rule})
                    if by_rule[r, True] + by_rule[r, False] >= 3))
    print("| phrasing | pairs | credited at all | recall (text rules) | director pairs: text director | "
          "text contributions |")
    print("|---|---:|---:|---:|---:|---:|")
    for name in [n for n, _, _ in _PHRASINGS] + ["near", "far"]:
        n = shapes[name, "pairs"]
        print(f"| {name} | {n} | {shapes[name, 'found'] / max(n, 1):.3f} | {shapes[name, 'text'] / max(n, 1):.3f} | "
              f"{shapes[name, 'director_pairs']}: {shapes[name, 'director_text']} | {shapes[name, 'contributor']} |")
    if misses_out:
        with misses_out.open("w") as fh:
            for m in misses:
                fh.write(json.dumps(m) + "\n")
        with misses_out.with_suffix(".wrong.jsonl").open("w") as fh:
            for w in wrong:
                fh.write(json.dumps(w) + "\n")
    for m in random.Random(seed).sample(misses, min(show, len(misses))):
        print(f"- {m['id']} {m['person']} / {m['film']} {m['kb']} kb:{m['kb_credit']}: {m['sentence']}")
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--slice", choices=("develop", "test"), default="develop")
    ap.add_argument("--n", type=int, default=1000, help="reviews drawn")
    ap.add_argument("--per-critic", type=int, default=4)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("-j", "--n-process", type=int, default=2)
    ap.add_argument("--save", type=Path, help="keep the sample (the reviews with a label or a known other film)")
    ap.add_argument("--reuse", type=Path, help="re-run the pipeline on a saved sample, score its saved labels")
    ap.add_argument("--set", action="append", default=[], metavar="MODULE.CONSTANT=VALUE",
                    help="override a switch of filmkg.extractors (a Python literal)")
    ap.add_argument("--misses", type=Path, help="write the misses here (jsonl; contradicted credits beside it)")
    ap.add_argument("--out", type=Path, help="write each review's credits on other films here (jsonl)")
    ap.add_argument("--show", type=int, default=0, help="print this many random misses")
    args = ap.parse_args(argv)
    apply_settings(args.set)

    t0 = time.time()
    if args.reuse:
        sample = json.loads(args.reuse.read_text())
        rows = run(saved_reviews(sample), args.n_process)
        saved = sample["labels"]
        for row in rows:  # the labels of the saved run: a rule change must not move the yardstick
            row["labels"] = saved.get(row["id"], [])
    else:
        reviews = read_reviews(draw(args.slice, args.n, args.per_critic, args.seed))
        rows = run(reviews, args.n_process)
        if args.save:
            kept = {row["id"] for row in rows if row["labels"] or any(c["film_known"] for c in row["credits"])}
            args.save.write_text(json.dumps({
                "reviews": [dataclasses.asdict(r) for r in reviews if r.identifier in kept],
                "labels": {row["id"]: row["labels"] for row in rows if row["labels"]},
                "slice": args.slice, "seed": args.seed}))
    if args.out:
        with args.out.open("w") as fh:
            for row in rows:
                fh.write(json.dumps({"id": row["id"], "credits": row["credits"]}) + "\n")
    print(f"{args.slice if not args.reuse else args.reuse.name}: ", end="")
    score(rows, args.misses, args.show)
    print(f"({time.time() - t0:.0f}s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
