"""Prose credits of the reviewed film, labelled by the other reviews' credits headers of the same film.

training/crew_silver.py labels a review by its own credits header, so it sees only reviews with such a header, and
those name the person the way headers do: its source authors are few (153 even pages in the archive) and its misses
are mostly people the prose never ties to the film. Many reviews have no header line for the role at all, yet their
film's source author or composer is named in the prose ("based on an Anna Quindlen novel"): what the honest sets
count. The archive lexicon's ``principals`` (every credits header of the archive, by film title and year) know who
wrote the source of, scored or designed a film; a review of that film whose prose names that person (the surname,
outside the review's own header, which is blanked) is a silver pair, whether or not its own header lists the role.

Per role (``source_author``, ``composer``, ``contributor``: a header's crafts, "Production design", "Costumes"):

- recall (text rules): silver pairs some rule other than the header's and the KB's gives as a credit of that role
  on the reviewed film (the lexicon's principals are joined by ``credits.kb_principal``: that rule is the label's
  own source and is not counted);
- credits given / precision proxy: the text rules' credits of that role on the reviewed film, in reviews whose film
  has principals of the role, going to a person the principals give that role.

The reviewed film is read from the page's title line ("Title, The (1998)"); a review whose pipeline film is another
is left out. Even ids develop, odd ids test; at most ``--per-critic`` reviews of a critic per role. Dev, every gold
set and the blind ids are never read (training/gold_sets.py).

    .venv/bin/python training/principal_silver.py [--slice develop|test|both] [--misses FILE.jsonl]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from crew_silver import (  # noqa: E402
    blank,
    blanked_docs,
    draw,
    fold_surname,
    header_lines,
    in_prose,
    is_text,
    survey_pages,
)

ROLES = ("source_author", "composer", "contributor")
_TITLE_LINE = re.compile(r"\s*(?P<t>[^\n]+?)\s*\((?P<y>(?:19|20)\d\d)\)")
_ARTICLE_AFTER = re.compile(r"^(?P<t>.+),\s+(?P<a>The|A|An|Les|Le|La|L'|Il|Das|Der|Die|El)$")


def title_of(text: str) -> tuple[str, int] | None:
    """The reviewed title and year of a page's title line ("Simple Plan, A (1998)" -> "A Simple Plan", 1998)."""
    m = _TITLE_LINE.match(text)
    if not m:
        return None
    title = m["t"]
    am = _ARTICLE_AFTER.match(title)
    if am:
        title = f"{am['a']} {am['t']}"
    return title, int(m["y"])


def principals_of(title: str, year: int) -> dict[str, set[str]]:
    """{name: roles of ROLES} the archive's credits headers give the film of ``title`` (``year`` give or take one)."""
    from filmkg.extractors.models import archive_lexicon
    from filmkg.extractors.reviewed import film_key

    out: dict[str, set[str]] = defaultdict(set)
    for y, names in archive_lexicon().principals.get(film_key(title), {}).items():
        if abs(int(y) - year) > 1:
            continue
        for name, roles in names.items():
            out[name].update(r for r in roles if r in ROLES)
    return {n: r for n, r in out.items() if r}


def split(text: str) -> tuple[dict, str] | None:
    """(labels, the text with its own credits header blanked), or None: labels hold the title and the principals of
    ROLES whose surname the blanked prose names."""
    from filmkg.extractors.header import page_credits

    ty = title_of(text)
    if ty is None:
        return None
    people = principals_of(*ty)
    if not people:
        return None
    blanked = blank(text, header_lines(text, page_credits(text)))
    named = {n: sorted(r) for n, r in people.items() if in_prose(n, blanked)}
    if not named:
        return None
    return {"title": ty[0], "year": ty[1], "named": named, "roles": sorted(set().union(*people.values()))}, blanked


def _labelled_roles(text: str) -> list[str] | None:
    """The roles other reviews' headers give the people this page's prose names, or None."""
    found = split(text)
    return sorted({r for rs in found[0]["named"].values() for r in rs}) if found else None


def select(per_role: int, per_critic: int, seed: int, cache: Path | None) -> dict[str, dict[str, list[str]]]:
    return draw(survey_pages(_labelled_roles, cache), per_role, per_critic, seed)


