"""The output formats of ``filmkg build``: one registry, so ``--format`` choices come from one place.

Review graphs are collected as N-Quads parts; these writers turn the assembled
dataset (a pyoxigraph Store, which handles archive-sized data) into files.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from filmkg.core.atomic import atomic_write
from filmkg.graph.vocab import PREFIXES
from filmkg.output.pretty import PRETTY_LIMIT, write_trig, write_union_turtle

_PREFIXES = {k: str(v) for k, v in PREFIXES.items()}


@dataclass(frozen=True)
class OutputFormat:
    name: str
    filename: str
    description: str
    write: Callable[[ox.Store, Path], None]
    #: The format is the assembling store itself, kept on disk (a folder).
    is_store: bool = False


def _write_trig(store: ox.Store, path: Path) -> None:
    if len(store) > PRETTY_LIMIT:
        return _dump(ox.RdfFormat.TRIG)(store, path)
    with atomic_write(path, "w") as fh:
        write_trig(store, fh, _PREFIXES)


def _dump(fmt: ox.RdfFormat, prefixes: bool = True) -> Callable[[ox.Store, Path], None]:
    def write(store: ox.Store, path: Path) -> None:
        with atomic_write(path) as fh:
            store.dump(fh, fmt, prefixes=_PREFIXES if prefixes else None)

    return write


def _write_union_turtle(store: ox.Store, path: Path) -> None:
    if len(store) <= PRETTY_LIMIT:
        with atomic_write(path, "w") as fh:
            write_union_turtle(store, fh, _PREFIXES)
        return
    union = store.query("CONSTRUCT { ?s ?p ?o } WHERE { { GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o } }")
    with atomic_write(path) as fh:
        ox.serialize(union, fh, ox.RdfFormat.TURTLE, prefixes=_PREFIXES)


FORMATS: dict[str, OutputFormat] = {
    f.name: f
    for f in (
        OutputFormat("trig", "graph.trig", "TriG dataset, one named graph per review", _write_trig),
        OutputFormat("ttl", "graph.ttl", "Turtle: the union of all review graphs", _write_union_turtle),
        OutputFormat("nq", "graph.nq", "N-Quads dataset (line-based, streams well)",
                     _dump(ox.RdfFormat.N_QUADS, False)),
        OutputFormat("jsonld", "graph.jsonld", "JSON-LD dataset", _dump(ox.RdfFormat.JSON_LD)),
        OutputFormat("oxigraph", "graph.oxigraph", "pyoxigraph store (a folder): SPARQL at once on large graphs",
                     lambda store, path: None, is_store=True),
    )
}
DEFAULT_FORMATS = ("trig", "ttl")
