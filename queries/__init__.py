"""The library of example SPARQL queries (``queries/*.rq``) and their parameters.

Each ``.rq`` file starts with a comment: its first line says what the query answers, the
following lines explain, and a line per parameter declares it::

    # @param actor string "Nicolas Cage"  the actor's name as the reviews spell it
    # @param min integer 2                the least number of shared films
    # @param director string -            ("-": left unbound unless given)

A parameter is a variable of the query. :func:`bind` gives it a value as an RDF term
(string and integer literals, IRIs) in a ``VALUES`` block that opens the query's ``WHERE``
group; the term is written by pyoxigraph's own serializer, so a value is never pasted into
the query text as SPARQL.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources

import pyoxigraph as ox

from filmkg.core.errors import FilmKGError

_XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
_PARAM = re.compile(r'^#\s*@param\s+(\w+)\s+(string|integer|iri)\s+("(?:[^"\\]|\\.)*"|\S+)\s*(.*)$')
TYPES = ("string", "integer", "iri")


class ExampleError(FilmKGError):
    """An unknown example, or a parameter it does not take or cannot read."""


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    default: str | None
    description: str


@dataclass(frozen=True)
class Example:
    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    text: str

    def bind(self, **values: object) -> str:
        return bind(self, values)


def _parse(name: str, text: str) -> Example:
    header: list[str] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        header.append(line)
    if not header:
        raise ExampleError(f"queries/{name}.rq: no comment header saying what the query answers")
    params = []
    prose = []
    for line in header:
        m = _PARAM.match(line)
        if m:
            pname, ptype, default, desc = m.groups()
            value = None if default == "-" else (json.loads(default) if default.startswith('"') else default)
            params.append(Param(pname, ptype, value, desc.strip()))
        elif line.lstrip("#").strip().startswith("@param"):
            raise ExampleError(f"queries/{name}.rq: cannot read {line!r} (# @param NAME string|integer|iri DEFAULT)")
        else:
            prose.append(line.lstrip("#").strip())
    # the first paragraph says what the query answers; the rest explains
    cut = prose.index("") if "" in prose else len(prose)
    title = " ".join(prose[:cut])
    description = " ".join(p for p in prose[cut:] if p)
    return Example(name, title, description, tuple(params), text)


def examples() -> dict[str, Example]:
    """Every example query, by name (the file name without ``.rq``), sorted."""
    folder = resources.files(__name__)
    found = {}
    for f in sorted(folder.iterdir(), key=lambda f: f.name):
        if f.name.endswith(".rq"):
            name = f.name[:-3]
            found[name] = _parse(name, f.read_text(encoding="utf-8"))
    return found


def get(name: str) -> Example:
    found = examples()
    if name not in found:
        raise ExampleError(f"no example query {name!r}; choose from {', '.join(found)} (filmkg query --list-examples)")
    return found[name]


def term(param: Param, value: object) -> ox.NamedNode | ox.Literal:
    """``value`` as the RDF term of the parameter's type."""
    try:
        if param.type == "integer":
            if isinstance(value, bool):
                raise ValueError(value)
            return ox.Literal(str(int(str(value).strip())), datatype=_XSD_INTEGER)
        if param.type == "iri":
            return ox.NamedNode(str(value))
        return ox.Literal(str(value))
    except ValueError as exc:
        raise ExampleError(f"parameter {param.name}: {value!r} is not a valid {param.type}") from exc


def _where_brace(text: str) -> int:
    """Offset just after the ``{`` that opens the query's outermost WHERE group."""
    from filmkg.output.store import sparql_tokens

    pos, depth, after_where = 0, 0, False
    for tok in sparql_tokens(text):
        pos = text.index(tok, pos) + len(tok)
        if tok.upper() == "WHERE" and depth == 0:
            after_where = True
        elif tok == "{":
            if depth == 0 and after_where:
                return pos
            depth += 1
        elif tok == "}":
            depth -= 1
    raise ExampleError("the query has no WHERE { ... } group to bind parameters in")


def bind(example: Example, values: dict[str, object]) -> str:
    """The example's text with its parameters bound (given values, else the defaults)."""
    known = {p.name: p for p in example.params}
    unknown = sorted(set(values) - set(known))
    if unknown:
        takes = ", ".join(known) or "no parameters"
        raise ExampleError(f"{example.name} has no parameter {', '.join(unknown)}; it takes: {takes}")
    rows = []
    for p in example.params:
        value = values.get(p.name, p.default)
        if value is not None:
            rows.append(f"VALUES ?{p.name} {{ {term(p, value)} }}")
    if not rows:
        return example.text
    at = _where_brace(example.text)
    return example.text[:at] + "\n  " + "\n  ".join(rows) + example.text[at:]


__all__ = ["Example", "ExampleError", "Param", "bind", "examples", "get", "term"]
