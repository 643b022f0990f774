"""Readable Turtle and TriG: triples grouped by subject, sorted, with prefixes.

pyoxigraph writes quads in index order, which is fast but hard to read. For datasets
of moderate size this writer groups each graph's triples by subject; above
``PRETTY_LIMIT`` quads the formats fall back to pyoxigraph's own streaming writer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import IO

import pyoxigraph as ox

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


def write_block(out: IO[str], w: TermWriter, triples: Iterable, indent: str = "") -> None:
    """Write triples grouped by subject and predicate, sorted for stable diffs."""
    rows = sorted(((w.term(t.subject), w.predicate(t.predicate), w.term(t.object)) for t in triples),
                  key=lambda r: (_RANK.get(r[0].split(":", 1)[0], 5), r[0], r[1] != "a", r[1], r[2]))
    i = 0
    while i < len(rows):
        s = rows[i][0]
        out.write(f"{indent}{s}")
        first_p = True
        while i < len(rows) and rows[i][0] == s:
            p = rows[i][1]
            objs = []
            while i < len(rows) and rows[i][0] == s and rows[i][1] == p:
                if not objs or objs[-1] != rows[i][2]:
                    objs.append(rows[i][2])
                i += 1
            sep = " " if first_p else f" ;\n{indent}    "
            out.write(f"{sep}{p} {', '.join(objs)}")
            first_p = False
        out.write(" .\n")


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
