"""networkx projections of the filmkg RDF graph: the library behind ``filmkg viz``.

:func:`rdf_to_networkx` reads a TriG / N-Quads / Turtle file (or an rdflib graph, or a
pyoxigraph Store) and returns one ``nx.MultiDiGraph`` with typed nodes:

- ``kind="film"``   ``schema:Movie``: ``name``, ``year``, ``imdb``, ``alternate_names``
- ``kind="person"`` ``schema:Person``: ``name``, ``imdb``, ``alternate_names``
- ``kind="review"`` ``schema:Review``: ``name`` (its identifier)

and one edge per (subject, object, role), the role being the edge key:

- film -> person, one of the credit roles of DATA-MODEL.md (``actor``, ``director``,
  ``screenwriter``, ..., ``source_author`` through ``schema:isBasedOn``/``schema:author``);
  actor edges carry ``characters`` from the film's ``schema:PerformanceRole`` nodes;
- review -> film/person: ``mentions``, ``reviewed`` (``schema:itemReviewed``) and
  ``critic`` (``schema:author`` of the review).

Nodes and edges carry their evidence (``evidence``: up to ``evidence_limit`` dicts with
``review``, ``text``, ``extractor``, ``confidence``; ``evidence_count``: how many there
were), read from the statement nodes the builder writes (``rdf:Statement`` +
``nif:anchorOf`` + ``prov:wasDerivedFrom`` the review).

The file is read with SPARQL over a pyoxigraph Store: an archive build is tens of millions
of quads, which rdflib would take minutes and gigabytes to parse.
"""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
from rdflib.namespace import PROV, RDF, SDO

from filmkg.output.query import load_raw_dataset as load_dataset

from ..graph.vocab import FKV, NIF, ROLE_PREDICATES

#: Roles of credit edges (film -> person), in the README's order.
CREDIT_ROLES: tuple[str, ...] = (*ROLE_PREDICATES, "source_author")
#: Roles of review edges (review -> film/person), shown with ``--mentions``.
REVIEW_ROLES: tuple[str, ...] = ("mentions", "reviewed", "critic")
ALL_ROLES: tuple[str, ...] = CREDIT_ROLES + REVIEW_ROLES

#: predicate IRI -> role, for the direct film -> person credits.
_ROLE_OF_PREDICATE: dict[str, str] = {str(p): role for role, p in ROLE_PREDICATES.items()}
_IMDB = re.compile(r"^https://www\.imdb\.com/(title|name)/(tt|nm)\d+/?$")

RdfSource = str | Path | ox.Store | Any  # Any: an rdflib Graph or Dataset

_PREFIXES = {"schema": str(SDO), "rdf": str(RDF), "fkv": str(FKV), "nif": str(NIF), "prov": str(PROV)}


# --------------------------------------------------------------------------- reading
def load_store(source: RdfSource) -> ox.Store:
    """An in-memory pyoxigraph Store holding ``source`` (a path, rdflib graph or Store)."""
    if isinstance(source, ox.Store):
        return source
    if isinstance(source, str | Path):
        return load_dataset(source)
    store = ox.Store()
    # An rdflib Graph/Dataset: hand it over as N-Quads so both readers share one code path.
    if hasattr(source, "serialize"):
        is_dataset = hasattr(source, "graphs") or hasattr(source, "contexts")
        fmt_name = "nquads" if is_dataset else "nt"
        data = source.serialize(format=fmt_name, encoding="utf-8")
        store.load(data, format=ox.RdfFormat.N_QUADS if is_dataset else ox.RdfFormat.N_TRIPLES)
        return store
    raise TypeError(f"cannot read RDF from {type(source).__name__}")


def _select(store: ox.Store, query: str) -> Iterator[Any]:
    # A dataset as written: the union default graph spans the review graphs. A filmkg store
    # (output/store.py) already has their merge as its default graph; the union over it would
    # repeat every triple and multiply every join, so it is queried as it is.
    merged = bool(store.query("ASK { ?r a <https://schema.org/Review> }"))
    return iter(store.query(query, prefixes=_PREFIXES, use_default_graph_as_union=not merged))


