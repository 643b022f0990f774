#!/usr/bin/env python3
"""Draw the ids of the fifteenth unseen gold set (seed 20261215), the procedure the README records.

    python3 draw.py [ARCHIVE_DIR]

ARCHIVE_DIR is the tarball's `movie/` folder extracted (default /tmp/contrib/html/movie). Prints the
kept ids with their word counts, page titles and critics, in drawing order.

Same procedure as tests/data/gold-unseen14/draw.py (seed 20261214), see ../gold_draw.py: the earlier sets
now reach gold-unseen14, and the pages of the precision audits (training/precision_audit/*/ids.txt) and
MISFILED are skipped. The aliases are gold-unseen14's and eight more, found by checking this draw's critics
against the gold files before annotation (six) and by its annotators (two); the README names them.
"""

from __future__ import annotations

import sys
from pathlib import Path

SEED = 20261215
WANTED = 40
HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")

sys.path.insert(0, str(HERE.parent))  # tests/data, for the procedure every draw shares
from gold_draw import audit_ids, draw_aliases, earlier_sets, main  # noqa: E402

# gold-unseen14's aliases (index.csv spellings of a critic already in a gold set under another name), and those this
# draw's critic checks found. A critic is compared by this canonical name.
ALIASES = {**draw_aliases(HERE.parent / "gold-unseen14"),
           "james salisbury": "j.k. salisbury", "john smyth": "john smythe", "john popick": "jon popick",
           "jon ridge (jon ridge)": "jon ridge", "john baechem": "john beachem",
           "victory marasigan": "victory a. marasigan",
           "jeremiah mcvay": "jeremy vay", "jeremy mcvay": "jeremy vay"}


# Pages whose own byline names a critic of another set while index.csv names someone else: 2053 is filed
# under "Mark Stantz" and signed Scott Renshaw, a dev critic (found by its annotator's critic check).
MISFILED = {"2053"}

if __name__ == "__main__":
    skip = audit_ids(HERE.parent.parent.parent) | MISFILED
    sys.exit(main(SEED, WANTED, earlier_sets(HERE, SHARED), ALIASES, SHARED, skip=skip))
