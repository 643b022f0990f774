"""Silver recall of films the critic marks: known titles in quotes, underscores or capitals the pipeline leaves out.

``unmarked_films.py`` scores the films a critic marks once their marks are gone; this scores them as written. Per
sampled archive review (never dev nor a gold set; ``--per-critic`` reviews a critic at most), the *teacher* is every
span the critic marks — in double quotes, between underscores or stars, a run of capitals in a review whose critic
writes the reviewed title in capitals — whose text the bundled KB knows as a film title, or that the archive's
critics write as a film (``ArchiveLexicon.is_film``, two words or more), besides the reviewed film's own title.
A teacher span is *found* when a film mention of the extraction overlaps it. The teacher's precision is that of a
known title in marks (songs, books, plays, TV shows and words in quotes share them): read the misses before trusting
a class.

Each miss is then classed by what holds it back (``--why``): ``find_titles`` is run again on the review's own inputs
(captured during the run) with one filter switched off at a time; the first that brings a mention over the span
names the filter. A span ``find_titles`` returns that the extraction still lacks was dropped after it (the Titles
component's last filters, or resolve). Else no rule proposed it.

    .venv/bin/python training/marked_recall.py --n 500 --part even --why --show 40
    .venv/bin/python training/marked_recall.py --n 500 --part even --set titles.SOME_SWITCH=False

``--part even`` develops rules, ``--part odd`` tests them.
"""

from __future__ import annotations

import argparse
import importlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "training"))
from unmarked_films import apply_settings, draw_reviews, extractor, title_case  # noqa: E402 - a script beside this one

#: (switch, value that turns the filter off) of ``titles.py``; then predicates patched to answer False
SWITCHES: tuple[tuple[str, Any], ...] = (
    ("MARKED_WORD_CUED", False), ("AUTHORS_WORKS", False), ("TITLE_USAGE_RATIO", None), ("CREDITED_PEOPLE", False),
    ("CAPS_CREDITED_PEOPLE", False), ("TV_ON", False), ("PART_OF_CUE", False), ("FILMOGRAPHY_UNKNOWN_WORD", False),
    ("NICKNAME_QUOTES", False), ("TV_OPENED", False), ("WORD_CUE", False), ("STAGED_CUE", False),
    ("STARS_VOUCHED", False),
)
PREDICATES = ("_non_film_context", "_other_work", "_shouted", "_shouted_line", "_acronym", "_critic_label",
              "_before_performer", "_played_part", "_strictly_inside", "_one_word_unvouched", "_spoiler_warning")


_STRIP = " .,;:!?-'\u2019"


def teacher_spans(text: str, reviewed: str | None, reviewed_keys: set[str], films: Any, archive: Any,
                  ) -> list[tuple[int, int, str, str]]:
    """(start, end, surface, mark) of the known titles the critic marks."""
    from filmkg.core.normalize import name_key
    from filmkg.extractors import titles as T

    out: list[tuple[int, int, str, str]] = []

    def known(surface: str) -> bool:
        return surface in films or archive.is_film(surface, 3, marked_ok=True)

    def add(s: int, e: int, surface: str, mark: str) -> None:
        if name_key(surface, film=True) in reviewed_keys or len(surface.strip()) < 2:
            return
        if known(surface):
            out.append((s, e, surface, mark))

    for m in T._QUOTED.finditer(text):
        surface = m["t"].rstrip(_STRIP)
        add(m.start("t"), m.start("t") + len(surface), surface, "quote")
    for m in T._MARKED.finditer(text):
        surface = m["t"].rstrip(_STRIP)
        add(m.start("t"), m.start("t") + len(surface), surface, "under" if m[1] == "_" else "star")
    if T.uses_caps_titles(text, reviewed):
        for m in T._CAPS_RUN.finditer(text):
            raw = m[0].rstrip(_STRIP)
            if len(raw) < 3 or not re.search(r"[A-Z]{2}", raw) or "\n" in raw:
                continue
            surface = title_case(raw)
            if " " not in raw and raw.lower() in archive.common_words:
                continue
            add(m.start(), m.start() + len(raw), surface, "caps")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=500, help="reviews to draw")
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--per-critic", type=int, default=2)
    ap.add_argument("--part", choices=("even", "odd", "all"), default="even")
    ap.add_argument("--set", action="append", default=[], metavar="MODULE.CONSTANT=VALUE")
    ap.add_argument("--why", action="store_true", help="class each miss by the filter that holds it back")
    ap.add_argument("--show", type=int, default=0, help="print this many random misses")
    ap.add_argument("--save", type=Path, help="write the misses (JSON lines) here")
    ap.add_argument("--student", type=Path, help="class the misses of a sample saved by unmarked_films.py --save")
    args = ap.parse_args(argv)
    apply_settings(args.set)
    from filmkg.core.normalize import name_key
    from filmkg.extractors import titles as T
    from filmkg.extractors.models import archive_lexicon

    captured: dict[str, tuple[tuple, dict, list]] = {}
    real = T.find_titles

    def capture(text: str, *a: Any, **k: Any) -> list:
        found = real(text, *a, **k)
        captured[text] = ((text, *a), k, found)
        return found

    T.find_titles = capture
    ex = extractor()
    films = ex.nlp.get_pipe("titles").lexicon.films
    archive = archive_lexicon()
    if args.student:
        return student_misses(args, ex, T, real, captured)
    reviews = sorted(draw_reviews(args.seed, args.part, args.per_critic, args.n), key=lambda r: r.identifier)
    total = hit = 0
    misses: list[dict] = []
    by_mark: Counter[str] = Counter()
    by_mark_hit: Counter[str] = Counter()
    critics: set[str] = set()
    for review, e in zip(reviews, ex.extract_many(reviews), strict=True):
        if isinstance(e, tuple):
            continue
        text = review.text
        rev = e.entities.get(e.reviewed_film)
        reviewed_keys = {name_key(rev.name, film=True)} if rev else set()
        if rev:
            reviewed_keys |= {name_key(text[m.start:m.end], film=True) for m in rev.mentions}
        reviewed_keys |= {name_key(review.title or "", film=True)}
        spans = [(m.start, m.end) for ent in e.entities.values() if ent.kind == "film" for m in ent.mentions]
        seen: set[str] = set()
        cap = captured.get(text)
        for s, t_end, surface, mark in teacher_spans(text, review.title, reviewed_keys, films, archive):
            key = name_key(surface, film=True)
            found = any(a < t_end and s < b for a, b in spans)
            if key in seen and not found:
                continue
            seen.add(key)
            total += 1
            by_mark[mark] += 1
            if found:
                hit += 1
                by_mark_hit[mark] += 1
                continue
            critics.add(review.critic or "")
            row = {"id": review.identifier, "critic": review.critic, "title": surface, "mark": mark,
                   "words": len(surface.split()), "kb": surface in films, "start": s, "end": t_end,
                   "context": text[max(0, s - 90):t_end + 60].replace("\n", " ")}
            if args.why and cap is not None:
                row["why"] = why(T, real, cap, s, t_end)
            misses.append(row)
    T.find_titles = real
    print(f"{len(reviews)} reviews; {total} marked known titles (not the reviewed film); found {hit} "
          f"({hit / max(1, total):.3f}); missed {total - hit} in {len(critics)} critics")
    for mark, c in by_mark.most_common():
        print(f"  {mark:6} {by_mark_hit[mark]}/{c} ({by_mark_hit[mark] / c:.3f})")
    if args.why:
        print("-- misses by cause")
        for cause, c in Counter(m["why"] for m in misses).most_common():
            print(f"  {c:5} {cause}")
    if args.save:
        args.save.write_text("".join(json.dumps(m) + "\n" for m in misses))
    rnd = random.Random(1)
    for m in rnd.sample(misses, min(args.show, len(misses))):
        print(f"{m['id']} [{m['mark']}/{m.get('why', '')}] {m['title']!r}: ...{m['context']}...")
    return 0


