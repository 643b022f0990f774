"""Wikidata links through IMDb ids: an IMDb-linked film or person gets the item with that IMDb id.

Input is an export of Wikidata's IMDb ID property (P345), e.g. from the query service::

    SELECT ?item ?imdb WHERE { ?item wdt:P345 ?imdb }

saved as CSV or TSV (optionally gzipped). The header names the two columns; accepted names
are ``item``/``qid``/``wikidata``/``wikidata_id``/``id`` for the item and
``imdb``/``imdb_id``/``imdbid``/``p345`` for the IMDb id. An item may be a bare ``Q42`` or a
full entity IRI (``http://www.wikidata.org/entity/Q42``). An IMDb id claimed by two items
(a duplicate item on Wikidata) is ambiguous and left out.

The Wikidata link inherits the IMDb link's confidence: it is exactly as good as the IMDb
link it goes through (method ``imdb-id-mapping``).
"""

from __future__ import annotations

import csv
import gzip
import io
import re
from pathlib import Path

from filmkg.core.errors import FilmKGError
from filmkg.core.records import Extraction, Link

ITEM_COLUMNS = ("item", "qid", "wikidata", "wikidata_id", "wikidataid", "id", "entity")
IMDB_COLUMNS = ("imdb", "imdb_id", "imdbid", "p345", "imdb id")
_QID = re.compile(r"\bQ[1-9]\d*\b")
_IMDB = re.compile(r"\b(?:tt|nm)\d{7,}\b")


class WikidataMapError(FilmKGError):
    """A mapping file that cannot be read; the message names the file and the fix."""


def load_wikidata_map(path: str | Path) -> dict[str, str]:
    """``{imdb id: QID}`` from a P345 export (CSV or TSV, gz or not)."""
    path = Path(path)
    if not path.is_file():
        raise WikidataMapError(f"{path}: no such file; give a CSV/TSV export of Wikidata P345 (item, imdb)")
    raw = gzip.open(path, "rb") if path.name.endswith(".gz") else open(path, "rb")
    with raw, io.TextIOWrapper(raw, encoding="utf-8-sig", newline="") as fh:
        head = fh.readline()
        delimiter = "\t" if head.count("\t") >= head.count(",") and "\t" in head else ","
        names = next(csv.reader([head], delimiter=delimiter))
        header = [h.strip().strip('"').strip("?").casefold() for h in names]
        item_col = next((header.index(c) for c in ITEM_COLUMNS if c in header), None)
        imdb_col = next((header.index(c) for c in IMDB_COLUMNS if c in header), None)
        if item_col is None or imdb_col is None:
            raise WikidataMapError(
                f"{path}: header {header!r} lacks an item column ({'/'.join(ITEM_COLUMNS[:3])}) "
                f"and an IMDb column ({'/'.join(IMDB_COLUMNS[:2])})")
        mapping: dict[str, str] = {}
        ambiguous: set[str] = set()
        for row in csv.reader(fh, delimiter=delimiter):
            if len(row) <= max(item_col, imdb_col):
                continue
            qid = _QID.search(row[item_col])
            imdb = _IMDB.search(row[imdb_col])
            if not qid or not imdb:
                continue
            old = mapping.setdefault(imdb[0], qid[0])
            if old != qid[0]:
                ambiguous.add(imdb[0])
    for imdb in ambiguous:
        del mapping[imdb]
    return mapping


def link_wikidata(ex: Extraction, mapping: dict[str, str]) -> None:
    """Give every IMDb-linked entity of the review its Wikidata item, where the mapping has one."""
    for ent in ex.entities.values():
        link = ent.links.get("imdb")
        if link is None:
            continue
        qid = mapping.get(link.target)
        if qid:
            ent.links["wikidata"] = Link(qid, "imdb-id-mapping", link.confidence)


__all__ = ["WikidataMapError", "link_wikidata", "load_wikidata_map"]
