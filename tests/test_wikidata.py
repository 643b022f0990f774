"""Wikidata links through IMDb ids (linking/wikidata.py).

tests/data/wikidata-p345.csv has the shape of a Wikidata query-service export of P345
(``item,imdb``, items as entity IRIs or bare QIDs); see tests/data/link-gold/README.md.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from filmkg.core.records import Extraction, Link, Review
from filmkg.linking.wikidata import WikidataMapError, link_wikidata, load_wikidata_map

FIXTURE = Path(__file__).resolve().parent / "data" / "wikidata-p345.csv"


def test_csv_export_with_entity_iris():
    mapping = load_wikidata_map(FIXTURE)
    assert mapping["nm0000115"] == "Q42869"  # Nicolas Cage
    assert mapping["tt0113627"] == "Q270051"  # Leaving Las Vegas
    assert mapping["tt0116282"] == "Q3180"  # a bare QID
    assert "tt9999991" not in mapping  # claimed by two items: ambiguous, left out
    assert "nm0000199" not in mapping  # no QID in the item column
    assert all(k.startswith(("tt", "nm")) and v.startswith("Q") for k, v in mapping.items())


@pytest.mark.parametrize("header,sep", [("qid\timdb_id", "\t"), ("?item,?imdb", ",")])
def test_other_headers_tsv_and_gzip(tmp_path, header, sep):
    path = tmp_path / "p345.tsv.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(f"{header}\nQ42869{sep}nm0000115\nhttp://www.wikidata.org/entity/Q270051{sep}tt0113627\n")
    assert load_wikidata_map(path) == {"nm0000115": "Q42869", "tt0113627": "Q270051"}


def test_unknown_header_names_the_columns(tmp_path):
    path = tmp_path / "p345.csv"
    path.write_text("wikidata;imdb\nQ1;tt0000001\n", encoding="utf-8")
    with pytest.raises(WikidataMapError, match="item column"):
        load_wikidata_map(path)


def test_missing_file_names_the_fix(tmp_path):
    with pytest.raises(WikidataMapError, match="P345"):
        load_wikidata_map(tmp_path / "nope.csv")


def test_link_carries_the_imdb_links_confidence():
    ex = Extraction(Review("r", "", "test"))
    film = ex.entity("film", "Leaving Las Vegas", 1995)
    film.links["imdb"] = Link("tt0113627", "archive-page-link", 1.0)
    cage = ex.entity("person", "Nicolas Cage")
    cage.links["imdb"] = Link("nm0000115", "name-unique", 0.85)
    nobody = ex.entity("person", "Julian Lennon")
    link_wikidata(ex, load_wikidata_map(FIXTURE))
    assert film.links["wikidata"] == Link("Q270051", "imdb-id-mapping", 1.0)
    assert cage.links["wikidata"] == Link("Q42869", "imdb-id-mapping", 0.85)
    assert "wikidata" not in nobody.links


def test_graph_gets_owl_sameas_with_method_and_confidence():
    from rdflib import Literal, URIRef
    from rdflib.namespace import OWL, RDF

    from filmkg.graph.build import ReviewGraphBuilder

    ex = Extraction(Review("r", "", "test"))
    cage = ex.entity("person", "Nicolas Cage")
    cage.links["imdb"] = Link("nm0000115", "name+principals", 0.97)
    link_wikidata(ex, load_wikidata_map(FIXTURE))
    builder = ReviewGraphBuilder(ex)
    g = builder.build()
    g = g + getattr(builder, "links", g)  # the links, wherever the builder keeps them
    node, wd = URIRef("https://w3id.org/filmkg/id/person/nicolas-cage"), URIRef("http://www.wikidata.org/entity/Q42869")
    assert (node, OWL.sameAs, wd) in g
    (st,) = g.subjects(RDF.object, wd)
    fkv = "https://w3id.org/filmkg/vocab#"
    assert g.value(st, URIRef(fkv + "method")) == Literal("imdb-id-mapping")
    assert float(g.value(st, URIRef(fkv + "confidence"))) == pytest.approx(0.97)
