"""The draw of a blind gold set, one procedure for every ``gold-unseen*/draw.py`` (each gives its seed, size and
critic aliases; the earlier sets whose critics it leaves out follow from its folder, :func:`earlier_sets`; see its
README).

Ids of index.csv sorted as strings, shuffled with the seed, walked in that order; a page is kept when its critic
(index.csv ``critic`` column, compared case-insensitively through the aliases) is new and is neither the index.csv
critic nor the gold file's ``critic`` of any file in the earlier sets, and its text has 300 to 1,300 words, until
``wanted`` are kept. Prints the kept ids with their word counts, page titles and critics, in drawing order, then the
ids on one line.
"""

from __future__ import annotations

import csv
import html
import json
import random
import re
import sys
from collections.abc import Collection, Sequence
from pathlib import Path

#: The tarball's ``movie/`` folder extracted, unless the command line names another.
ARCHIVE = Path("/tmp/contrib/html/movie")


def earlier_sets(here: Path, shared: Path) -> list[Path]:
    """The sets drawn before ``here`` (tests/data/gold-unseenN), whose critics its draw leaves out: dev,
    gold-extra, gold-unseen and gold-unseen2 to gold-unseenN-1."""
    n = int(here.name.removeprefix("gold-unseen") or 1)
    return [shared / "eval" / "dev", here.parent / "gold-extra", here.parent / "gold-unseen",
            *(here.parent / f"gold-unseen{i}" for i in range(2, n))]


def draw_aliases(folder: Path) -> dict[str, str]:
    """The ``ALIASES`` of an earlier set's ``draw.py``: a later draw starts from them and adds its own (the earlier
    file stays as its draw was run, so that it reproduces)."""
    import runpy

    return dict(runpy.run_path(str(folder / "draw.py"))["ALIASES"])


def audit_ids(root: Path) -> set[str]:
    """The reviews of the hand-judged precision audits (``training/precision_audit``, every ``ids.txt``): a draw
    from gold-unseen15 on passes them as ``skip``, so that no blind page is one whose predictions an audit read
    (the draws before did not, and six audit pages became blind pages of unseen12 to unseen14)."""
    return {i for f in (root / "training" / "precision_audit").rglob("ids.txt") for i in f.read_text().split()}


def page_text(path: Path) -> str:
    """Page decoded as cp1252, cut before the archive footer, tags removed, entities unescaped."""
    raw = path.read_bytes().decode("cp1252", errors="replace")
    raw = raw.split("<HR><P CLASS=flush>")[0]
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def main(seed: int, wanted: int, gold_dirs: Sequence[Path], aliases: dict[str, str], shared: Path,
         archive: Path = ARCHIVE, skip: Collection[str] = ()) -> int:
    def critic_key(name: str) -> str:
        key = name.strip().lower()
        return aliases.get(key, key)

    archive = Path(sys.argv[1]) if len(sys.argv) > 1 else archive
    with open(shared / "corpus" / "index.csv", encoding="utf-8", newline="") as fh:
        index = {row["id"]: row for row in csv.DictReader(fh)}
    excluded: set[str] = set()
    for folder in gold_dirs:
        for gf in folder.glob("*.json"):
            gold = json.loads(gf.read_text(encoding="utf-8"))
            if gold.get("critic"):
                excluded.add(critic_key(gold["critic"]))
            if gold["doc"] in index:
                excluded.add(critic_key(index[gold["doc"]]["critic"]))
    random.seed(seed)
    ids = sorted(index)
    random.shuffle(ids)
    kept: list[str] = []
    kept_critics: set[str] = set()
    for doc in ids:
        crit = critic_key(index[doc]["critic"])
        if doc in skip or crit in excluded or crit in kept_critics:
            continue
        n = len(page_text(archive / f"{doc}.html").split())
        if 300 <= n <= 1300:
            kept.append(doc)
            kept_critics.add(crit)
            print(f"{doc}\t{n}\t{index[doc]['page_title']}\t{index[doc]['critic']}")
            if len(kept) == wanted:
                break
    print(" ".join(kept))
    return 0
