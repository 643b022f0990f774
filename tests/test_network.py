"""networkx projections of the RDF graph (filmkg.output.network) on tests/data/viz-small.trig.

The fixture's header says what it holds: 3 reviews, 4 films, 8 people (one a critic
only), 11 credit edges on 9 film-person pairs, one film and one person with HTML names.
"""

from __future__ import annotations

import gzip
import itertools
import shutil
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset

from filmkg.core.errors import InputError
from filmkg.output.network import (
    PROJECTIONS,
    WRITERS,
    actor_film_bipartite,
    costar_graph,
    director_actor_graph,
    flatten_attributes,
    rdf_to_networkx,
    write_network,
)

DATA = Path(__file__).parent / "data"
FIXTURE = DATA / "viz-small.trig"
ID = "https://w3id.org/filmkg/id/"
CAGE, FIGGIS, SHUE = f"{ID}person/nicolas-cage", f"{ID}person/mike-figgis", f"{ID}person/elisabeth-shue"
WOO, TRAVOLTA, OBRIEN = f"{ID}person/john-woo", f"{ID}person/john-travolta", f"{ID}person/john-o-brien"
LLV, FACEOFF = f"{ID}film/leaving-las-vegas-1995", f"{ID}film/face-off-1997"
IA = f"{ID}film/internal-affairs-1990"
XSS_FILM, XSS_PERSON = f"{ID}film/script-alert-1-script-2001", f"{ID}person/img-src-x-onerror-alert-1"


@pytest.fixture(scope="module")
def G() -> nx.MultiDiGraph:
    return rdf_to_networkx(FIXTURE)


def test_typed_nodes(G):
    kinds = Counter(d["kind"] for _, d in G.nodes(data=True))
    assert kinds == {"film": 4, "person": 8, "review": 3}
    cage = G.nodes[CAGE]
    assert cage["name"] == "Nicolas Cage"
    assert cage["alternate_names"] == ["Cage"]
    assert cage["imdb"] == "https://www.imdb.com/name/nm0000115/"
    # "Nicolas Cage" and "Cage" in each of two reviews.
    assert cage["evidence_count"] == 4
    assert {(e["review"], e["text"]) for e in cage["evidence"]} == {
        ("leaving-las-vegas", "Nicolas Cage"), ("leaving-las-vegas", "Cage"),
        ("face-off", "Nicolas Cage"), ("face-off", "Cage"),
    }
    llv = G.nodes[LLV]
    assert (llv["name"], llv["year"], llv["imdb"]) == (
        "Leaving Las Vegas", 1995, "https://www.imdb.com/title/tt0113627/")
    assert G.nodes[XSS_FILM]["name"] == "<script>alert(1)</script>"
    assert G.nodes[XSS_PERSON]["name"] == "<img src=x onerror=alert(1)>"
    assert G.nodes[f"{ID}review/face-off"]["name"] == "face-off"


def test_edges_by_role(G):
    roles = Counter(k for _, _, k in G.edges(keys=True))
    assert roles == {
        "actor": 5, "director": 2, "screenwriter": 1, "composer": 1, "contributor": 1,
        "source_author": 1, "mentions": 9, "reviewed": 3, "critic": 2,
    }
    assert G.number_of_edges() == 25
    # Credits point film -> person; the writer-director-composer has three parallel edges.
    assert set(G[LLV][FIGGIS]) == {"director", "screenwriter", "composer"}
    assert set(G[IA][FIGGIS]) == {"contributor"}
    assert set(G[LLV][OBRIEN]) == {"source_author"}


def test_edge_evidence_and_characters(G):
    cage_llv = G.edges[LLV, CAGE, "actor"]
    assert cage_llv["characters"] == ["Ben Sanderson (an alcoholic screenwriter)"]
    assert cage_llv["reviews"] == ["leaving-las-vegas"]
    assert [e["text"] for e in cage_llv["evidence"]] == [
        "Nicolas Cage plays Ben Sanderson",
        "an alcoholic screenwriter",
    ]
    assert cage_llv["evidence"][0]["extractor"] == "credits"
    assert cage_llv["evidence"][0]["confidence"] == pytest.approx(0.85)
    source = G.edges[LLV, OBRIEN, "source_author"]
    assert [e["text"] for e in source["evidence"]] == ["from the novel by John O'Brien"]
    assert G.edges[FACEOFF, CAGE, "actor"]["characters"] == ["Castor Troy"]
    xss = G.edges[XSS_FILM, XSS_PERSON, "actor"]
    assert xss["evidence"][0]["text"] == "credited as <img src=x onerror=window.__xss=1>"


def test_reviewed_film_is_not_also_a_mention(G):
    review = f"{ID}review/leaving-las-vegas"
    assert set(G[review][LLV]) == {"reviewed"}
    mentioned = {v for _, v, k in G.out_edges(review, keys=True) if k == "mentions"}
    assert mentioned == {IA, CAGE, SHUE, FIGGIS, OBRIEN}


def test_without_reviews(G):
    H = rdf_to_networkx(FIXTURE, reviews=False)
    assert Counter(d["kind"] for _, d in H.nodes(data=True)) == {"film": 4, "person": 8}
    assert H.number_of_edges() == 11
    # Evidence still names its review by identifier, not by IRI.
    assert H.edges[LLV, CAGE, "actor"]["reviews"] == ["leaving-las-vegas"]


