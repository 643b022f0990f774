"""Assemble the build's N-Quads parts into the output formats, streaming.

Each part holds whole reviews: a review's named-graph quads, then its identity links as
default-graph triples. The parts are read once, review by review, and every format
writer gets each review as it comes (see output/formats.py), so memory does not grow
with the archive: the union Turtle sorts on disk, the store is bulk-loaded from the
parts by pyoxigraph. What is kept across reviews is small: the default-graph links
already written (to drop repeats) and the sets of reviews, films and people counted.

The parts are expected to hold each review once (the build's bookkeeping sees to it); a
review graph found in two parts is written twice, which TriG and N-Quads read as the
union of both, and its quads are counted twice.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from filmkg.core.atomic import atomic_write
from filmkg.core.errors import FilmKGError
from filmkg.output.formats import EVIDENCE_NT, FORMATS, PREFIX_IRIS
from filmkg.output.pretty import NTermWriter

_TYPE = " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
_COUNTED = {"<https://schema.org/Review>": "reviews", "<https://schema.org/Movie>": "films",
            "<https://schema.org/Person>": "people"}
_STATEMENT = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement>"


@dataclass
class MergeResult:
    files: dict[str, Path] = field(default_factory=dict)
    quads: int = 0
    counts: dict[str, int] = field(default_factory=dict)


def graph_of(line: str) -> str | None:
    """The graph label of an N-Quads line written by the build (``<g>``), None for a triple.

    Subjects, predicates and graph names are IRIs (no spaces); a literal object ends in a
    quote, a language tag or ``"^^<datatype>``, so a last token that is an IRI without a
    quote, after at least three spaces, is the graph name.
    """
    body = line[:-3]
    if not body.endswith(">") or body.count(" ") < 3:
        return None
    last = body[body.rfind(" ") + 1 :]
    return last if last[0] == "<" and '"' not in last else None


def iter_reviews(part_files: Iterable[Path]) -> Iterator[tuple[str | None, list[str], list[str]]]:
    """(graph name, its quads, the default-graph triples after them), one review at a time."""
    for part in part_files:
        graph: str | None = None
        tail = None
        named: list[str] = []
        links: list[str] = []
        # newline="\n": only LF ends a line (literals may hold a raw form feed or U+2028)
        with open(part, encoding="utf-8", newline="\n") as fh:
            for no, line in enumerate(fh, 1):
                if tail is not None and line.endswith(tail) and line.count(" ", 0, len(line) - len(tail)) >= 2:
                    named.append(line)
                    continue
                if not line.endswith(" .\n"):
                    if not line.strip():
                        continue
                    raise FilmKGError(f"{part}: line {no} is not an N-Quads line the build writes: {line[:80]!r}")
                g = graph_of(line)
                if g is None:
                    links.append(line)
                    continue
                if named or links:
                    yield graph, named, links
                graph, tail, named, links = g, f" {g} .\n", [line], []
        if named or links:
            yield graph, named, links


def merge_parts(part_files: list[Path], out: Path, formats: Iterable[str], store: Path | None = None) -> MergeResult:
    """Write ``formats`` into ``out`` from the parts; each file appears atomically when complete.

    ``store`` is a store folder already loaded from these parts (the build fills one while it
    extracts): it is moved into place instead of being loaded again."""
    import pyoxigraph as ox

    fmts = [FORMATS[f] for f in formats]
    result = MergeResult()
    w = NTermWriter(PREFIX_IRIS)
    seen_links: set[str] = set()
    counted: dict[str, set[str]] = {k: set() for k in _COUNTED.values()}
    statements = quads = 0
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob(".merge-*"):  # left by a merge that was killed
        shutil.rmtree(stale, ignore_errors=True)
    with tempfile.TemporaryDirectory(dir=out, prefix=".merge-") as tmp, contextlib.ExitStack() as stack:
        writers = []
        for f in fmts:
            if f.writer is not None:
                fh = stack.enter_context(atomic_write(out / f.filename, "w"))
                writers.append(f.writer(fh, w, Path(tmp)))
                result.files[f.name] = out / f.filename
        wants_rows = any(getattr(x, "wants_rows", False) for x in writers)
        for graph, named, links in iter_reviews(part_files):
            if links:
                fresh = []
                for line in links:
                    if not line.startswith(EVIDENCE_NT):
                        if line in seen_links:
                            continue
                        seen_links.add(line)
                    fresh.append(line)
                links = fresh
            quads += len(named) + len(links)
            for line in named:
                i = line.find(" ")
                if line.startswith(_TYPE, i):
                    obj = line[i + len(_TYPE) : line.find(" ", i + len(_TYPE))]
                    if obj == _STATEMENT:
                        statements += 1
                    elif obj in _COUNTED:
                        counted[_COUNTED[obj]].add(line[:i])
            rows = w.rows(named, len(graph) + 4) if wants_rows and named and graph else None
            for x in writers:
                x.review(graph, named, links, rows)
        for x in writers:
            x.close()
    for f in fmts:
        if f.from_parts is not None:
            with atomic_write(out / f.filename, "wb") as fh:
                f.from_parts(part_files, fh)
            result.files[f.name] = out / f.filename
        elif f.is_store:
            from filmkg.output.store import load_into, mark_as_store

            tmp_store = out / f".{f.filename}.tmp"
            shutil.rmtree(tmp_store, ignore_errors=True)
            if store is not None:
                store.rename(tmp_store)
            else:
                db = ox.Store(str(tmp_store))
                # the store's default graph is the merge of the review graphs (README "SPARQL")
                load_into(db, part_files)
                db.flush()
                del db
                mark_as_store(tmp_store, part_files)
            final = out / f.filename
            shutil.rmtree(final, ignore_errors=True)
            tmp_store.rename(final)
            result.files[f.name] = final
    result.files = {f.name: result.files[f.name] for f in fmts}
    result.quads = quads
    result.counts = {k: len(v) for k, v in counted.items()}
    result.counts["evidence statements"] = statements
    return result


__all__ = ["MergeResult", "graph_of", "iter_reviews", "merge_parts"]
