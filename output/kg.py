"""The Python and notebook entry point: ``kg = filmkg.open("out/store")``.

One object over a built graph (a store folder or a graph file), the way sqlite-utils' ``Database``
or kglab's ``KnowledgeGraph`` work in a notebook::

    kg = filmkg.open("out/demo/graph.trig")
    kg.query("SELECT ?film WHERE { ?f a schema:Movie ; schema:name ?film }")  # rows
    kg.example("costars", actor="Nicolas Cage").to_dataframe()               # pandas extra
    G = kg.to_networkx()                                                      # networkx
    kg.show(focus="Nicolas Cage")                                             # the viz page, inline

Queries see the same graph as ``filmkg query`` and the endpoint: the default graph is the
merge of the review graphs' facts (each triple once), ``GRAPH ?g`` each review's own graph
and its evidence.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from filmkg.core.errors import FilmKGError
from filmkg.output.query import PREFIX_MAP
from filmkg.output.store import check_no_service, open_dataset

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {f"{_XSD}{t}" for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                     "positiveInteger", "negativeInteger", "nonPositiveInteger",
                                     "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
_FLOATS = {f"{_XSD}{t}" for t in ("decimal", "double", "float")}


def to_python(term: Any) -> Any:
    """A result term as a plain Python value: numbers as int/float, booleans as bool, IRIs and
    other literals as their string, unbound as None."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value
        try:
            if dt in _INTEGERS:
                return int(term.value)
            if dt in _FLOATS:
                return float(term.value)
        except ValueError:
            return term.value
        if dt == f"{_XSD}boolean":
            return term.value in ("true", "1")
        return term.value
    if isinstance(term, ox.NamedNode):
        return term.value
    return str(term)


@dataclass
class Rows:
    """A query's answer: ``columns`` and ``rows`` (tuples of Python values); iterate for dicts."""

    columns: list[str]
    rows: list[tuple[Any, ...]]

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return (dict(zip(self.columns, r, strict=True)) for r in self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, i: int) -> dict[str, Any]:
        return dict(zip(self.columns, self.rows[i], strict=True))

    def column(self, name: str) -> list[Any]:
        i = self.columns.index(name)
        return [r[i] for r in self.rows]

    def to_dataframe(self):
        """A pandas DataFrame (``pip install 'filmkg[pandas]'``)."""
        try:
            import pandas as pd
        except ImportError as exc:
            raise FilmKGError("to_dataframe() needs pandas: pip install 'filmkg[pandas]'") from exc
        return pd.DataFrame(self.rows, columns=self.columns)

    def _repr_html_(self) -> str:
        # Jupyter shows this; every value is escaped (review text is data, not markup).
        head = "".join(f"<th>{html.escape(c)}</th>" for c in self.columns)
        body = "".join("<tr>" + "".join(f"<td>{html.escape('' if v is None else str(v))}</td>" for v in r) + "</tr>"
                       for r in self.rows[:200])
        more = f"<p>{len(self.rows) - 200:,} more rows</p>" if len(self.rows) > 200 else ""
        return f"<table><tr>{head}</tr>{body}</table><p>{len(self.rows):,} row(s)</p>{more}"

    def __repr__(self) -> str:
        return f"Rows(columns={self.columns!r}, {len(self.rows)} rows)"


class Page:
    """The offline network page; Jupyter shows it inline in a sandboxed frame."""

    def __init__(self, page: str, height: int) -> None:
        self.html = page
        self.height = height

    def __repr__(self) -> str:
        return f"<filmkg network page, {len(self.html):,} characters; shown inline in Jupyter, or .save(path)>"

    def _repr_html_(self) -> str:
        # srcdoc keeps the page whole (its own Content Security Policy included); the sandbox
        # lets its scripts run without reaching the notebook.
        return (f'<iframe sandbox="allow-scripts" srcdoc="{html.escape(self.html, quote=True)}" '
                f'style="width:100%;height:{self.height}px;border:1px solid #ddd"></iframe>')

    def save(self, path: str | Path) -> Path:
        from filmkg.core.atomic import atomic_write

        path = Path(path)
        with atomic_write(path, "w") as fh:
            fh.write(self.html)
        return path


