"""Count the archive once: ``extractors/models/archive_lexicon.json.gz`` and ``archive_roles.json.gz`` from one pass.

Both files count what the archive's reviews (dev, every gold set of tests/data and the reserved pages left out,
by review id: gold_sets.never_read) and their credits headers give: archive_lexicon.py what critics call titles, parts,
people and companies, archive_roles.py the careers of names. archive_headers.walk reads the tarball and runs
the header rules once per review for both. Each file records how it was counted (archive_headers.fingerprints:
the header rules' code, ``header_parser``; the counting code's, ``counting_code``; the reviews left out,
``left_out``); tests/training/test_archive_counts.py fails when any of them changed since. The output is
deterministic (sorted keys, gzip without a time): a second run writes byte-identical files. About three
minutes of one core (`make archive-counts`):

    .venv/bin/python training/archive_counts.py [--tarball ...] [--lexicon OUT.json.gz] [--roles OUT.json.gz]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

import archive_lexicon  # training/ is the script's folder
import archive_roles
from archive_headers import TARBALL, fingerprints, walk
from gold_sets import never_read


def write(data: dict, out: Path) -> None:
    out.write_bytes(gzip.compress(json.dumps(data, ensure_ascii=False, separators=(",", ":"),
                                             sort_keys=True).encode(), mtime=0))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tarball", type=Path, default=TARBALL)
    ap.add_argument("--lexicon", type=Path, default=archive_lexicon.OUT, help="the lexicon's output")
    ap.add_argument("--roles", type=Path, default=archive_roles.OUT, help="the careers' output")
    a = ap.parse_args()
    if not a.tarball.is_file():
        print(f"{a.tarball}: no such archive", file=sys.stderr)
        return 2
    t = time.time()
    lexicon, roles = archive_lexicon.LexiconCounts(), archive_roles.RolesCounts()
    skip = never_read()
    for h in walk(a.tarball, skip):
        lexicon.add(h)
        roles.add(h)
    marks = fingerprints(skip)
    for counts, out, summary in ((lexicon, a.lexicon, archive_lexicon.summary),
                                 (roles, a.roles, archive_roles.summary)):
        data = counts.result() | marks
        write(data, out)
        print(f"{summary(data)} -> {out} ({out.stat().st_size // 1024} KiB)")
    print(f"{marks}; {time.time() - t:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
