"""Readable Turtle and TriG: triples grouped by subject, sorted, with prefixes.

Two front ends share the layout (:func:`write_rows`): :class:`TermWriter` formats
pyoxigraph terms (:func:`write_trig` / :func:`write_union_turtle` over a Store, for the
Python API), and :class:`NTermWriter` compacts N-Triples term text as it stands in the
build's parts, so that ``filmkg build`` writes TriG review by review and the union
Turtle through an external sort (output/merge.py) without loading the dataset.
"""

from __future__ import annotations

import contextlib
import heapq
import re
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import IO

import pyoxigraph as ox

#: The Store-based writers sort a whole graph in memory; the build used them up to this
#: many quads before output/merge.py (benchmarks/bench_merge.py still compares with them).
PRETTY_LIMIT = 3_000_000
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
_XSD_DECIMAL = "http://www.w3.org/2001/XMLSchema#decimal"
#: Subjects in reading order: the review, its films and people, then the evidence.
_RANK = {"review": 0, "film": 1, "person": 2, "work": 3, "role": 4, "ev": 6}
_LOCAL = re.compile(r"^[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?$")


class TermWriter:
    """Formats pyoxigraph terms in Turtle syntax, compacting IRIs with the prefixes."""

    def __init__(self, prefixes: dict[str, str]) -> None:
        # Longest namespace first, so "fkid:film/..." loses to "film:...".
        self.prefixes = sorted(prefixes.items(), key=lambda kv: -len(kv[1]))

    def header(self) -> str:
        return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(self.prefixes)) + "\n"

    def iri(self, value: str) -> str:
        for p, ns in self.prefixes:
            if value.startswith(ns) and _LOCAL.match(value[len(ns) :]):
                return f"{p}:{value[len(ns):]}"
        return f"<{value}>"

    def term(self, t) -> str:
        if isinstance(t, ox.NamedNode):
            return self.iri(t.value)
        if isinstance(t, ox.Literal):
            if t.language:
                return str(t)
            lex = str(ox.Literal(t.value))
            dt = t.datatype.value
            if dt == _XSD_STRING:
                return lex
            if dt == _XSD_INTEGER and re.fullmatch(r"[+-]?\d+", t.value):
                return t.value
            if dt == _XSD_DECIMAL and re.fullmatch(r"[+-]?\d*\.\d+", t.value):
                return t.value
            return f"{lex}^^{self.iri(dt)}"
        return str(t)

    def predicate(self, t) -> str:
        return "a" if t.value == _RDF_TYPE else self.term(t)


def _row_key(r: tuple[str, str, str]) -> tuple:
    return (_RANK.get(r[0].partition(":")[0], 5), r[0], r[1] != "a", r[1], r[2])


def write_block(out: IO[str], w: TermWriter, triples: Iterable, indent: str = "") -> None:
    """Write triples grouped by subject and predicate, sorted for stable diffs."""
    write_rows(out, sorted(((w.term(t.subject), w.predicate(t.predicate), w.term(t.object)) for t in triples),
                           key=_row_key), indent)


def write_rows(out: IO[str], rows: list[tuple[str, str, str]], indent: str = "") -> None:
    """Write sorted (subject, predicate, object) rows of Turtle terms, grouped."""
    # one write of the joined pieces: the block is written once per review graph
    pieces: list[str] = []
    next_p = f" ;\n{indent}    "
    for s, by_subject in groupby(rows, key=itemgetter(0)):
        pieces += (indent, s)
        sep = " "
        for p, by_predicate in groupby(by_subject, key=itemgetter(1)):
            objs: list[str] = []
            for row in by_predicate:
                if not objs or objs[-1] != row[2]:
                    objs.append(row[2])
            pieces += (sep, p, " ", ", ".join(objs))
            sep = next_p
        pieces.append(" .\n")
    out.write("".join(pieces))


