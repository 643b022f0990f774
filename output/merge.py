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
import io
import json
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from filmkg.core.atomic import atomic_write
from filmkg.core.errors import FilmKGError
from filmkg.output.formats import EVIDENCE_NT, FORMATS, PREFIX_IRIS
from filmkg.output.pretty import NTermWriter, _row_key, write_rows

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


def _fresh_links(links: list[str], seen: set[str]) -> list[str]:
    """A review's identity links without those an earlier review already gave (their
    evidence, which names its review, is always kept)."""
    fresh = []
    for line in links:
        if not line.startswith(EVIDENCE_NT):
            if line in seen:
                continue
            seen.add(line)
        fresh.append(line)
    return fresh


def _typed(named: list[str]) -> Iterator[tuple[str | None, str]]:
    """(counted kind, subject) of each ``rdf:type`` line of a counted class; (None, subject) for
    an evidence statement."""
    for line in named:
        i = line.find(" ")
        if line.startswith(_TYPE, i):
            obj = line[i + len(_TYPE) : line.find(" ", i + len(_TYPE))]
            if obj == _STATEMENT:
                yield None, line[:i]
            elif obj in _COUNTED:
                yield _COUNTED[obj], line[:i]


def iter_reviews(part_files: Iterable[Path]) -> Iterator[tuple[str | None, list[str], list[str]]]:
    """(graph name, its quads, the default-graph triples after them), one review at a time."""
    for part in part_files:
        # newline="\n": only LF ends a line (literals may hold a raw form feed or U+2028)
        with open(part, encoding="utf-8", newline="\n") as fh:
            yield from _reviews_in_lines(fh, part)


def _reviews_in_lines(lines: Iterable[str], part: object) -> Iterator[tuple[str | None, list[str], list[str]]]:
    graph: str | None = None
    tail = None
    named: list[str] = []
    links: list[str] = []
    for no, line in enumerate(lines, 1):
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


def _write_store(fmts: list, part_files: list[Path], out: Path, store: Path | None, result: MergeResult) -> None:
    import pyoxigraph as ox

    for f in fmts:
        if not f.is_store:
            continue
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


def merge_parts(part_files: list[Path], out: Path, formats: Iterable[str], store: Path | None = None) -> MergeResult:
    """Write ``formats`` into ``out`` from the parts; each file appears atomically when complete.

    ``store`` is a store folder already loaded from these parts (the build fills one while it
    extracts): it is moved into place instead of being loaded again."""

    fmts = [FORMATS[f] for f in formats]
    result = MergeResult()
    if {f.name for f in fmts} <= SIDECAR_FORMATS:
        out.mkdir(parents=True, exist_ok=True)
        for stale in out.glob(".merge-*"):
            shutil.rmtree(stale, ignore_errors=True)
        _merge_from_sidecars(part_files, out, fmts, store, result)
        _write_store(fmts, part_files, out, store, result)
        result.files = {f.name: result.files[f.name] for f in fmts}
        return result
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
            links = _fresh_links(links, seen_links)
            quads += len(named) + len(links)
            for kind, subject in _typed(named):
                if kind is None:
                    statements += 1
                else:
                    counted[kind].add(subject)
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
    _write_store(fmts, part_files, out, store, result)
    result.files = {f.name: result.files[f.name] for f in fmts}
    result.quads = quads
    result.counts = {k: len(v) for k, v in counted.items()}
    result.counts["evidence statements"] = statements
    return result


# ------------------------------------------------------------------ parts with sidecars
#: Formats assembled from the parts' sidecars alone (no pass over the quads), when asked
#: for by themselves: TriG by concatenating each part's rendered review graphs, the store
#: from the parts (or filled already during the build).
SIDECAR_FORMATS = frozenset({"trig", "oxigraph"})
_W = NTermWriter(PREFIX_IRIS)


