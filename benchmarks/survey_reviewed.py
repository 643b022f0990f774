"""Survey of how archive pages name their reviewed film, and what ``extractors.reviewed`` makes of it.

    .venv/bin/python benchmarks/survey_reviewed.py [--tarball ...] [--sample KIND --n 20 --seed 1]

For every page with a page title: does the page title occur below the page line; does the review's
own title line name the film otherwise; which reviewed film and aliases ``reviewed_film`` returns.
KIND is one of: renamed (the title line's film becomes the reviewed film), alias (the page title
stays, other titles are its forms), missing (the page title never occurs and nothing was found).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

from filmkg.core.errors import FilmKGError
from filmkg.extractors.reviewed import occurs, page_title, reviewed_film
from filmkg.readers.sources import iter_tarball, parse

TARBALL = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "rec-arts-movies-reviews-html.tar.gz"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tarball", type=Path, default=TARBALL)
    ap.add_argument("--sample")
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    counts: Counter[str] = Counter()
    critics: dict[str, set[str]] = {}
    hits: dict[str, list] = {}
    for raw in iter_tarball(a.tarball):
        try:
            review = parse(raw)
        except FilmKGError:
            continue
        title, _ = page_title(review.title)
        if not title:
            continue
        counts["pages"] += 1
        start = review.critic_span[1] if review.critic_span else (review.title_span[1] if review.title_span else 0)
        found = occurs(review.text[start:], title)
        got = reviewed_film(review.text, title, start)
        kind = "renamed" if got and got.title != title else "alias" if got and got.aliases else \
            "present" if found else "missing"
        if page_title(review.title)[0] != review.title:
            counts["page line cleaned ((TV), (V), (mini), year, quotes)"] += 1
        counts[kind] += 1
        critics.setdefault(kind, set()).add(review.critic or "?")
        hits.setdefault(kind, []).append((review, title, got, start))
    for k, v in counts.items():
        print(f"{k}: {v} pages" + (f", {len(critics[k])} critics" if k in critics else ""))
    if a.sample:
        rng = random.Random(a.seed)
        pool = hits.get(a.sample, [])
        for review, title, got, start in rng.sample(pool, min(a.n, len(pool))):
            head = " / ".join(x.strip() for x in review.text[start : start + 300].split("\n") if x.strip())[:200]
            print(f"\n--- {review.identifier} {review.critic} | page: {title}\n    -> {got}\n    {head}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
