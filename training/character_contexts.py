"""Prose contexts that link an actor to the part he plays, induced from the archive's header cast lists.

A review whose credits header gives parts ("Cast: Tom Ree (Sam Vale)", "Sam Vale ..... Tom Ree", the layouts
``header.page_credits`` reads; training/character_silver.py's ``labels``) says, for its own prose, who plays whom.
With the header blanked (spaces, offsets kept), this script finds in the prose every sentence where one header
actor (his full name or his surname, capitalised) and his own part (its name, or one of its words no header person
shares, capitalised) both stand, at most ``--gap`` words apart, and tabulates the words linking them: the order
(``A ... C`` or ``C ... A``), the words between (lower-cased, other capitalised names as ``N``, a number as ``9``)
and the word just before the first and just after the second. Per context it counts the (page, actor, part) pairs,
pages and critics it links, and, with ``--pipeline``, how many of those pairs the whole pipeline (header blanked,
prose alone) already gives as a character row agreeing with the part: the contexts the extractor misses most are
the ones to add.

``--grep CONTEXT`` turns a context into a pattern over the whole archive (``A`` and ``C`` as capitalised names of up
to four words, the words between literal) and prints its hits, pages, critics and a random sample (``--sample``):
the sampled precision of a rule reading that context, judged by hand.

Pages: every archive page whose header gives a part, never the dev, gold, blind or reserved pages
(training/gold_sets.py) nor the precision-audit pages; even ids develop (``--slice develop``), odd ids test.

    .venv/bin/python training/character_contexts.py [--slice develop|test] [--gap 6] [--top 60] [--pipeline]
    .venv/bin/python training/character_contexts.py --grep "A plays C" [--sample 20] [--seed 1]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from character_silver import _words, labels  # noqa: E402  (training/ is the scripts' folder)
from crew_silver import TXT  # noqa: E402
from gold_sets import never_read_nor_audited  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

#: a sentence ends at ". ! ?" before a capital or a quote, or at a blank line
_SENT_END = re.compile(r"[.!?][\"'\u201d)]*\s+(?=[\"'\u201c(]?[A-Z])|\n\s*\n")
_TOKEN = re.compile(r"[A-Z][\w'\u2019\-]*(?:\s+(?:de|van|von|der|da|di|du|la|le)\s+[A-Z][\w'\u2019\-]*)*|"
                    r"[\w'\u2019\-]+|[^\w\s]")
_CAP_NAME = r"[A-Z][\w'\u2019\-]*\.?(?:\s+(?:(?:de|van|von|der|da|di|du|la|le)\s+)?[A-Z][\w'\u2019\-]*\.?){0,3}"


def pages(part: str) -> dict[str, str]:
    """{id: critic} of the archive pages of the slice (even ids: develop)."""
    with open(SHARED / "corpus" / "index.csv", newline="") as fh:
        critic = {row["id"]: row["critic"] for row in csv.DictReader(fh)}
    skip = never_read_nor_audited()
    return {i: c for i, c in critic.items() if i not in skip and i.lstrip("0") not in skip
            and (int(i) % 2 == 0) == (part == "develop") and (TXT / f"{i}.txt").is_file()}


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in rx.finditer(text)]


def _word_rx(words: list[str]) -> re.Pattern[str] | None:
    """Capitalised occurrences of any of ``words`` (folded), as a run of capitalised words around them."""
    words = [w for w in words if len(w) > 1]
    if not words:
        return None
    alt = "|".join(re.escape(w[0].upper() + w[1:]) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w'\u2019])(?:[A-Z][\w'\u2019\-]*\.?\s+){{0,2}}(?:{alt})"
                      rf"(?:\s+[A-Z][\w\-]*)?(?![\w\-])")


def _norm(between: str, actor_words: set[str]) -> str:
    """The words between, lower-cased; a capitalised name (not the sentence's actor) as N, a number as 9."""
    out = []
    for m in _TOKEN.finditer(between):
        t = m.group()
        if t[0].isupper() and t.lower() not in {"i"}:
            out.append("N")
        elif t.isdigit():
            out.append("9")
        else:
            out.append(t.lower().replace("\u2019", "'"))
    # a run of N is one name
    merged: list[str] = []
    for t in out:
        if not (t == "N" and merged and merged[-1] == "N"):
            merged.append(t)
    return " ".join(merged)


def contexts(text: str, gap: int) -> list[dict]:
    """Each (actor, part) pair the header gives that a prose sentence links: {actor, character, context, ...}."""
    found = labels(text)
    if found is None:
        return []
    parts, blanked = found
    bounds = [0] + [m.end() for m in _SENT_END.finditer(blanked)] + [len(blanked)]
    out = []
    for p in parts:
        actor_words = _words(p["actor"])
        if not actor_words:
            continue
        surname = p["actor"].split()[-1]
        if surname.lower().rstrip(".") in {"jr", "sr", "ii", "iii"} and len(p["actor"].split()) > 2:
            surname = p["actor"].split()[-2].rstrip(",")
        arx = re.compile(r"(?<![\w'\u2019])(?:" + re.escape(p["actor"]) + "|" + re.escape(surname)
                         + r")(?![\w\-])")
        crx = _word_rx(p["words"])
        if crx is None:
            continue
        a_spans = _spans(arx, blanked)
        c_spans = [s for s in _spans(crx, blanked)
                   if not any(s[0] < ae and ae_s < s[1] for ae_s, ae in a_spans)]
        best = None
        for a0, a1 in a_spans:
            for c0, c1 in c_spans:
                lo, hi = (a1, c0) if a1 <= c0 else (c1, a0)
                if hi < lo:
                    continue
                between = blanked[lo:hi]
                if "\n\n" in between or any(lo < b <= hi for b in bounds[1:-1]):
                    continue
                n = len(_TOKEN.findall(between))
                if n > gap:
                    continue
                if best is None or n < best[0]:
                    best = (n, a0, a1, c0, c1, between)
        if best is None:
            continue
        _, a0, a1, c0, c1, between = best
        first, last = (a0, c1) if a0 < c0 else (c0, a1)
        before = _TOKEN.findall(blanked[max(0, first - 40):first])
        after = _TOKEN.findall(blanked[last:last + 40])
        ctx = ("A " + _norm(between, set(actor_words)) + " C") if a0 < c0 else ("C " + _norm(between, set()) + " A")
        out.append({"actor": p["actor"], "character": p["character"], "context": re.sub(r"\s+", " ", ctx),
                    "before": (before[-1].lower() if before and not before[-1][0].isupper() else "N") if before
                    else "", "after": (after[0].lower() if not after[0][0].isupper() else "N") if after else "",
                    "text": blanked[max(0, first - 60):last + 60].replace("\n", " ")})
    return out


def pipeline_found(ids: list[str], n_process: int) -> dict[str, list[tuple[str, str]]]:
    """{id: [(actor, character)]} of the character rows the whole pipeline gives, header blanked."""
    from crew_silver import blanked_docs

    from filmkg.extractors.assemble import to_extraction

    out: dict[str, list[tuple[str, str]]] = {}
    for doc, review, _parts, _blanked in blanked_docs(ids, n_process, labels):
        ex = to_extraction(doc, review)
        out[review.identifier] = [(ex.entities[f.object].name, f.character or "") for f in ex.facts
                                  if f.predicate == "character" and f.object in ex.entities]
    return out


def agrees(row: dict, given: list[tuple[str, str]]) -> bool:
    """A character row for the pair's actor (by surname) whose part shares a word with the header's part."""
    sur = (_words(row["actor"]) or [""])[-1]
    words = set(_words(row["character"]))
    return any((_words(a) or [""])[-1] == sur and words & set(_words(c)) for a, c in given)


def induce(args: argparse.Namespace) -> None:
    chosen = pages(args.slice)
    rows: list[dict] = []
    for i in sorted(chosen):
        for r in contexts((TXT / f"{i}.txt").read_text(errors="replace"), args.gap):
            rows.append({"id": i, "critic": chosen[i], **r})
    if args.pipeline:
        ids = sorted({r["id"] for r in rows})
        if args.limit:
            ids = sorted(random.Random(args.seed).sample(ids, min(args.limit, len(ids))))
            keep = set(ids)
            rows = [r for r in rows if r["id"] in keep]
        given = json.loads(args.given.read_text()) if args.given and args.given.is_file() else {}
        todo = [i for i in ids if i not in given]
        if todo:
            given.update(pipeline_found(todo, args.n_process))
            if args.given:
                args.given.write_text(json.dumps(given))
        rows = [r for r in rows if r["id"] in given]
        for r in rows:
            r["found"] = agrees(r, given[r["id"]])
    if args.out:
        with args.out.open("w") as fh:
            for r in rows:
                fh.write(json.dumps(r) + "\n")
    report(rows, args.top, args.pipeline)


def report(rows: list[dict], top: int, pipeline: bool) -> None:
    by: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by[r["context"]].append(r)
    total = len(rows)
    found = sum(r.get("found", False) for r in rows)
    print(f"{total} linked pairs, {len({r['id'] for r in rows})} pages, {len({r['critic'] for r in rows})} critics"
          + (f"; the pipeline gives {found} ({found / max(total, 1):.3f})" if pipeline else ""))
    print()
    print("| context | pairs | pages | critics |" + (" found | missed |" if pipeline else "") + " next word |")
    print("|---|---:|---:|---:|" + ("---:|---:|" if pipeline else "") + "---|")
    for ctx, rs in sorted(by.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:top]:
        f = sum(r.get("found", False) for r in rs)
        nxt = ", ".join(f"{w} {n}" for w, n in Counter(r["after"] for r in rs).most_common(3))
        print(f"| `{ctx}` | {len(rs)} | {len({r['id'] for r in rs})} | {len({r['critic'] for r in rs})} |"
              + (f" {f} | {len(rs) - f} |" if pipeline else "") + f" {nxt} |")


def grep(args: argparse.Namespace) -> None:
    """The context as a pattern over the slice's pages (headers blanked where page_credits reads one)."""
    from crew_silver import blank, header_lines

    from filmkg.extractors.header import page_credits

    ctx = args.grep.split()
    body = []
    for t in ctx:
        if t in ("A", "C", "N"):
            body.append(f"(?P<{t}{len(body)}>{_CAP_NAME})")
        elif t == "9":
            body.append(r"\d+")
        elif re.fullmatch(r"[\w'\-]+", t):
            body.append(r"(?<![\w'])" + re.escape(t) + r"(?![\w'])")
        else:
            body.append(re.escape(t))
    rx = re.compile(r"\s*".join(body) if not args.regex else args.regex)
    chosen = pages(args.slice)
    hits = []
    for i in sorted(chosen):
        text = (TXT / f"{i}.txt").read_text(errors="replace")
        if not rx.search(text):
            continue
        credits = page_credits(text)
        prose = blank(text, header_lines(text, credits)) if credits else text
        for m in rx.finditer(prose):
            hits.append((i, chosen[i], prose[max(0, m.start() - 80):m.end() + 60].replace("\n", " ")))
    print(f"{args.grep}: {len(hits)} hits, {len({h[0] for h in hits})} pages, {len({h[1] for h in hits})} critics")
    for i, c, t in random.Random(args.seed).sample(hits, min(args.sample, len(hits))):
        print(f"- {i} ({c}): {t}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--slice", choices=("develop", "test"), default="develop")
    ap.add_argument("--gap", type=int, default=6, help="most tokens between the actor and the part")
    ap.add_argument("--top", type=int, default=60)
    ap.add_argument("--pipeline", action="store_true", help="mark the pairs the whole pipeline already gives")
    ap.add_argument("--limit", type=int, default=0, help="with --pipeline: at most this many pages, drawn")
    ap.add_argument("--given", type=Path, help="with --pipeline: the pipeline's rows by page, kept here (json)")
    ap.add_argument("-j", "--n-process", type=int, default=2)
    ap.add_argument("--out", type=Path, help="write the linked pairs here (jsonl)")
    ap.add_argument("--rows", type=Path, help="report these pairs (jsonl from --out) instead")
    ap.add_argument("--grep", help="a context to count over the archive, as 'A plays C'")
    ap.add_argument("--regex", help="with --grep: this regular expression instead of the context's")
    ap.add_argument("--sample", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    if args.grep:
        grep(args)
    elif args.rows:
        rows = [json.loads(line) for line in args.rows.open()]
        report(rows, args.top, any("found" in r for r in rows))
    else:
        induce(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