def _value(term: Any) -> str | None:
    return None if term is None else term.value


# --------------------------------------------------------------------------- projection
def rdf_to_networkx(
    source: RdfSource, *, evidence_limit: int | None = 10, reviews: bool = True
) -> nx.MultiDiGraph:
    """The films, people and reviews of ``source`` as a typed ``nx.MultiDiGraph``.

    ``evidence_limit`` bounds the evidence kept per node and edge (``None``: keep all);
    ``evidence_count`` always holds the full count, so an archive fits in memory.
    ``reviews=False`` leaves out review nodes and their edges (half the edges of an
    archive, and unused unless the view shows mentions).
    """
    store = load_store(source)
    G = nx.MultiDiGraph()
    review_ids = _add_nodes(store, G, reviews)
    # (subject, predicate, object) of an evidenced triple -> the node or edges it supports.
    targets: dict[tuple[str, str, str], list[tuple]] = defaultdict(list)
    _add_credits(store, G, targets)
    if reviews:
        _add_review_edges(store, G, targets)
    _attach_evidence(store, G, targets, review_ids, evidence_limit)
    return G


def _add_nodes(store: ox.Store, G: nx.MultiDiGraph, with_reviews: bool) -> dict[str, str]:
    """Adds film, person (and review) nodes; returns review IRI -> identifier."""
    kinds: dict[str, str] = {}
    precedence = {"film": 0, "person": 1, "review": 2}
    for row in _select(
        store,
        "SELECT DISTINCT ?s ?t WHERE { ?s a ?t VALUES ?t { schema:Movie schema:Person schema:Review } }",
    ):
        kind = {"Movie": "film", "Person": "person", "Review": "review"}[row["t"].value.rsplit("/", 1)[-1]]
        s = row["s"].value
        # A node typed both film and person is a data error; the film reading wins, stably.
        if s not in kinds or precedence[kind] < precedence[kinds[s]]:
            kinds[s] = kind
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    # one vote per review graph that names it
    for row in _select(store, "SELECT ?s ?n WHERE { GRAPH ?g { ?s schema:name ?n } }"):
        if row["s"].value in kinds:
            votes[row["s"].value][row["n"].value] += 1
    for row in _select(store, "SELECT ?s ?n WHERE { ?s a schema:Review ; schema:identifier ?n }"):
        votes[row["s"].value][row["n"].value] += 1
    alternates: dict[str, set[str]] = defaultdict(set)
    for row in _select(store, "SELECT DISTINCT ?s ?n WHERE { ?s schema:alternateName ?n }"):
        alternates[row["s"].value].add(row["n"].value)
    years: dict[str, int] = {}
    for row in _select(store, "SELECT DISTINCT ?s ?y WHERE { ?s a schema:Movie ; schema:datePublished ?y }"):
        match = re.match(r"-?\d{4}", row["y"].value)
        if match:
            years.setdefault(row["s"].value, int(match.group()))
    imdb: dict[str, str] = {}
    for row in _select(store, "SELECT DISTINCT ?s ?o WHERE { ?s schema:sameAs ?o }"):
        if _IMDB.match(row["o"].value):
            imdb.setdefault(row["s"].value, row["o"].value)
    review_ids: dict[str, str] = {}
    for s, kind in kinds.items():
        # Most reviews' spelling wins; ties go to the longer, then the first in sort order.
        counts = votes.get(s)
        name = min(counts, key=lambda n: (-counts[n], -len(n), n)) if counts else s.rsplit("/", 1)[-1]
        if kind == "review":
            review_ids[s] = name
            if not with_reviews:
                continue
        G.add_node(
            s,
            kind=kind,
            name=name,
            iri=s,
            year=years.get(s),
            imdb=imdb.get(s),
            alternate_names=sorted(alternates.get(s, set()) - {name}),
            evidence=[],
            evidence_count=0,
        )
    return review_ids


