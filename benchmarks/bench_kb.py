#!/usr/bin/env python3
"""Load time, memory and lookup speed of the IMDb KB, in memory and as a SQLite index.

    python benchmarks/bench_kb.py [--imdb DIR]     # default: the bundled subset

Prints: the in-memory load (wall time, memory the KB keeps, peak during the load), the
SQLite index (build time, size on disk, open time), the time per lookup of each kind in both
stores, and the linker's speed on the dev gold names.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TITLES = ["Leaving Las Vegas", "The Daytrippers", "Fargo", "Frankenstein", "Red", "Cocktail", "Hercules",
          "O Brother, Where Art Thou?", "In & Out", "The Naked Gun", "Nowhere To Be Found"]
NAMES = ["Nicolas Cage", "Elisabeth Shue", "Mike Figgis", "Anthony Edwards", "Lars Von Trier", "Julian Lennon",
         "Bette Midler", "Steve Buscemi", "Jennifer Gray", "Nobody Atall"]


def per_call(fn, items, repeat: int = 20) -> float:
    """Microseconds per call of ``fn`` over ``items``."""
    t = time.perf_counter()
    for _ in range(repeat):
        for x in items:
            fn(x)
    return (time.perf_counter() - t) / (repeat * len(items)) * 1e6


def lookups(kb) -> dict[str, float]:
    return {
        "find_titles": per_call(kb.find_titles, TITLES),
        "find_people": per_call(kb.find_people, NAMES),
        "people_near (fuzzy)": per_call(kb.people_near, NAMES, repeat=3),
        "principals": per_call(kb.principals, ["tt0113627", "tt0116282", "tt0120855"]),
    }


def main(argv: list[str] | None = None) -> int:
    from filmkg.linking.imdb_kb import MemoryKB, SqliteKB, bundled_kb_dir, find_file, index_imdb

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--imdb", type=Path, default=None, help="IMDb folder (default: the bundled subset)")
    a = ap.parse_args(argv)
    kb_dir = a.imdb or bundled_kb_dir()
    files = [f for s in ("title.basics", "name.basics", "title.principals") if (f := find_file(kb_dir, s))]
    size = sum(f.stat().st_size for f in files)
    print(f"IMDb folder: {kb_dir}  ({size / 1e6:.1f} MB in {len(files)} files)")

    t = time.perf_counter()
    mem = MemoryKB(kb_dir)
    load_s = time.perf_counter() - t
    del mem
    gc.collect()
    tracemalloc.start()  # a second load, traced (tracing slows it down, so it is not the one timed)
    mem = MemoryKB(kb_dir)
    gc.collect()
    kept, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    stats = mem.stats()
    print("\nin memory (MemoryKB)")
    print(f"  load               {load_s:8.2f} s   ({stats['titles']} titles, {stats['people']} people, "
          f"{stats['principals']} principals)")
    print(f"  memory kept        {kept / 2**20:8.1f} MiB (Python objects, tracemalloc)")
    print(f"  peak while loading {peak / 2**20:8.1f} MiB")

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "imdb.sqlite"
        t = time.perf_counter()
        index_imdb(kb_dir, db)
        build_s = time.perf_counter() - t
        t = time.perf_counter()
        lite = SqliteKB(db)
        open_s = time.perf_counter() - t
        print("\nSQLite index (SqliteKB)")
        print(f"  build              {build_s:8.2f} s   (once; the full dumps take minutes)")
        print(f"  size on disk       {db.stat().st_size / 2**20:8.1f} MiB")
        print(f"  open               {open_s * 1000:8.1f} ms")

        print("\nlookup, microseconds per call      memory     sqlite")
        lm, ls = lookups(mem), lookups(lite)
        for k in lm:
            print(f"  {k:30} {lm[k]:9.1f} {ls[k]:10.1f}")
        lite.con.close()

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import score_links

    from filmkg.linking.imdb_link import link_extraction

    exs = score_links.gold_extractions()
    n = sum(len(ex.entities) for ex in exs)
    t = time.perf_counter()
    for ex in exs:
        link_extraction(ex, mem)
    link_s = time.perf_counter() - t
    print(f"\nlinker: {len(exs)} dev reviews, {n} entities in {link_s * 1000:.0f} ms "
          f"({link_s / len(exs) * 1000:.1f} ms per review)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