def run(ids: list[str], n_process: int) -> list[dict]:
    from filmkg.core.records import ROLES as ALL_ROLES
    from filmkg.extractors import state
    from filmkg.extractors.assemble import to_extraction

    rows = []
    for doc, review, labels, _ in blanked_docs(ids, n_process, split):
        ex = to_extraction(doc, review)
        rules: dict[tuple[str, str], set[str]] = defaultdict(set)
        for c in state.facts(doc, state.CREDITS):
            rules[(c.object, c.predicate)].add(c.rule)
        names = {k: e.name for k, e in ex.entities.items() if e.kind == "person"}
        film = ex.entities.get(ex.reviewed_film) if ex.reviewed_film else None
        credits = []
        for f in ex.facts:
            if f.predicate not in ALL_ROLES or f.subject != ex.reviewed_film or f.object not in names:
                continue
            name = names[f.object]
            credits.append({"person": name, "role": f.predicate, "start": f.start,
                            "rules": sorted(rules.get((name, f.predicate), set()) | {f.rule})})
        rows.append({"id": review.identifier, "critic": review.critic, "labels": labels,
                     "film": film.name if film else None, "credits": credits,
                     "mentioned": sorted({fold_surname(e.name) for e in ex.entities.values() if e.kind == "person"})})
    return rows


def same_film(row: dict) -> bool:
    from filmkg.extractors.reviewed import film_key

    return row["film"] is not None and film_key(row["film"]) == film_key(row["labels"]["title"])


def score(rows: list[dict], role: str) -> tuple[Counter[str], list[dict]]:
    st: Counter[str] = Counter()
    misses = []
    for row in rows:
        if not same_film(row):
            st["other_film"] += 1
            continue
        given = defaultdict(list)
        for c in row["credits"]:
            if c["role"] == role and is_text(c["rules"]):
                given[fold_surname(c["person"])] += c["rules"]
        label_surnames = {fold_surname(n) for n, rs in row["labels"]["named"].items() if role in rs}
        for n, rs in row["labels"]["named"].items():
            if role not in rs:
                continue
            st["gold"] += 1
            if fold_surname(n) in given:
                st["found"] += 1
            else:
                st["unmentioned"] += fold_surname(n) not in set(row["mentioned"])
                misses.append({"id": row["id"], "critic": row["critic"], "role": role, "person": n,
                               "film": row["film"],
                               "other": sorted({c["role"] for c in row["credits"]
                                                if fold_surname(c["person"]) == fold_surname(n)})})
        if role in row["labels"]["roles"]:
            for key in given:
                st["pred"] += 1
                st["right"] += key in label_surnames or key in {
                    fold_surname(n) for n, rs in row["labels"]["named"].items() if role in rs}
    return st, misses


def table(name: str, stats: dict[str, Counter[str]]) -> str:
    lines = [f"### {name}", "", "| role | reviews of another film | silver pairs | recall (text rules) | "
             "credits given (text) | precision proxy | misses with no person mention |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for role in ROLES:
        st = stats.get(role, Counter())
        g, p = st["gold"], st["pred"]
        lines.append(f"| {role} | {st['other_film']} | {g} | {st['found'] / max(g, 1):.3f} | {p} | "
                     f"{st['right'] / max(p, 1):.3f} | {st['unmentioned']} of {g - st['found']} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--slice", choices=("develop", "test", "both"), default="develop")
    ap.add_argument("--per-role", type=int, default=400)
    ap.add_argument("--per-critic", type=int, default=10)
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("-j", "--n-process", type=int, default=1)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/principal_silver_survey.json"))
    ap.add_argument("--out", type=Path, help="write each review's result row here (jsonl)")
    ap.add_argument("--rows", type=Path, help="score these result rows instead of running the pipeline")
    ap.add_argument("--misses", type=Path, help="write the develop slice's misses here (jsonl)")
    args = ap.parse_args(argv)
    t0 = time.time()
    chosen = select(args.per_role, args.per_critic, args.seed, args.cache)
    slices = ["develop", "test"] if args.slice == "both" else [args.slice]
    for part in slices:
        print(f"{part}: " + ", ".join(f"{r} {len(chosen[part].get(r, []))}" for r in ROLES), file=sys.stderr)
    if args.rows:
        rows = [json.loads(line) for line in args.rows.open()]
    else:
        rows = run(sorted({i for p in slices for v in chosen[p].values() for i in v}), args.n_process)
        if args.out:
            with args.out.open("w") as fh:
                fh.writelines(json.dumps(r) + "\n" for r in rows)
    by_id = {r["id"]: r for r in rows}
    for part in slices:
        stats, all_misses = {}, []
        for role in ROLES:
            st, misses = score([by_id[i] for i in chosen[part].get(role, []) if i in by_id], role)
            stats[role] = st
            all_misses += misses
        print(table(f"{part} slice (seed {args.seed}, {args.per_role} reviews a role, {args.per_critic} a critic)",
                    stats))
        print()
        if args.misses and part == "develop":
            with args.misses.open("w") as fh:
                fh.writelines(json.dumps(m) + "\n" for m in all_misses)
    print(f"({time.time() - t0:.0f}s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