@dataclass
class PartSummary:
    """What the outputs need of one part besides its quads: each review graph rendered as a
    TriG block, each review's identity links, and what is counted."""

    #: the TriG blocks, one per review (joined only when written: a part holds hundreds)
    blocks: list[str] = field(default_factory=list)
    links: list[list[str]] = field(default_factory=list)
    counted: dict[str, list[str]] = field(default_factory=dict)
    statements: int = 0
    named: int = 0

    def add(self, graph: str | None, named: list[str], links: list[str]) -> None:
        if named and graph:
            rows = _W.rows(named, len(graph) + 4)
            buf = io.StringIO()
            buf.write(f"{_W.iri(graph)} {{\n")
            write_rows(buf, sorted(rows, key=_row_key), indent="    ")
            buf.write("}\n\n")
            self.blocks.append(buf.getvalue())
        self.links.append(links)
        self.named += len(named)
        for kind, subject in _typed(named):
            if kind is None:
                self.statements += 1
            else:
                self.counted.setdefault(kind, []).append(subject)

    def write(self, part: Path) -> None:
        """Beside the part: ``part-N.trig`` and ``part-N.sum`` (the TriG last: it marks the pair)."""
        with atomic_write(part.with_suffix(".sum"), "w") as fh:
            json.dump({"links": self.links, "counted": self.counted, "statements": self.statements,
                       "named": self.named}, fh)
        with atomic_write(part.with_suffix(".trig"), "w") as fh:
            fh.writelines(self.blocks)

    def extend(self, other: PartSummary) -> None:
        """Append the summary of the reviews that follow this one's in the part."""
        self.blocks.extend(other.blocks)
        self.links.extend(other.links)
        self.named += other.named
        self.statements += other.statements
        for kind, subjects in other.counted.items():
            self.counted.setdefault(kind, []).extend(subjects)

    @classmethod
    def of_quads(cls, text: str) -> PartSummary:
        summary = cls()
        # only LF ends a line: literals may hold a raw form feed or U+2028, which splitlines() cuts at
        lines = (line + "\n" for line in text.split("\n")[:-1])
        for graph, named, links in _reviews_in_lines(lines, "reviews"):
            summary.add(graph, named, links)
        return summary


def _summary_meta(part: Path) -> dict | None:
    try:
        if part.with_suffix(".trig").exists():
            return json.loads(part.with_suffix(".sum").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    return None


def _merge_from_sidecars(part_files: list[Path], out: Path, formats: list, store: Path | None,
                         result: MergeResult) -> None:
    from filmkg.output.pretty import TrigWriter

    counted: dict[str, set[str]] = {k: set() for k in _COUNTED.values()}
    seen_links: set[str] = set()
    statements = quads = 0
    with tempfile.TemporaryDirectory(dir=out, prefix=".merge-") as tmp, contextlib.ExitStack() as stack:
        trig = None
        if any(f.name == "trig" for f in formats):
            fh = stack.enter_context(atomic_write(out / "graph.trig", "w"))
            trig = TrigWriter(fh, _W, Path(tmp))
            result.files["trig"] = out / "graph.trig"
        for part in part_files:
            meta = _summary_meta(part)
            if meta is None:  # a part from before sidecars, or one whose sidecar was lost
                summary = PartSummary()
                for graph, named, links in iter_reviews([part]):
                    summary.add(graph, named, links)
                summary.write(part)
                meta = _summary_meta(part)
            if trig is not None:
                with open(part.with_suffix(".trig"), encoding="utf-8", newline="\n") as src:
                    shutil.copyfileobj(src, trig.out)
            for links in meta["links"]:
                fresh = _fresh_links(links, seen_links)
                quads += len(fresh)
                if trig is not None and fresh:
                    trig.review(None, [], fresh)
            quads += meta["named"]
            statements += meta["statements"]
            for kind, subjects in meta["counted"].items():
                counted[kind].update(subjects)
        if trig is not None:
            trig.close()
    result.quads = quads
    result.counts = {k: len(v) for k, v in counted.items()}
    result.counts["evidence statements"] = statements


__all__ = ["MergeResult", "PartSummary", "SIDECAR_FORMATS", "graph_of", "iter_reviews", "merge_parts"]