def write_trig(store: ox.Store, out: IO[str], prefixes: dict[str, str]) -> None:
    w = TermWriter(prefixes)
    out.write(w.header())
    default = list(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    if default:
        out.write("# Identity links (IMDb, Wikidata) with their method and confidence\n")
        write_block(out, w, default)
        out.write("\n")
    for g in sorted(store.named_graphs(), key=lambda g: str(g)):
        out.write(f"{w.term(g)} {{\n")
        write_block(out, w, store.quads_for_pattern(None, None, None, g), indent="    ")
        out.write("}\n\n")


def write_union_turtle(store: ox.Store, out: IO[str], prefixes: dict[str, str]) -> None:
    w = TermWriter(prefixes)
    out.write(w.header())
    union = store.query("CONSTRUCT { ?s ?p ?o } WHERE { { GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o } }")
    write_block(out, w, union)


# --------------------------------------------------------------------------- N-Triples text
_XSD = "http://www.w3.org/2001/XMLSchema#"
_INT = re.compile(r"[+-]?\d+")
_DEC = re.compile(r"[+-]?\d*\.\d+")


class NTermWriter:
    """Compacts terms written as N-Triples text into Turtle (a literal's quoted part is valid Turtle as is)."""

    def __init__(self, prefixes: dict[str, str]) -> None:
        self.header = TermWriter(prefixes).header
        # Every namespace ends in "/" or "#", so the longest one that fits an IRI ends at its last separator.
        self.ns = {ns: p for p, ns in prefixes.items()}
        self.cache: dict[str, str] = {}

    def iri(self, nt: str) -> str:
        """``<iri>`` -> ``prefix:local`` where the local name is a plain Turtle name."""
        got = self.cache.get(nt)
        if got is not None:
            return got
        cut = max(nt.rfind("/"), nt.rfind("#")) + 1
        p = self.ns.get(nt[1:cut])
        local = nt[cut:-1]
        got = f"{p}:{local}" if p is not None and _LOCAL.match(local) else nt
        if len(self.cache) > 200_000:
            self.cache.clear()
        self.cache[nt] = got
        return got

    def term(self, nt: str) -> str:
        if nt[0] == "<":
            return self.iri(nt)
        if nt[-1] != ">":
            return nt  # plain or language-tagged literal
        cut = nt.rfind('"^^<')
        lex, dt = nt[: cut + 1], nt[cut + 4 : -1]
        if dt == _XSD + "string":
            return lex
        if (dt == _XSD + "integer" and _INT.fullmatch(lex, 1, len(lex) - 1)) or (
                dt == _XSD + "decimal" and _DEC.fullmatch(lex, 1, len(lex) - 1)):
            return lex[1:-1]
        return f"{lex}^^{self.iri(f'<{dt}>')}"

    def predicate(self, nt: str) -> str:
        return "a" if nt == _RDF_TYPE_NT else self.iri(nt)

    def rows(self, lines: list[str], cut: int) -> list[tuple[str, str, str]]:
        """(subject, predicate, object) in Turtle of N-Quads ``lines``, each without its last ``cut`` chars."""
        out = []
        for line in lines:
            s, p, o = line[:-cut].split(" ", 2)
            out.append((self.iri(s), self.predicate(p), self.term(o)))
        return out


_RDF_TYPE_NT = f"<{_RDF_TYPE}>"
#: Characters of sort keys held in memory before a sorted chunk is spilled to disk (~100-200 MB).
CHUNK_CHARS = 48_000_000


class TrigWriter:
    """TriG written one review graph at a time; identity links (default graph) gathered at the end."""

    #: review() takes the rows (Turtle terms) of the review's quads, computed once for all writers
    wants_rows = True

    def __init__(self, out: IO[str], w: NTermWriter, tmp_dir: Path) -> None:
        self.out, self.w = out, w
        out.write(w.header())
        self._links_path = Path(tmp_dir) / "trig-links.ttl"
        self._links = open(self._links_path, "w", encoding="utf-8", newline="\n")  # noqa: SIM115

    def review(self, graph: str | None, named: list[str], links: list[str], rows=None) -> None:
        w = self.w
        if named:
            rows = rows if rows is not None else w.rows(named, len(graph) + 4)
            self.out.write(f"{w.iri(graph)} {{\n")
            write_rows(self.out, sorted(rows, key=_row_key), indent="    ")
            self.out.write("}\n\n")
        if links:
            write_rows(self._links, sorted(w.rows(links, 3), key=_row_key))

    def close(self) -> None:
        self._links.close()
        if self._links_path.stat().st_size:
            self.out.write("# Identity links (IMDb, Wikidata) with their method and confidence\n")
            with open(self._links_path, encoding="utf-8", newline="\n") as fh:
                shutil.copyfileobj(fh, self.out)
        self._links_path.unlink()


class UnionTurtleWriter:
    """The union of all graphs as one Turtle document, each subject once, in bounded memory.

    Rows become sort keys (rank, subject, predicate, object, joined by NUL, which sorts
    before any character of a term); keys are sorted in chunks of ``chunk_chars`` characters
    spilled to temporary files and merged, equal neighbours dropped (the union is a set).
    """

    wants_rows = True

    def __init__(self, out: IO[str], w: NTermWriter, tmp_dir: Path, chunk_chars: int | None = None) -> None:
        self.out, self.w, self.chunk_chars = out, w, chunk_chars or CHUNK_CHARS
        self.tmp = Path(tempfile.mkdtemp(prefix="union-", dir=tmp_dir))
        self.keys: list[str] = []
        self.size = 0
        self.chunks: list[Path] = []

    def review(self, graph: str | None, named: list[str], links: list[str], rows=None) -> None:
        w = self.w
        if rows is None:
            rows = w.rows(named, len(graph) + 4) if named else []
        if links:
            rows = rows + w.rows(links, 3)
        keys = self.keys
        for s, p, o in rows:
            key = f"{chr(48 + _RANK.get(s.split(':', 1)[0], 5))}{s}\x00{'0' if p == 'a' else '1'}{p}\x00{o}\n"
            keys.append(key)
            self.size += len(key)
        if self.size > self.chunk_chars:
            self._spill()

    def _spill(self) -> None:
        path = self.tmp / f"{len(self.chunks):05d}.keys"
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.writelines(_unique(sorted(self.keys)))
        self.chunks.append(path)
        self.keys, self.size = [], 0

    def close(self) -> None:
        try:
            with contextlib.ExitStack() as stack:
                if self.chunks:
                    self._spill()
                    files = [stack.enter_context(open(p, encoding="utf-8", newline="\n")) for p in self.chunks]
                    merged: Iterable[str] = heapq.merge(*files)
                else:
                    merged = sorted(self.keys)
                self.keys = []
                self._write(_unique(merged))
        finally:
            shutil.rmtree(self.tmp, ignore_errors=True)

    def _write(self, keys: Iterator[str]) -> None:
        out = self.out
        out.write(self.w.header())
        prev_s = prev_p = None
        for key in keys:
            s, p, o = key.split("\x00", 2)
            if s != prev_s:
                if prev_s is not None:
                    out.write(" .\n")
                out.write(f"{s[1:]} {p[1:]} {o[:-1]}")
                prev_s, prev_p = s, p
            elif p != prev_p:
                out.write(f" ;\n    {p[1:]} {o[:-1]}")
                prev_p = p
            else:
                out.write(f", {o[:-1]}")
        if prev_s is not None:
            out.write(" .\n")


def _unique(keys: Iterable[str]) -> Iterator[str]:
    prev = None
    for k in keys:
        if k != prev:
            yield k
            prev = k


__all__ = ["PRETTY_LIMIT", "TermWriter", "NTermWriter", "TrigWriter", "UnionTurtleWriter", "write_block",
           "write_rows", "write_trig", "write_union_turtle"]