class KnowledgeGraph:
    """A built graph, ready for SPARQL, the example queries, networkx and the network page."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.store = open_dataset(self.path)

    def __repr__(self) -> str:
        return f"KnowledgeGraph({str(self.path)!r}, {len(self.store):,} quads)"

    def query(self, sparql: str) -> Rows:
        """Runs SPARQL (the usual prefixes predeclared). SELECT: rows; ASK: one row with
        ``result``; CONSTRUCT/DESCRIBE: rows of subject, predicate, object."""
        check_no_service(sparql)
        try:
            result = self.store.query(sparql, prefixes=PREFIX_MAP)
        except SyntaxError as exc:
            raise FilmKGError(f"SPARQL syntax error: {exc}") from exc
        if isinstance(result, ox.QueryBoolean):
            return Rows(["result"], [(bool(result),)])
        if isinstance(result, ox.QuerySolutions):
            names = [v.value for v in result.variables]
            return Rows(names, [tuple(to_python(sol[n]) for n in names) for sol in result])
        return Rows(["subject", "predicate", "object"],
                    [(to_python(t.subject), to_python(t.predicate), to_python(t.object)) for t in result])

    def example(self, name: str, **params: Any) -> Rows:
        """Runs a query of the library (``queries/*.rq``) with its parameters bound as RDF terms."""
        from filmkg.queries import get

        return self.query(get(name).bind(**params))

    @staticmethod
    def examples() -> Rows:
        """The library's queries: name, what each answers, and its parameters."""
        from filmkg.queries import examples

        return Rows(["name", "answers", "params"],
                    [(e.name, e.title, ", ".join(f"{p.name}={p.default!r}" if p.default is not None else p.name
                                                 for p in e.params)) for e in examples().values()])

    def to_networkx(self, *, evidence_limit: int | None = 10, reviews: bool = True, projection: str = "full"):
        """The films, people (and reviews) as networkx: ``projection`` is ``full`` (a typed
        MultiDiGraph, see :func:`filmkg.output.network.rdf_to_networkx`), ``actor-film``,
        ``costar`` or ``director-actor``."""
        from filmkg.output.network import PROJECTIONS, rdf_to_networkx

        if projection not in PROJECTIONS:
            raise FilmKGError(f"projection {projection!r}: use one of {', '.join(PROJECTIONS)}")
        # a graph file is read as written (each review graph once); a store as it is
        source = self.store if self.path.is_dir() else self.path
        G = rdf_to_networkx(source, evidence_limit=evidence_limit, reviews=reviews)
        return G if projection == "full" else PROJECTIONS[projection](G)

    def show(self, focus: str | None = None, *, depth: int = 1, roles: tuple[str, ...] = (),
             mentions: bool = False, min_degree: int = 0, top: int | None = None, max_nodes: int = 500,
             height: int = 650) -> Page:
        """The page of `filmkg viz` (offline, every text escaped), shown inline in Jupyter."""
        from filmkg.output.viz import ViewOptions, build_network, render_page, select_view

        opts = ViewOptions(focus=focus, depth=depth, roles=tuple(roles), mentions=mentions,
                           min_degree=min_degree, top=top, max_nodes=max_nodes)
        G = self.to_networkx(reviews=mentions)
        view = select_view(G, opts)
        return Page(render_page(view, build_network(view, G)), height)


def open_graph(path: str | Path) -> KnowledgeGraph:
    """``filmkg.open``: a store folder (opens at once) or a TriG / N-Quads file (read into memory)."""
    return KnowledgeGraph(path)


__all__ = ["KnowledgeGraph", "Page", "Rows", "open_graph", "to_python"]
