"""The output formats of ``filmkg build``: one registry, so ``--format`` choices come from one place.

Review graphs are collected as N-Quads parts (one review's quads contiguous); output/merge.py
streams the parts once and feeds each review to the writers below, so no format needs the
whole dataset in memory. JSON-LD is streamed by pyoxigraph from the parts, and the store
is bulk-loaded from them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from filmkg.graph.vocab import PREFIXES
from filmkg.output.pretty import NTermWriter, TrigWriter, UnionTurtleWriter

PREFIX_IRIS = {k: str(v) for k, v in PREFIXES.items()}
#: Evidence statements are minted per review (their IRI hashes the review's identifier),
#: so only the other default-graph triples (the sameAs links) can repeat across reviews.
EVIDENCE_NT = f"<{PREFIX_IRIS['ev']}"


class NQuadsWriter:
    """The parts' lines as they are: N-Quads by concatenation."""

    wants_rows = False

    def __init__(self, out: IO[str], w: NTermWriter, tmp_dir: Path) -> None:
        self.out = out

    def review(self, graph: str | None, named: list[str], links: list[str], rows=None) -> None:
        self.out.write("".join(named))
        self.out.write("".join(links))

    def close(self) -> None:
        pass


def _jsonld(part_files: list[Path], out: IO[bytes]) -> None:
    def quads() -> Iterator[ox.Quad]:
        seen: set[ox.Quad] = set()
        for part in part_files:
            for q in ox.parse(path=str(part), format=ox.RdfFormat.N_QUADS):
                if isinstance(q.graph_name, ox.DefaultGraph) and not str(q.subject).startswith(EVIDENCE_NT):
                    if q in seen:
                        continue
                    seen.add(q)
                yield q

    ox.serialize(quads(), out, ox.RdfFormat.JSON_LD, prefixes=PREFIX_IRIS)


@dataclass(frozen=True)
class OutputFormat:
    name: str
    filename: str
    description: str
    #: Fed review by review while the parts are read once: writer(text file, term writer, temp dir).
    writer: Callable[[IO[str], NTermWriter, Path], object] | None = None
    #: Or: reads the part files itself and writes a binary file.
    from_parts: Callable[[list[Path], IO[bytes]], None] | None = None
    #: The format is a pyoxigraph store bulk-loaded from the parts (a folder).
    is_store: bool = False


FORMATS: dict[str, OutputFormat] = {
    f.name: f
    for f in (
        OutputFormat("trig", "graph.trig", "TriG dataset, one named graph per review", writer=TrigWriter),
        OutputFormat("ttl", "graph.ttl", "Turtle: the union of all review graphs", writer=UnionTurtleWriter),
        OutputFormat("nq", "graph.nq", "N-Quads dataset (line-based, streams well)", writer=NQuadsWriter),
        OutputFormat("jsonld", "graph.jsonld", "JSON-LD dataset", from_parts=_jsonld),
        OutputFormat("oxigraph", "graph.oxigraph", "pyoxigraph store (a folder): SPARQL at once on large graphs",
                     is_store=True),
    )
}
DEFAULT_FORMATS = ("trig", "ttl")
