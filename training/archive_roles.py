"""What the archive's credits headers make of a name: its career as the critics write it.

For each name the credits headers of the archive give (``header.find_header_credits`` and the run-in
headers of ``run_in_header``), the number of distinct reviews that credit it as director, as actor, as
screenwriter, as source author and in any other crew role; plus, from prose, the reviews that call it the
author of a novel, play or book ("based on the novel by X", "X's novel"). The bundled IMDb subset files
directors as performers at times and lacks most writers, so it cannot tell whether "X's FILM" names a
director, a star or the author of the source; the archive can (extractors/credits.py, ``possessor_role``).

Kept: names credited by 2 reviews or more. Dev and every gold set of tests/data are left out (by review id);
``--texts`` reads a folder of stripped texts (NNNN.txt) instead of the tarball. Writes
``extractors/models/archive_roles.json.gz`` ({name: [director, actor, screenwriter, source_author, other]}).
About a minute on one core:

    .venv/bin/python training/archive_roles.py [--texts /tmp/archive-txt] [--out OUT.json.gz]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from gold_sets import excluded_ids  # training/ is the script's folder

ROOT = Path(__file__).resolve().parent.parent
TARBALL = ROOT.parent / "shared" / "corpus" / "rec-arts-movies-reviews-html.tar.gz"
OUT = ROOT / "extractors" / "models" / "archive_roles.json.gz"
MIN_REVIEWS = 2
ROLES = ("director", "actor", "screenwriter", "source_author", "other")

_NAME = r"(?P<name>[A-Z][a-z]+(?:[ \t]+(?:[A-Z]\.|[A-Z][a-z]+|de|van|von|du|la|le)){0,2}[ \t]+[A-Z][a-z][\w'\-]+)"
#: prose naming an author: "based on the novel by X", "from a play by X", "X's novel", "the X novel"
_SOURCE = re.compile(
    r"\b(?:novel|novella|play|book|best-?seller|short\s+story|memoir)s?\s+(?:of\s+the\s+same\s+name\s+)?"
    r"(?:written\s+)?by\s+" + _NAME + r"|" + _NAME.replace("name", "name2")
    + r"['\u2019]s?\s+(?:[a-z\-]+\s+){0,2}?(?:novel|novella|play|book|best-?seller|short\s+story|memoir)\b")


def texts(tarball: Path, folder: Path | None) -> Iterator[tuple[str, str]]:
    skip = excluded_ids()
    if folder is not None:
        for p in sorted(folder.glob("*.txt")):
            if p.stem not in skip:
                yield p.stem, p.read_text(encoding="utf-8", errors="replace")
        return
    from filmkg.readers.sources import iter_tarball, parse

    for raw in iter_tarball(tarball):
        if raw.identifier in skip:
            continue
        try:
            yield raw.identifier, parse(raw).text
        except Exception:  # noqa: BLE001 - an unreadable page counts for nothing
            continue


def build(pages: Iterator[tuple[str, str]]) -> dict:
    from filmkg.extractors.header import find_header_credits
    from filmkg.extractors.run_in_header import run_in_credits

    seen: dict[str, list[set[str]]] = defaultdict(lambda: [set() for _ in ROLES])
    n = 0
    for rid, text in pages:
        n += 1
        credits = list(find_header_credits(text, 3000)) + run_in_credits(text)[0]
        for c in credits:
            for role in c.roles:
                i = ROLES.index(role) if role in ROLES else len(ROLES) - 1
                seen[c.name][i].add(rid)
        for m in _SOURCE.finditer(text):
            name = " ".join((m["name"] or m["name2"]).split())
            seen[name][3].add(rid)
    out = {k: [len(s) for s in v] for k, v in sorted(seen.items()) if len(set().union(*v)) >= MIN_REVIEWS}
    return {"reviews": n, "names": out}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tarball", type=Path, default=TARBALL)
    ap.add_argument("--texts", type=Path, default=None, help="a folder of stripped texts (NNNN.txt)")
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args()
    if a.texts is None and not a.tarball.is_file():
        print(f"{a.tarball}: no such archive", file=sys.stderr)
        return 2
    t = time.time()
    data = build(texts(a.tarball, a.texts))
    a.out.write_bytes(gzip.compress(json.dumps(data, ensure_ascii=False, separators=(",", ":"),
                                               sort_keys=True).encode(), mtime=0))
    print(f"{data['reviews']} reviews, {len(data['names'])} names -> {a.out} "
          f"({a.out.stat().st_size // 1024} KiB) in {time.time() - t:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
