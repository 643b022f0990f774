"""SPARQL over a built dataset, printed as a table, CSV or JSON.

The default graph is the merge of the review graphs, each triple once (see store.py);
``GRAPH ?g`` reaches each review's graph and its evidence.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
from pathlib import Path

import pyoxigraph as ox

from filmkg.core.errors import FilmKGError, InputError
from filmkg.graph.vocab import PREFIXES
from filmkg.output.store import check_no_service, open_dataset, open_store, rdf_format


def load_store(path: str | Path) -> ox.Store:
    """A store over a built dataset, its default graph the merge of the review graphs (each
    triple once): a store folder from `filmkg load` / `build -f oxigraph` opens at once; a file
    (.trig, .nq, .ttl, .nt, .jsonld, optionally .gz) is bulk-loaded into memory."""
    return open_dataset(path)


def load_raw_dataset(path: str | Path) -> ox.Store:
    """The dataset as written, without the merged default graph (for readers that want each
    graph's copy of a triple, such as the network projection); a store folder opens as is."""
    path = Path(path)
    if path.is_dir():
        return open_store(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file (give the .trig written by `filmkg build`)")
    fmt, compressed = rdf_format(path)
    store = ox.Store()
    try:
        if compressed:
            with gzip.open(path, "rb") as fh:
                store.bulk_load(fh, format=fmt)
        else:
            # bulk_load skips transactions: several times faster on archive-sized files
            store.bulk_load(path=str(path), format=fmt)
    except (SyntaxError, ValueError) as exc:
        raise InputError(f"{path}: not valid {fmt.name}: {exc}") from exc
    return store


#: The prefixes every query may use without declaring them (a query's own PREFIX wins).
PREFIX_MAP: dict[str, str] = {p: str(ns) for p, ns in PREFIXES.items()}


def with_prefixes(sparql: str) -> str:
    declared = {line.split()[1].rstrip(":") for line in sparql.splitlines()
                if line.strip().upper().startswith("PREFIX") and len(line.split()) > 1}
    head = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items() if p not in declared)
    return head + sparql


def query_rows(store: ox.Store, sparql: str) -> tuple[list[str], list[list[str]]]:
    try:
        check_no_service(sparql)
        result = store.query(sparql, prefixes=PREFIX_MAP)
    except SyntaxError as exc:
        raise FilmKGError(f"SPARQL syntax error: {exc}") from exc
    if isinstance(result, bool):
        return ["result"], [[str(result).lower()]]
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        rows = [[_show(sol[n]) for n in names] for sol in result]
        return names, rows
    # CONSTRUCT / DESCRIBE
    return ["subject", "predicate", "object"], [[_show(t.subject), _show(t.predicate), _show(t.object)] for t in result]


def run_query(graph: str | Path, sparql: str, fmt: str = "table", limit: int | None = None) -> str:
    names, rows = query_rows(load_store(graph), sparql)
    if fmt == "json":
        return json.dumps([dict(zip(names, r, strict=False)) for r in rows], ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(names)
        w.writerows(rows)
        return buf.getvalue()
    shown = rows if limit is None else rows[:limit]
    widths = [min(60, max([len(n)] + [len(r[i]) for r in shown])) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths, strict=False)), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(_cut(c, w).ljust(w) for c, w in zip(r, widths, strict=False)) for r in shown]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _show(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode | ox.Literal):
        return term.value
    return str(term)


def _cut(s: str, w: int) -> str:
    s = s.replace("\n", " ")
    return s if len(s) <= w else s[: w - 1] + "\u2026"