def student_misses(args: argparse.Namespace, ex: Any, T: Any, real: Any, captured: dict) -> int:
    """The films ``unmarked_films.py``'s student misses, each located in the student text and classed."""
    import dataclasses

    from filmkg.core.normalize import name_key
    from filmkg.core.records import Review

    sample = json.loads(args.student.read_text())
    fields = {f.name for f in dataclasses.fields(Review)}
    students = [Review(**{k: tuple(v) if isinstance(v, list) else v for k, v in m.items() if k in fields})
                for m in sample.values()]
    misses: list[dict] = []
    for review, e in zip(students, ex.extract_many(students), strict=True):
        if isinstance(e, tuple):
            continue
        t = sample[review.identifier]["teacher"]
        found = {name_key(ent.name, film=True) for ent in e.entities.values() if ent.kind == "film"}
        spans = [(m.start, m.end) for ent in e.entities.values() if ent.kind == "film" for m in ent.mentions]
        text = review.text
        for key in t["marked"]:
            if key in found:
                continue
            words = [re.escape(w) for w in key.split()]
            pat = re.compile(r"(?<!\w)(?:(?:the|a|an)\W+)?" + r"\W+".join(words) + r"(?!\w)", re.I)
            occ = [(m.start(), m.end()) for m in pat.finditer(text)]
            occ = [(a, b) for a, b in occ if not any(x < b and a < y for x, y in spans)]
            row = {"id": review.identifier, "critic": sample[review.identifier].get("critic"), "title": key,
                   "words": len(key.split()), "n": len(occ)}
            if not occ:
                row["why"] = "not in the student text"
            else:
                causes = [why(T, real, captured[text], a, b) if text in captured else "?" for a, b in occ[:3]]
                row["why"] = next((c for c in causes if c != "never proposed"), causes[0])
                a, b = occ[0]
                row["context"] = text[max(0, a - 90):b + 60].replace("\n", " ")
                row["surface"] = text[a:b]
            misses.append(row)
    T.find_titles = real
    print(f"{len(students)} student reviews; {len(misses)} misses")
    for cause, c in Counter(m["why"] for m in misses).most_common():
        print(f"  {c:5} {cause}")
    if args.save:
        args.save.write_text("".join(json.dumps(m) + "\n" for m in misses))
    rnd = random.Random(1)
    shown = [m for m in misses if "context" in m]
    for m in rnd.sample(shown, min(args.show, len(shown))):
        print(f"{m['id']} [{m['why']}] {m['surface']!r}: ...{m['context']}...")
    return 0


def why(T: Any, real: Any, cap: tuple[tuple, dict, list], s: int, e: int) -> str:
    """What holds the span back: dropped after find_titles, a filter of it, or nothing proposes it."""
    args, kwargs, found = cap

    def over(mentions: list) -> bool:
        return any(m.start < e and s < m.end for m in mentions)

    if over(found):
        return "dropped after find_titles"
    for name, off in SWITCHES:
        old = getattr(T, name)
        setattr(T, name, off)
        try:
            if over(real(*args, **kwargs)):
                return f"switch {name}"
        finally:
            setattr(T, name, old)
    for name in PREDICATES:
        old = getattr(T, name)
        setattr(T, name, lambda *a, **k: False)
        try:
            if over(real(*args, **kwargs)):
                return f"filter {name}"
        finally:
            setattr(T, name, old)
    return "never proposed"


if __name__ == "__main__":
    importlib.import_module("filmkg.extractors.titles")
    raise SystemExit(main())
