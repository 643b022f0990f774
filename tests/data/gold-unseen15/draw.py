#!/usr/bin/env python3
"""Draw the ids of the fifteenth unseen gold set (seed 20261215), the procedure the README records.

    python3 draw.py [ARCHIVE_DIR]

ARCHIVE_DIR is the tarball's `movie/` folder extracted (default /tmp/contrib/html/movie). Prints the
kept ids with their word counts, page titles and critics, in drawing order.

Same procedure as tests/data/gold-unseen13/draw.py (seed 20261213): ids of index.csv sorted as
strings, shuffled with the seed, walked in that order; a page is kept when its critic (index.csv
`critic` column, compared case-insensitively through ALIASES) is new and is neither the index.csv
critic nor the gold file's `critic` of any file in the dev gold, gold-extra and gold-unseen to
gold-unseen13, and its text has 300 to 1,300 words, until 40 are kept (the hidden set's size). Only the
seed, the size, gold-unseen13's exclusion and six aliases differ from gold-unseen13's draw. The aliases were
found by checking this draw's critics against the gold files before annotation: index.csv "David Butterworth"
(gold-unseen's David N. Butterworth, by the page's own byline), "Jon A Webb", "E. Michael Kelsey" and
"E. Benjmain Kelsey" (both pages signed E. Benjamin Kelsey, a dev critic), "R.L. Strong" (drawn beside
"R. L. Strong" in this draw) and "Sridhar Prasad" (perhaps gold-unseen13's K. Prasad; left out in doubt).
"""

from __future__ import annotations

import sys
from pathlib import Path

SEED = 20261215
WANTED = 40
HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
# index.csv spellings of a critic already in a gold set under another name, found by reading the
# drawn pages (23201's byline misspells Dustin Putman; 29083 is JoBlo's review signed Berge
# Garabedian, critic of gold-unseen 21690; redman%40bvoice.com is Michael Redman, drawn twice in
# gold-unseen6; matt prigge is the index.csv name of Ted Prigge's reviews and faust667%40aol.com
# signs as Jerry Saravia, both met in this draw). A critic is compared by this canonical name.
ALIASES = {"dustin putnam": "dustin putman", "joblo": "berge garabedian", "max messler": "max messier",
           "jon webb": "jon a. webb", "moviephan2": "nick lyons",
           "berge garabedian%3cjoblo%40joblo.com%3e": "berge garabedian",
           "redman%40bvoice.com": "michael redman", "matt prigge": "ted prigge",
           "faust667%40aol.com": "jerry saravia", "terri s buchman": "terri buchman",
           "nick amado": "nicholas amado", "jonathan f. richards": "jonathan richards",
           "jonathan f richards": "jonathan richards", "paul miller": "paul b. miller",
           "scott hamilton %26 chris holland": "chris holland %26 scott hamilton",
           "lewis butler": "louis butler", "jason wallis": "richard wallis",
           "carol bloom": "bob bloom", "robert marks": "robert b. marks",
           "w. waffle": "w waffle", "chad polenz%40aol.com": "chad polenz",
           "david butterworth": "david n. butterworth", "jon a webb": "jon a. webb",
           "e. michael kelsey": "e. benjamin kelsey", "e. benjmain kelsey": "e. benjamin kelsey",
           "sridhar prasad": "k. prasad", "r.l. strong": "r. l. strong",
           "james salisbury": "j.k. salisbury", "john smyth": "john smythe", "john popick": "jon popick",
           "jon ridge (jon ridge)": "jon ridge", "john baechem": "john beachem",
           "victory marasigan": "victory a. marasigan",
           "jeremiah mcvay": "jeremy vay", "jeremy mcvay": "jeremy vay"}


# Pages whose own byline names a critic of another set while index.csv names someone else: 2053 is filed
# under "Mark Stantz" and signed Scott Renshaw, a dev critic (found by its annotator's critic check).
MISFILED = {"2053"}

sys.path.insert(0, str(HERE.parent))  # tests/data, for the procedure every draw shares
from gold_draw import audit_ids, earlier_sets, main  # noqa: E402

if __name__ == "__main__":
    skip = audit_ids(HERE.parent.parent.parent) | MISFILED
    sys.exit(main(SEED, WANTED, earlier_sets(HERE, SHARED), ALIASES, SHARED, skip=skip))
