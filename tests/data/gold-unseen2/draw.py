#!/usr/bin/env python3
"""Draw the ids of the second unseen gold set (seed 20261202), the procedure the README records.

    python3 draw.py [ARCHIVE_DIR]

ARCHIVE_DIR is the tarball's `movie/` folder extracted (default /tmp/annot4/movie). Prints the
kept ids with their word counts, page titles and critics, in drawing order.

Same procedure as the third part of tests/data/gold-unseen (seed 20261201): ids of index.csv sorted
as strings, shuffled with the seed, walked in that order; a page is kept when its critic (index.csv
`critic` column, compared case-insensitively) is new and is neither the index.csv critic nor the gold
file's `critic` of any file in the dev gold, gold-extra or gold-unseen, and its text has 300 to 1,300
words, until 16 are kept. Unlike that draw, critics are compared through ALIASES (two index.csv
spellings of critics already annotated).
"""

from __future__ import annotations

import sys
from pathlib import Path

SEED = 20261202
WANTED = 16
HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
# index.csv spellings of a critic already in a gold set under another name, found by reading the
# drawn pages (23201's byline misspells Dustin Putman; 29083 is JoBlo's review signed Berge
# Garabedian, critic of gold-unseen 21690). A critic is compared by this canonical name.
ALIASES = {"dustin putnam": "dustin putman", "joblo": "berge garabedian"}


sys.path.insert(0, str(HERE.parent))  # tests/data, for the procedure every draw shares
from gold_draw import earlier_sets, main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(SEED, WANTED, earlier_sets(HERE, SHARED), ALIASES, SHARED, Path("/tmp/annot4/movie")))