def test_evidence_limit_keeps_the_count():
    G = rdf_to_networkx(FIXTURE, evidence_limit=1)
    assert len(G.nodes[CAGE]["evidence"]) == 1
    assert G.nodes[CAGE]["evidence_count"] == 4


def _signature(G: nx.MultiDiGraph) -> tuple:
    return (
        sorted((n, d["kind"], d["name"], d["year"]) for n, d in G.nodes(data=True)),
        sorted((u, v, k, d["evidence_count"]) for u, v, k, d in G.edges(keys=True, data=True)),
    )


def test_rdflib_dataset_and_gzip_read_the_same(G, tmp_path):
    ds = Dataset()
    ds.parse(FIXTURE, format="trig")
    assert _signature(rdf_to_networkx(ds)) == _signature(G)
    gz = tmp_path / "graph.trig.gz"
    with FIXTURE.open("rb") as src, gzip.open(gz, "wb") as dst:
        shutil.copyfileobj(src, dst)
    assert _signature(rdf_to_networkx(gz)) == _signature(G)


def test_bad_inputs_name_the_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        rdf_to_networkx(tmp_path / "missing.trig")
    odd = tmp_path / "graph.csv"
    odd.write_text("a,b\n")
    with pytest.raises(InputError, match="unknown RDF format '.csv'"):
        rdf_to_networkx(odd)
    broken = tmp_path / "broken.trig"
    broken.write_text("<a> <b> .\n")
    with pytest.raises(InputError, match="broken.trig: not valid"):
        rdf_to_networkx(broken)


def test_actor_film_bipartite(G):
    B = actor_film_bipartite(G)
    assert (B.number_of_nodes(), B.number_of_edges()) == (7, 5)
    films = {n for n, d in B.nodes(data=True) if d["bipartite"] == 0}
    assert films == {LLV, FACEOFF, XSS_FILM}
    assert nx.is_bipartite(B)
    assert B.edges[LLV, CAGE]["characters"] == ["Ben Sanderson (an alcoholic screenwriter)"]


def test_costar_graph(G):
    C = costar_graph(G)
    assert {frozenset(e) for e in C.edges} == {frozenset((CAGE, SHUE)), frozenset((CAGE, TRAVOLTA))}
    assert C.edges[CAGE, SHUE] == {"weight": 1, "films": [LLV]}
    assert C.nodes[CAGE]["name"] == "Nicolas Cage"


def test_director_actor_graph(G):
    D = director_actor_graph(G)
    assert sorted(D.edges(data="weight")) == sorted(
        [(FIGGIS, CAGE, 1), (FIGGIS, SHUE, 1), (WOO, CAGE, 1), (WOO, TRAVOLTA, 1)]
    )


def test_flatten_makes_scalars(G):
    F = flatten_attributes(G)
    for _, d in F.nodes(data=True):
        assert all(isinstance(v, str | int | float | bool) for v in d.values())
    assert F.nodes[CAGE]["alternate_names"] == "Cage"
    assert "year" not in F.nodes[CAGE]  # None is dropped, not written as "None"
    assert F.edges[LLV, CAGE, "actor"]["evidence"] == (
        "[leaving-las-vegas] Nicolas Cage plays Ben Sanderson | [leaving-las-vegas] an alcoholic screenwriter"
    )


READERS = {"graphml": nx.read_graphml, "gexf": nx.read_gexf}


@pytest.mark.parametrize("fmt,projection", list(itertools.product(WRITERS, PROJECTIONS)))
def test_export_round_trip(G, tmp_path, fmt, projection):
    H = PROJECTIONS[projection](G)
    path = tmp_path / f"graph.{fmt}"
    write_network(H, path, fmt)
    back = READERS[fmt](path)
    assert (back.number_of_nodes(), back.number_of_edges()) == (H.number_of_nodes(), H.number_of_edges())
    names = {d.get("name") for _, d in back.nodes(data=True)}
    if XSS_PERSON in H:
        assert "<img src=x onerror=alert(1)>" in names
    assert "Nicolas Cage" in names


def test_early_builds_name_the_review_with_fkv_review(tmp_path):
    # Before the lead's switch to prov:wasDerivedFrom, statements said fkv:review.
    path = tmp_path / "old.trig"
    path.write_text("""
        @prefix schema: <https://schema.org/> . @prefix fkv: <https://w3id.org/filmkg/vocab#> .
        @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
        @prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
        @prefix id: <https://w3id.org/filmkg/id/> .
        <https://w3id.org/filmkg/graph/review/r1> {
          id:review\\/r1 a schema:Review ; schema:identifier "r1" .
          id:film\\/f a schema:Movie ; schema:name "F" ; schema:actor id:person\\/p .
          id:person\\/p a schema:Person ; schema:name "P" .
          id:evidence\\/e a rdf:Statement ; rdf:subject id:film\\/f ; rdf:predicate schema:actor ;
            rdf:object id:person\\/p ; fkv:review id:review\\/r1 ; nif:anchorOf "P stars" .
        }
    """)
    G = rdf_to_networkx(path)
    edge = G.edges[f"{ID}film/f", f"{ID}person/p", "actor"]
    assert edge["evidence"] == [{"review": "r1", "text": "P stars", "extractor": None, "confidence": None}]
