"""Validate a built dataset against the SHACL shapes of the data model (pyshacl)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from rdflib import Dataset, Graph

SHAPES_FILE = "shapes.ttl"


def shapes_graph(path: str | Path | None = None) -> Graph:
    g = Graph()
    if path is None:
        g.parse(data=resources.files("filmkg.graph").joinpath(SHAPES_FILE).read_text(encoding="utf-8"), format="turtle")
    else:
        g.parse(str(path), format="turtle")
    return g


def validate_dataset(ds: Dataset, shapes: Graph | None = None) -> tuple[bool, list[str], str]:
    """Validate every graph of ``ds`` on its own: each review graph must be self-contained.

    (pyshacl given a whole Dataset validates the union, where one review's names would
    hide another's omissions.) Returns (conforms, names of failing graphs, report text).
    """
    from pyshacl import validate

    shapes = shapes if shapes is not None else shapes_graph()
    failing: list[str] = []
    reports: list[str] = []
    graphs = sorted(ds.graphs(), key=lambda g: str(g.identifier))
    for g in graphs:
        if len(g) == 0:
            continue
        data = Graph()
        for t in g:
            data.add(t)
        conforms, _, text = validate(data, shacl_graph=shapes, advanced=True, allow_warnings=True,
                                     inference="none")
        if not conforms:
            failing.append(str(g.identifier))
            reports.append(f"# graph <{g.identifier}>\n{text}")
    summary = (f"Validated {sum(1 for g in graphs if len(g))} graphs against the data-model shapes: "
               + ("all conform." if not failing else f"{len(failing)} do not conform."))
    return not failing, failing, "\n".join([summary, *reports])


def validate_file(path: str | Path, shapes: str | Path | None = None) -> tuple[bool, str]:
    ds = Dataset()
    fmt = {".trig": "trig", ".nq": "nquads", ".jsonld": "json-ld", ".ttl": "turtle"}.get(Path(path).suffix, "trig")
    ds.parse(str(path), format=fmt)
    conforms, _, text = validate_dataset(ds, shapes_graph(shapes))
    return conforms, text
