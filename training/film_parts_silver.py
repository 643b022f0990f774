"""Silver for parts taken as people: a person the pipeline gives in a review of a film whose name the archive's
OTHER reviews of that film give as a part (training/film_parts.py's table, built without the slices' pages).

The slices (``film_parts_held_out.txt``: 300 even ids, then 300 odd ids, at most 5 a critic, seed 17) were drawn
from the archive reviews (no audit page, nothing of gold_sets.never_read) of a film that another critic's review
gives a part of. The table the package ships leaves them and the three precision audits out, so the slices see
only what other reviews give. Per slice this prints the persons given (the reviewed film aside), the persons the
table names as parts of the reviewed film ("parts as people") and the persons some other review's header credits
for the film ("cast kept": real people the rule must keep). About two minutes a slice and mode:

    .venv/bin/python training/film_parts_silver.py --slice even|odd [--off] --records RECORDS.jsonl

``RECORDS.jsonl`` is film_parts.py's ``--records`` output (the films, years and header persons of the pages).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "precision_audit"))

from dump import predictions  # noqa: E402 - a script of the audit folder

SLICE = 300


def main(argv: list[str] | None = None) -> int:
    from filmkg.core.normalize import fold
    from filmkg.extractors import resolve
    from filmkg.extractors.models import film_parts

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--slice", choices=("even", "odd"), required=True)
    ap.add_argument("--off", action="store_true", help="the rule off (resolve.FILM_PARTS_DROP)")
    ap.add_argument("--records", type=Path, required=True)
    args = ap.parse_args(argv)
    ids = (HERE / "film_parts_held_out.txt").read_text().split()
    ids = ids[:SLICE] if args.slice == "even" else ids[SLICE:]
    rows = {r["id"]: r for r in map(json.loads, args.records.open())}
    films = defaultdict(list)
    for r in rows.values():
        films[r["film"], str(r["year"])].append(r)
    table = film_parts()
    resolve.FILM_PARTS_DROP = not args.off

    def parts_of(doc: str) -> set[str]:
        years = table.get(rows[doc]["film"], {})
        year = str(rows[doc]["year"])
        return {fold(p) for p in (years[year] if year in years else [p for ps in years.values() for p in ps])}

    def cast_of(doc: str) -> set[str]:
        r = rows[doc]
        return {p for o in films[r["film"], str(r["year"])] if o["id"] != doc for p in o["persons"]}

    persons = [p for p in predictions(ids) if p["kind"] == "person" and not p["reviewed"]]
    parts = [p for p in persons if fold(p["name"]) in parts_of(p["doc"])]
    cast = [p for p in persons if p["name"] in cast_of(p["doc"])]
    print(f"{args.slice} ({'off' if args.off else 'on'}): persons {len(persons)}, parts as people {len(parts)}, "
          f"cast kept {len(cast)}")
    for p in parts:
        print(f"  {p['doc']:>6}  {p['name']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
