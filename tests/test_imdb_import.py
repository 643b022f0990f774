"""IMDb's own facts as RDF named graphs (linking/imdb_import.py), and comparing them with a review."""

from __future__ import annotations

import gzip
from pathlib import Path

import pyoxigraph as ox
import pytest

from filmkg.core.records import Extraction, Fact, Mention, Review
from filmkg.graph.build import ReviewGraphBuilder
from filmkg.linking.imdb_import import (
    COMPARE_CREDITS_QUERY,
    GRAPH_NAMES,
    GRAPH_PRINCIPALS,
    GRAPH_TITLES,
    import_imdb,
    linked_imdb_ids,
)
from filmkg.linking.imdb_kb import load_kb
from filmkg.linking.imdb_link import link_extraction

SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "kb" / "imdb-format-samples"
SDO = "https://schema.org/"
FKID = "https://w3id.org/filmkg/id/"


def load(path: Path) -> ox.Store:
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.N_QUADS)
    return store


def objects(store: ox.Store, s: str, p: str, g: str) -> set[str]:
    return {q.object.value for q in store.quads_for_pattern(ox.NamedNode(s), ox.NamedNode(p), None,
                                                              ox.NamedNode(g))}


def test_leaving_las_vegas_with_the_review_graphs_iris(tmp_path):
    out = tmp_path / "llv.nq"
    report = import_imdb(None, out, titles={"tt0113627", "tt9999999"})
    assert (report.titles, report.people, report.credits) == (1, 11, 11)
    assert report.missing_titles == ["tt9999999"]
    store = load(out)
    assert {g.value for g in store.named_graphs()} == {GRAPH_TITLES, GRAPH_NAMES, GRAPH_PRINCIPALS}
    film, cage, figgis = FKID + "film/leaving-las-vegas-1995", FKID + "person/nicolas-cage", FKID + "person/mike-figgis"
    assert objects(store, film, SDO + "name", GRAPH_TITLES) == {"Leaving Las Vegas"}
    assert objects(store, film, SDO + "datePublished", GRAPH_TITLES) == {"1995"}
    assert objects(store, film, SDO + "sameAs", GRAPH_TITLES) == {"https://www.imdb.com/title/tt0113627/"}
    assert objects(store, cage, SDO + "sameAs", GRAPH_NAMES) == {"https://www.imdb.com/name/nm0000115/"}
    assert cage in objects(store, film, SDO + "actor", GRAPH_PRINCIPALS)
    assert objects(store, film, SDO + "director", GRAPH_PRINCIPALS) == {figgis}
    # no review graph is touched: every quad is in one of the three IMDb graphs
    assert all(q.graph_name.value.startswith("https://w3id.org/filmkg/graph/imdb/") for q in store)


def test_namesakes_keep_their_imdb_iris(tmp_path):
    out = tmp_path / "edwards.nq"
    import_imdb(None, out, titles={"tt0443706", "tt8009428"})  # Zodiac, Hustle: two Anthony Edwards
    store = load(out)
    nodes = {q.subject.value for q in store.quads_for_pattern(None, ox.NamedNode(SDO + "name"),
                                                              ox.Literal("Anthony Edwards"), None)}
    assert nodes == {"https://www.imdb.com/name/nm0000381/", "https://www.imdb.com/name/nm10094555/"}


@pytest.mark.skipif(not SAMPLES.is_dir(), reason="shared/kb/imdb-format-samples not present")
def test_official_files_roles_characters_and_sources(tmp_path):
    out = tmp_path / "samples.nq.gz"
    report = import_imdb(SAMPLES, out)
    assert report.titles > 1900 and report.roles > 1000
    with gzip.open(out, "rt", encoding="utf-8") as fh:
        text = fh.read()
    store = ox.Store()
    store.load(text.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    q = """PREFIX schema: <https://schema.org/> PREFIX fkv: <https://w3id.org/filmkg/vocab#>
    SELECT ?who ?character WHERE { GRAPH ?g {
      ?film schema:identifier "tt9806258" } GRAPH ?h { ?film fkv:performance ?role .
      ?role schema:actor ?p ; schema:characterName ?character } GRAPH ?n { ?p schema:name ?who } }"""
    assert {r["character"].value for r in store.query(q)} == {"Maya", "María", "Asgeir", "Einar"}
    preds = {q.predicate.value for q in store.quads_for_pattern(None, None, None, ox.NamedNode(GRAPH_PRINCIPALS))}
    assert {SDO + "actor", SDO + "director", SDO + "producer", SDO + "musicBy", SDO + "editor",
            "https://w3id.org/filmkg/vocab#cinematographer", SDO + "isBasedOn", SDO + "author"} <= preds


def _review_store(ex: Extraction) -> ox.Store:
    """The review's named graph, and its links wherever the builder puts them."""
    builder = ReviewGraphBuilder(ex)
    graph = builder.build()
    graphs = [(graph, ox.NamedNode(str(graph.identifier)))]
    links = getattr(builder, "links", None)
    if links is not None:
        graphs.append((links, ox.DefaultGraph()))
    store = ox.Store()
    for g, name in graphs:
        for s, p, o in g:
            store.add(ox.Quad(_term(s), _term(p), _term(o), name))
    return store


def _term(t):
    from rdflib import Literal, URIRef

    if isinstance(t, URIRef):
        return ox.NamedNode(str(t))
    if isinstance(t, Literal):
        if t.datatype:
            return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)))
        return ox.Literal(str(t), language=t.language) if t.language else ox.Literal(str(t))
    return ox.BlankNode(str(t))


def test_sparql_compares_review_credits_with_imdb_principals(tmp_path):
    ex = Extraction(Review("people-1995-leaving-las-vegas", "Nicolas Cage ... Mike Figgis ... Laurie Metcalf",
                           "test", date="1995-11-06"))
    film = ex.entity("film", "Leaving Las Vegas")
    ex.reviewed_film = film.key
    for name, role in (("Nicolas Cage", "actor"), ("Mike Figgis", "director"), ("Laurie Metcalf", "actor")):
        person = ex.entity("person", name)
        person.mentions.append(Mention("person", name, 0, 12, "test", 0.9))
        ex.facts.append(Fact(film.key, role, person.key, 0, 12, "test", 0.9))
    film.mentions.append(Mention("film", film.name, 0, 12, "test", 0.9))
    link_extraction(ex, load_kb(None))
    import_imdb(None, tmp_path / "imdb.nq", titles={"tt0113627"})
    store = _review_store(ex)
    store.load(path=str(tmp_path / "imdb.nq"), format=ox.RdfFormat.N_QUADS)
    rows = {(r["personName"].value, r["role"].value.rsplit("/", 1)[-1],
             r["imdbRole"].value.rsplit("/", 1)[-1] if r["imdbRole"] else None)
            for r in store.query(COMPARE_CREDITS_QUERY)}
    assert rows == {("Nicolas Cage", "actor", "actor"), ("Mike Figgis", "director", "director"),
                    # Metcalf is in the film, but not among the subset's principals of it
                    ("Laurie Metcalf", "actor", None)}


def test_linked_ids_of_a_built_graph(tmp_path):
    trig = tmp_path / "g.trig"
    trig.write_text('<x> <https://schema.org/sameAs> <https://www.imdb.com/title/tt0113627/> .\n'
                    '<y> <https://schema.org/sameAs> <https://www.imdb.com/name/nm0000115/> .\n', encoding="utf-8")
    assert linked_imdb_ids(trig) == {"tt0113627"}