def _edge(G: nx.MultiDiGraph, u: str, v: str, role: str, predicate: str) -> tuple[str, str, str]:
    if not G.has_edge(u, v, key=role):
        G.add_edge(u, v, key=role, role=role, predicate=predicate, characters=[], evidence=[],
                   evidence_count=0, reviews=[])
    return (u, v, role)


def _is(G: nx.MultiDiGraph, node: str, kind: str) -> bool:
    return node in G and G.nodes[node]["kind"] == kind


def _add_credits(store: ox.Store, G: nx.MultiDiGraph, targets: dict) -> None:
    values = " ".join(f"<{p}>" for p in _ROLE_OF_PREDICATE)
    for row in _select(store, f"SELECT DISTINCT ?f ?p ?x WHERE {{ ?f ?p ?x VALUES ?p {{ {values} }} }}"):
        f, p, x = row["f"].value, row["p"].value, row["x"].value
        # schema:author also links reviews to critics and works to authors: keep film -> person.
        if _is(G, f, "film") and _is(G, x, "person"):
            targets[(f, p, x)].append(("edge", _edge(G, f, x, _ROLE_OF_PREDICATE[p], p)))
    author = str(SDO.author)
    for row in _select(
        store, "SELECT DISTINCT ?f ?w ?x WHERE { ?f schema:isBasedOn ?w . ?w schema:author ?x }"
    ):
        f, w, x = row["f"].value, row["w"].value, row["x"].value
        if _is(G, f, "film") and _is(G, x, "person"):
            edge = _edge(G, f, x, "source_author", author)
            targets[(w, author, x)].append(("edge", edge))
            targets[(f, str(SDO.isBasedOn), w)].append(("edge", edge))
    characters: dict[tuple, set[str]] = defaultdict(set)
    for row in _select(
        store,
        "SELECT DISTINCT ?f ?r ?x ?c ?d WHERE { ?f fkv:performance ?r . ?r schema:actor ?x "
        "OPTIONAL { ?r schema:characterName ?c } OPTIONAL { ?r schema:description ?d } }",
    ):
        f, r, x = row["f"].value, row["r"].value, row["x"].value
        if not (_is(G, f, "film") and _is(G, x, "person")):
            continue
        # A performance is an acting credit even where no schema:actor triple was extracted.
        edge = _edge(G, f, x, "actor", str(SDO.actor))
        name, desc = _value(row["c"]), _value(row["d"])
        if name or desc:
            characters[edge].add(f"{name} ({desc})" if name and desc else (name or desc or ""))
        targets[(f, str(FKV.performance), r)].append(("edge", edge))
        if name:
            targets[(r, str(SDO.characterName), name)].append(("edge", edge))
        if desc:
            targets[(r, str(SDO.description), desc)].append(("edge", edge))
    for (u, v, k), names in characters.items():
        G.edges[u, v, k]["characters"] = sorted(names)


def _add_review_edges(store: ox.Store, G: nx.MultiDiGraph, targets: dict) -> None:
    reviewed: set[tuple[str, str]] = set()
    for role, pred in (("reviewed", SDO.itemReviewed), ("critic", SDO.author), ("mentions", SDO.mentions)):
        query = f"SELECT DISTINCT ?r ?x WHERE {{ ?r a schema:Review ; <{pred}> ?x }}"
        for row in _select(store, query):
            r, x = row["r"].value, row["x"].value
            if not _is(G, r, "review") or x not in G or G.nodes[x]["kind"] == "review":
                continue
            if role == "mentions" and (r, x) in reviewed:
                # The reviewed film is also "mentioned"; one review->film edge is enough.
                targets[(r, str(pred), x)].append(("edge", (r, x, "reviewed")))
                continue
            if role == "reviewed":
                reviewed.add((r, x))
            targets[(r, str(pred), x)].append(("edge", _edge(G, r, x, role, str(pred))))
            if role == "mentions":
                # The span that names it is also evidence for the node itself.
                targets[(r, str(pred), x)].append(("node", x))


