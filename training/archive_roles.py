"""What the archive's credits headers make of a name: its career as the critics write it.

For each name the credits headers of the archive give (``header.find_header_credits`` and the run-in
headers of ``run_in_header``), the number of distinct reviews that credit it as director, as actor, as
screenwriter, as source author and in any other crew role; plus, from prose, the reviews that call it the
author of a novel, play or book ("based on the novel by X", "X's novel"). The bundled IMDb subset files
directors as performers at times and lacks most writers, so it cannot tell whether "X's FILM" names a
director, a star or the author of the source; the archive can (extractors/credits.py, ``possessor_role``).

Kept: names credited by 2 reviews or more. Dev and every gold set of tests/data are left out (by review id).
The result is ``extractors/models/archive_roles.json.gz`` ({name: [director, actor, screenwriter,
source_author, other]}), written with ``archive_lexicon.json.gz`` by the one archive pass (archive_counts.py;
``make archive-counts``), which feeds :class:`RolesCounts` each review and its header credits
(archive_headers.py).
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from archive_headers import ReviewHeaders  # training/ is the script's folder

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "extractors" / "models" / "archive_roles.json.gz"
MIN_REVIEWS = 2
ROLES = ("director", "actor", "screenwriter", "source_author", "other")

_NAME = r"(?P<name>[A-Z][a-z]+(?:[ \t]+(?:[A-Z]\.|[A-Z][a-z]+|de|van|von|du|la|le)){0,2}[ \t]+[A-Z][a-z][\w'\-]+)"
#: prose naming an author: "based on the novel by X", "from a play by X", "X's novel", "the X novel"
_SOURCE = re.compile(
    r"\b(?:novel|novella|play|book|best-?seller|short\s+story|memoir)s?\s+(?:of\s+the\s+same\s+name\s+)?"
    r"(?:written\s+)?by\s+" + _NAME + r"|" + _NAME.replace("name", "name2")
    + r"['\u2019]s?\s+(?:[a-z\-]+\s+){0,2}?(?:novel|novella|play|book|best-?seller|short\s+story|memoir)\b")


class RolesCounts:
    """The careers' counts, fed one review at a time (:meth:`add`) by the one archive pass (archive_counts.py)."""

    def __init__(self) -> None:
        self.seen: dict[str, list[set[str]]] = defaultdict(lambda: [set() for _ in ROLES])
        self.n = 0

    def add(self, h: ReviewHeaders) -> None:
        rid, seen = h.identifier, self.seen
        self.n += 1
        for c in h.top:
            for role in c.roles:
                i = ROLES.index(role) if role in ROLES else len(ROLES) - 1
                seen[c.name][i].add(rid)
        for m in _SOURCE.finditer(h.review.text):
            name = " ".join((m["name"] or m["name2"]).split())
            seen[name][3].add(rid)

    def result(self) -> dict:
        out = {k: [len(s) for s in v] for k, v in sorted(self.seen.items()) if len(set().union(*v)) >= MIN_REVIEWS}
        return {"reviews": self.n, "names": out}


def summary(data: dict) -> str:
    return f"{data['reviews']} reviews, {len(data['names'])} names"
