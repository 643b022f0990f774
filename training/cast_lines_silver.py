"""Silver parse rate of one-credit-a-line cast lists ("Actor SEP Character"), labelled by the IMDb KB.

A cast list written one line per performer ("Ann Vale: Mary Lake", "Ann Vale ---- Mary", "Ann Vale..... Mary",
"Ann Vale as Mary", "Ann Vale          Mary") gives a whole cast at once; a layout the header rules do not read
loses it, and one read with lines run together makes phantom people ("Mary Tom Reed"). This measure finds, in
every archive page (dev, the gold sets and the blind ids never read: training/gold_sets.py), runs of two or more
consecutive lines of the shape "NAME SEP REST" for each separator, and labels a line when one side is an actor
principal of the page's film in the bundled IMDb KB (the page's imdb id in ../shared/corpus/index.csv): that side
is the actor, the other the character (the side's name before any bracketed aside).

Per separator it reports lines, pages and critics of the runs, the KB-labelled lines, and what the pipeline makes of
them (``--pipeline``: the whole pipeline on each labelled page; else the header rules alone, ``page_credits``):

- ``credit``: the actor has an actor credit on the reviewed film (header rules: a header credit with the actor role);
- ``char``: and a character row whose part shares the line's character (folded, the aside aside);
- ``phantom``: a person given whose name holds a word of the character side and is no KB principal of the film
  (the line's character taken as a person, or two lines run together).

Even ids develop, odd ids test (``--slice``).

    .venv/bin/python training/cast_lines_silver.py [--slice develop|test|both] [--pipeline] [--show SEP]
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_sets import never_read  # noqa: E402  (training/ is the scripts' folder)

ROOT = Path(__file__).resolve().parent.parent
TXT = Path("/tmp/archive-txt")
HTML = Path("/tmp/contrib/html/movie")
INDEX = ROOT.parent / "shared" / "corpus" / "index.csv"

_WORD = r"[A-Z][\w'\u2019\-]*\.?"
_NAME = rf"{_WORD}(?:[ \t]+(?:{_WORD}|de|van|von|der|den|la|le|di|da|du|del|des|dos)){{1,3}}"
#: The separators between the two sides of a cast line, as the survey counts them.
SEPARATORS = {
    "colon": r"[ \t]*:[ \t]+",
    "dash": r"[ \t]+-[ \t]+",
    "double dash": r"[ \t]*--[ \t]*",
    "three+ dashes": r"[ \t]*-{3,}[ \t]*",
    "dotted leader": r"[ \t]*\.{2,}[ \t]*",
    "tab / spaces": r"(?:\t+|[ \t]{3,})",
    "as": r"[ \t]+as[ \t]+",
    "en/em dash": r"[ \t]*[\u2013\u2014]+[ \t]*",
}
_LINES = {k: re.compile(rf"^[ \t]*(?P<a>{_NAME}){sep}(?P<b>[A-Z][^\n]{{0,100}}?)[ \t]*$")
          for k, sep in SEPARATORS.items()}
def cast_runs(text: str) -> list[tuple[str, bool, list[tuple[str, str, str]]]]:
    """(separator, in the header block, [(line, side a, side b)]) for each run of two or more such lines."""
    from filmkg.extractors.header import _first_prose_line  # where the header rules end the header block

    lines = text.split("\n")
    top = _first_prose_line(text[:4000])
    out = []
    for sep, rx in _LINES.items():
        run: list[tuple[str, str, str]] = []
        pos = start = 0
        for line in lines + [""]:
            m = rx.match(line)
            if m:
                if not run:
                    start = pos
                run.append((line, m["a"], m["b"]))
            else:
                if len(run) >= 2:
                    out.append((sep, start < top, run))
                run = []
            pos += len(line) + 1
    return out


def _key(name: str) -> str:
    from filmkg.linking.imdb_kb import person_key, person_reduced_key

    return person_reduced_key(name) or person_key(name)


def _side_name(side: str) -> str:
    """A side's name, before any bracketed aside or second separator ("Mary Lake (his wife)" -> "Mary Lake")."""
    return re.split(r"\s*[(\[,;]|\s-+\s|\s{3,}|\.{2,}", side, maxsplit=1)[0].strip().rstrip(".")


def kb_actors(kb, tconst: str) -> dict[str, str]:
    """{key: name} of the film's actor principals in the KB."""
    out = {}
    for p in kb.principals(tconst):
        person = kb.person(p.nconst)
        if person and p.category in ("actor", "actress", "self"):
            out[_key(person.name)] = person.name
    return out


def label_lines(kb, tconst: str, runs) -> list[dict]:
    """The lines one of whose sides is a KB actor of the film: {sep, top, line, actor, character}."""
    actors = kb_actors(kb, tconst)
    out = []
    for sep, top, run in runs:
        for line, a, b in run:
            bname = _side_name(b)
            if _key(a) in actors:
                out.append({"sep": sep, "top": top, "line": line, "actor": a, "character": bname, "first": "actor"})
            elif bname and _key(bname) in actors:
                out.append({"sep": sep, "top": top, "line": line, "actor": bname, "character": a, "first": "part"})
    return out


def _words(s: str) -> set[str]:
    from filmkg.core.normalize import fold

    return {w for w in fold(s).split() if len(w) > 1}


def judge(labelled: list[dict], credited: set[str], chars: dict[str, list[str]], persons: list[str],
          principals: set[str]) -> None:
    """Marks each labelled line with credit / char / phantom (see the module's text)."""
    for row in labelled:
        k = _key(row["actor"])
        row["credit"] = k in credited
        cw = _words(row["character"])
        row["char"] = row["credit"] and bool(cw) and any(cw & _words(c) for c in chars.get(k, []))
        row["phantom"] = [p for p in persons if _key(p) not in principals and _words(p) & cw
                          and not _words(p) <= _words(row["actor"])]