def _attach_evidence(
    store: ox.Store,
    G: nx.MultiDiGraph,
    targets: dict[tuple[str, str, str], list[tuple]],
    review_ids: dict[str, str],
    limit: int | None,
) -> None:
    name_preds = {str(SDO.name), str(SDO.alternateName)}
    seen: dict[Any, set[tuple[str, str]]] = defaultdict(set)
    # The review is prov:wasDerivedFrom (current builds) or fkv:review (early builds). Evidence
    # lives in its review's graph only (stores do not copy it into the merged default graph).
    query = (
        "SELECT ?s ?p ?o (COALESCE(?r1, ?r2) AS ?r) ?text ?x ?c WHERE { GRAPH ?g { ?st a rdf:Statement ; "
        "rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; nif:anchorOf ?text . "
        "OPTIONAL { ?st prov:wasDerivedFrom ?r1 } OPTIONAL { ?st fkv:review ?r2 } "
        "OPTIONAL { ?st fkv:extractor ?x } OPTIONAL { ?st fkv:confidence ?c } } }"
    )
    for row in _select(store, query):
        s, p, o = row["s"].value, row["p"].value, row["o"].value
        hits = targets.get((s, p, o), [])
        if p in name_preds and s in G:
            hits = [*hits, ("node", s)]
        if not hits:
            continue
        review_iri = _value(row["r"])
        review = review_ids.get(review_iri or "", (review_iri or "?").rsplit("/", 1)[-1])
        conf = _value(row["c"])
        item = {
            "review": review,
            "text": row["text"].value,
            "extractor": _value(row["x"]),
            "confidence": float(conf) if conf is not None else None,
        }
        for kind, ref in hits:
            attrs = G.nodes[ref] if kind == "node" else G.edges[ref]
            # The same span often backs several triples (name, mention): count it once.
            if (review, item["text"]) in seen[ref]:
                continue
            seen[ref].add((review, item["text"]))
            attrs["evidence_count"] += 1
            if limit is None or len(attrs["evidence"]) < limit:
                attrs["evidence"].append(item)
            if kind == "edge" and review not in attrs["reviews"]:
                attrs["reviews"].append(review)
    for _, _, d in G.edges(data=True):
        d["evidence"].sort(key=lambda e: (e["review"], e["text"]))
        d["reviews"].sort()
    for _, d in G.nodes(data=True):
        d["evidence"].sort(key=lambda e: (e["review"], e["text"]))


# --------------------------------------------------------------------------- derived graphs
def _copy_node(H: nx.Graph, G: nx.MultiDiGraph, n: str, **extra: Any) -> None:
    d = G.nodes[n]
    H.add_node(n, kind=d["kind"], name=d["name"], year=d.get("year"), imdb=d.get("imdb"), **extra)


def _films_by_role(G: nx.MultiDiGraph, role: str) -> dict[str, list[str]]:
    """film -> people credited with ``role`` (sorted, for stable output)."""
    out: dict[str, list[str]] = defaultdict(list)
    for f, x, k in G.edges(keys=True):
        if k == role:
            out[f].append(x)
    return {f: sorted(xs) for f, xs in out.items()}


def actor_film_bipartite(G: nx.MultiDiGraph) -> nx.Graph:
    """Films (``bipartite=0``) and actors (``bipartite=1``), an edge per acting credit."""
    B = nx.Graph()
    for f, x, k, d in G.edges(keys=True, data=True):
        if k != "actor":
            continue
        _copy_node(B, G, f, bipartite=0)
        _copy_node(B, G, x, bipartite=1)
        B.add_edge(f, x, role="actor", characters=list(d["characters"]),
                   evidence_count=d["evidence_count"], reviews=list(d["reviews"]))
    return B


def _shared_films(G: nx.MultiDiGraph, pairs: Callable[[str], Iterable[tuple[str, str]]], H: nx.Graph) -> None:
    for f in sorted({u for u, _, k in G.edges(keys=True) if k in ("actor", "director")}):
        for a, b in pairs(f):
            if a == b:
                continue
            for n in (a, b):
                if n not in H:
                    _copy_node(H, G, n)
            if H.has_edge(a, b):
                H.edges[a, b]["weight"] += 1
                H.edges[a, b]["films"].append(f)
            else:
                H.add_edge(a, b, weight=1, films=[f])


