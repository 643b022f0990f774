"""Archive hits of ``resolve.principal_surnames``'s text shape, counted without the pipeline (people21).

On every archive page (never-read pages left out) whose title line names a film ("Title, The (1998)"), the surnames
of exactly one principal of that film (the archive headers' principals, 2 critics or more, and the bundled KB's) that
pass the rule's word gates (three letters or more, Title Case, no common word, given name or part word of the film)
are looked for as lone words (no capitalised word after them, none before them but an opener or a job, no letter or
hyphen joined): a hit is such an occurrence on a page where the principal's full name is nowhere (where it is, the
full name's own propagation finds the surname). Prints hits / pages / critics, and ``--sample N`` random hits with
their context to judge by hand.

    .venv/bin/python training/principal_surname_hits.py [--sample 20] [--seed 21] [--slice even|odd|all]
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from crew_silver import SHARED, TXT  # noqa: E402
from gold_sets import never_read  # noqa: E402
from principal_silver import title_of  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    from filmkg.core.normalize import fold, is_name_suffix
    from filmkg.extractors import people as people_rules
    from filmkg.extractors import resolve
    from filmkg.extractors.models import archive_lexicon
    from filmkg.linking.imdb_kb import load_kb
    from filmkg.linking.lexicon import Lexicon

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sample", type=int, default=20)
    ap.add_argument("--seed", type=int, default=21)
    ap.add_argument("--slice", choices=("even", "odd", "all"), default="all")
    args = ap.parse_args(argv)
    lexicon = Lexicon.from_kb(load_kb(None))
    archive = archive_lexicon()
    skip = never_read()
    skip |= {i.lstrip("0") for i in skip}
    with open(SHARED / "corpus" / "index.csv", newline="") as fh:
        critic_of = {row["id"]: row["critic"] for row in csv.DictReader(fh)}
    hits: list[tuple[str, str, str]] = []
    pages: set[str] = set()
    critics: set[str] = set()
    for i in sorted(critic_of):
        if i in skip or i.lstrip("0") in skip or (args.slice != "all" and (int(i) % 2 == 0) != (args.slice == "even")):
            continue
        path = TXT / f"{i}.txt"
        if not path.is_file():
            continue
        text = path.read_text()
        ty = title_of(text)
        if ty is None:
            continue
        by_surname = resolve._principals_by_surname(archive, lexicon.principal_surnames, *ty)
        parts = resolve._part_words(*ty)
        for sur, fulls in by_surname.items():
            key = fold(sur)
            if len(fulls) != 1 or len(sur) < 3 or not (sur[0].isupper() and sur[1:].islower()) \
                    or sur.lower() in archive.common_words or key in lexicon.given_names \
                    or key in people_rules.NOT_PEOPLE or key in parts or sur not in text:
                continue
            full = next(iter(fulls))
            words = [w for w in full.split() if not is_name_suffix(w)]
            if re.search(re.escape(words[0]) + r"\s+(?:[A-Z]\.\s*)*" + re.escape(sur), text):
                continue  # the full name is on the page: propagation's
            for m in re.finditer(r"(?<![\w'\u2019\-])" + re.escape(sur), text):
                s, e = m.start(), m.end()
                if resolve._CAPITAL_AFTER.match(text, e) or (
                        resolve.NAME_BEFORE.search(text, max(0, s - 30), s)
                        and not resolve._OPENER_BEFORE.search(text, max(0, s - 20), s)) \
                        or people_rules._TEAM_AFTER.match(text, e):
                    continue
                hits.append((i, full, " ".join(text[max(0, s - 90) : e + 60].split())))
                pages.add(i)
                critics.add(critic_of[i])
    print(f"{args.slice}: {len(hits)} hits on {len(pages)} pages, {len(critics)} critics")
    for i, full, ctx in random.Random(args.seed).sample(hits, min(args.sample, len(hits))):
        print(f"{i} | {full} | {ctx}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