def header_only(text: str):
    from filmkg.extractors.header import page_credits

    found = page_credits(text)
    credited = {_key(h.name) for h in found if "actor" in h.roles}
    chars: dict[str, list[str]] = defaultdict(list)
    for h in found:
        if h.character:
            chars[_key(h.name)].append(h.character)
    return credited, chars, [h.name for h in found]


def pipeline_rows(ids: list[str], n_process: int):
    """(id, credited actor keys, {actor key: characters}, person names) for each page, through the whole pipeline."""
    from filmkg.core.errors import ReviewFormatError
    from filmkg.extractors import state
    from filmkg.extractors.assemble import to_extraction
    from filmkg.extractors.pipeline import load_nlp, spacy_text
    from filmkg.linking.imdb_kb import load_kb
    from filmkg.linking.lexicon import Lexicon
    from filmkg.readers.sources import iter_raw, parse

    nlp = load_nlp("filmkg", Lexicon.from_kb(load_kb(None)))

    def reviews():
        for raw in iter_raw([HTML / f"{i}.html" for i in ids]):
            try:
                review = parse(raw)
            except ReviewFormatError:
                continue
            yield spacy_text(review.text), replace(review)

    for doc, review in nlp.pipe(reviews(), as_tuples=True, n_process=n_process, batch_size=16):
        if getattr(doc._, state.FAILED):
            continue
        ex = to_extraction(doc, review)
        names = {k: e.name for k, e in ex.entities.items() if e.kind == "person"}
        credited = {_key(names[f.object]) for f in ex.facts
                    if f.predicate == "actor" and f.subject == ex.reviewed_film and f.object in names}
        chars: dict[str, list[str]] = defaultdict(list)
        for f in ex.facts:
            if f.predicate == "character" and f.object in names:
                chars[_key(names[f.object])].append(f"{f.character or ''} {f.description or ''}")
        yield review.identifier, credited, chars, list(names.values())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--slice", choices=("develop", "test", "both"), default="develop")
    ap.add_argument("--pipeline", action="store_true", help="the whole pipeline, not the header rules alone")
    ap.add_argument("-j", type=int, default=1)
    ap.add_argument("--show", help="print labelled lines of this separator the pipeline misses")
    ap.add_argument("--n", type=int, default=15)
    args = ap.parse_args(argv)
    from filmkg.linking.imdb_kb import load_kb

    kb = load_kb(None)
    index = {r["id"]: r for r in csv.DictReader(INDEX.open(encoding="utf-8"))}
    skip = never_read()
    survey: dict[str, list] = defaultdict(lambda: [0, set(), set()])
    labelled: dict[str, list[dict]] = {}
    for path in sorted(TXT.glob("*.txt")):
        pid = path.stem
        odd = int(pid) % 2
        if pid in skip or pid not in index or args.slice == "develop" and odd or args.slice == "test" and not odd:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        runs = cast_runs(text)
        if not runs:
            continue
        for sep, _top, run in runs:
            st = survey[sep]
            st[0] += len(run)
            st[1].add(pid)
            st[2].add(index[pid]["critic"])
        rows = label_lines(kb, index[pid]["imdb"], runs)
        if rows:
            labelled[pid] = rows
    if args.pipeline:
        results = pipeline_rows(sorted(labelled), args.j)
    else:
        results = ((pid, *header_only((TXT / f"{pid}.txt").read_text(encoding="utf-8", errors="replace")))
                   for pid in sorted(labelled))
    for pid, credited, chars, persons in results:
        principals = set(kb_actors(kb, index[pid]["imdb"]))
        judge(labelled[pid], credited, chars, persons, principals)
    print(f"slice {args.slice}, {'pipeline' if args.pipeline else 'header rules'}")
    print("| separator | lines in runs | pages | critics | KB-labelled lines (pages / critics) | actor credit | "
          "+ character | phantom people |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    tot = Counter()
    for sep in SEPARATORS:
        lines, pages, critics = survey[sep][0], survey[sep][1], survey[sep][2]
        rows = [r for pid, rs in labelled.items() for r in rs if r["sep"] == sep and "credit" in r]
        lpages = {pid for pid, rs in labelled.items() for r in rs if r["sep"] == sep and "credit" in r}
        lcrit = {index[p]["critic"] for p in lpages}
        c = Counter(credit=sum(r["credit"] for r in rows), char=sum(r["char"] for r in rows),
                    phantom=sum(bool(r["phantom"]) for r in rows), n=len(rows))
        tot += c
        print(f"| {sep} | {lines} | {len(pages)} | {len(critics)} | {len(rows)} ({len(lpages)} / {len(lcrit)}) | "
              f"{c['credit']} | {c['char']} | {c['phantom']} |")
    print(f"| all | | | | {tot['n']} | {tot['credit']} ({tot['credit'] / max(1, tot['n']):.3f}) | "
          f"{tot['char']} ({tot['char'] / max(1, tot['n']):.3f}) | {tot['phantom']} |")
    if args.show:
        miss = [(pid, r) for pid, rs in labelled.items() for r in rs
                if r["sep"].startswith(args.show) and "credit" in r and not r["char"]]
        random.Random(1).shuffle(miss)
        for pid, r in miss[: args.n]:
            print(pid, index[pid]["critic"], "|", r["line"].strip()[:90], "| credit" if r["credit"] else "",
                  r["phantom"] or "")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