def costar_graph(G: nx.MultiDiGraph) -> nx.Graph:
    """Actors linked by the films they share; ``weight`` = number of shared films."""
    actors = _films_by_role(G, "actor")
    H = nx.Graph()
    _shared_films(G, lambda f: itertools.combinations(actors.get(f, []), 2), H)
    return H


def director_actor_graph(G: nx.MultiDiGraph) -> nx.DiGraph:
    """Director -> actor, ``weight`` = films the director made with that actor."""
    actors, directors = _films_by_role(G, "actor"), _films_by_role(G, "director")
    H = nx.DiGraph()
    _shared_films(G, lambda f: itertools.product(directors.get(f, []), actors.get(f, [])), H)
    return H


PROJECTIONS: dict[str, Callable[[nx.MultiDiGraph], nx.Graph]] = {
    "full": lambda G: G,
    "actor-film": actor_film_bipartite,
    "costar": costar_graph,
    "director-actor": director_actor_graph,
}


# --------------------------------------------------------------------------- export
#: Characters XML 1.0 cannot hold at all, even escaped (C0 controls but tab, LF and CR;
#: surrogates; U+FFFE and U+FFFF): 182 archive pages hold such controls.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML cannot hold (GraphML and GEXF are XML)."""
    return _NOT_XML.sub("", text)


def _scalar(value: Any) -> str | int | float | bool | None:
    """GraphML and GEXF hold scalars only: lists and evidence dicts become one string."""
    if isinstance(value, str):
        return xml_safe(value)
    if value is None or isinstance(value, int | float | bool):
        return value
    if isinstance(value, list | tuple | set):
        parts = []
        for item in value:
            if isinstance(item, dict) and "text" in item:
                parts.append(f"[{item.get('review')}] {item['text']}")
            elif isinstance(item, str | int | float):
                parts.append(str(item))
            else:
                parts.append(json.dumps(item, ensure_ascii=False))
        return xml_safe(" | ".join(parts))
    return xml_safe(json.dumps(value, ensure_ascii=False, default=str))


def flatten_attributes(G: nx.Graph) -> nx.Graph:
    """A copy of ``G`` whose node and edge attributes are scalars (``None`` dropped)."""
    H = G.copy()
    bad_ids = {n: xml_safe(n) for n in H if isinstance(n, str) and _NOT_XML.search(n)}
    if bad_ids:
        H = nx.relabel_nodes(H, bad_ids)
    for _, d in H.nodes(data=True):
        for k in list(d):
            d[k] = _scalar(d[k])
            if d[k] is None:
                del d[k]
    for *_, d in H.edges(data=True):
        for k in list(d):
            d[k] = _scalar(d[k])
            if d[k] is None:
                del d[k]
    return H


#: ``--format`` name -> writer; the extension is the format name.
WRITERS: dict[str, Callable[[nx.Graph, str], None]] = {
    "graphml": lambda G, path: nx.write_graphml(G, path),
    "gexf": lambda G, path: nx.write_gexf(G, path),
}


def write_network(G: nx.Graph, path: str | Path | Any, fmt: str) -> None:
    """Write ``G`` for Gephi and friends (``fmt``: one of :data:`WRITERS`)."""
    if fmt not in WRITERS:
        raise ValueError(f"unknown network format {fmt!r}; use one of {', '.join(WRITERS)}")
    WRITERS[fmt](flatten_attributes(G), path if hasattr(path, "write") else str(path))


__all__ = [
    "ALL_ROLES",
    "CREDIT_ROLES",
    "PROJECTIONS",
    "REVIEW_ROLES",
    "WRITERS",
    "actor_film_bipartite",
    "costar_graph",
    "director_actor_graph",
    "flatten_attributes",
    "load_store",
    "rdf_to_networkx",
    "write_network",
]
