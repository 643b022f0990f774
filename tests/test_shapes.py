"""SHACL shapes of the data model: the demo conforms, a broken graph does not."""

from __future__ import annotations

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDF, SDO

from filmkg.graph.shapes import validate_dataset, validate_file


def test_demo_output_conforms(demo_build):
    conforms, report = validate_file(demo_build.files["trig"])
    assert conforms, report


def test_missing_name_and_evidence_are_violations(demo_build):
    ds = Dataset()
    ds.parse(str(demo_build.files["trig"]), format="trig")
    g = ds.graph(URIRef("https://w3id.org/filmkg/graph/review/4335"))
    figgis = URIRef("https://w3id.org/filmkg/id/person/mike-figgis")
    film = URIRef("https://w3id.org/filmkg/id/film/leaving-las-vegas-1995")
    g.remove((figgis, SDO.name, None))
    g.add((film, SDO.editor, URIRef("https://w3id.org/filmkg/id/person/nobody")))
    g.add((URIRef("https://w3id.org/filmkg/id/person/nobody"), RDF.type, SDO.Person))
    g.add((URIRef("https://w3id.org/filmkg/id/person/nobody"), SDO.name, Literal("Nobody")))
    conforms, failing, text = validate_dataset(ds)
    assert not conforms
    assert failing == ["https://w3id.org/filmkg/graph/review/4335"]
    assert "Every person has a schema:name" in text
    assert "Every credit has an evidence statement" in text
