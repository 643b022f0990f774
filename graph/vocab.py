"""Namespaces: schema.org from rdflib, and the project's own terms."""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import OWL, PROV, RDF, RDFS, SDO, XSD

#: The project's vocabulary (properties and classes schema.org lacks).
FKV = Namespace("https://w3id.org/filmkg/vocab#")
#: Where the project mints IRIs for reviews, films, people, works, roles and evidence.
FKID = Namespace("https://w3id.org/filmkg/id/")
#: Named graphs: one per review, and one per imported external database.
FKG = Namespace("https://w3id.org/filmkg/graph/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
IMDB_TITLE = "https://www.imdb.com/title/"
IMDB_NAME = "https://www.imdb.com/name/"
WIKIDATA = Namespace("http://www.wikidata.org/entity/")

#: Credit role -> predicate from the film to the person (source_author is indirect).
ROLE_PREDICATES = {
    "actor": SDO.actor,
    "director": SDO.director,
    "screenwriter": SDO.author,
    "producer": SDO.producer,
    "composer": SDO.musicBy,
    "cinematographer": FKV.cinematographer,
    "editor": SDO.editor,
    "contributor": SDO.contributor,
}

PREFIXES = {
    "film": FKID["film/"],
    "person": FKID["person/"],
    "work": FKID["work/"],
    "role": FKID["role/"],
    "review": FKID["review/"],
    "ev": FKID["evidence/"],
    "rg": FKG["review/"],
    "schema": SDO,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "prov": PROV,
    "nif": NIF,
    "fkv": FKV,
    "fkid": FKID,
    "fkg": FKG,
}

__all__ = ["FKV", "FKID", "FKG", "NIF", "ROLE_PREDICATES", "PREFIXES", "IMDB_TITLE", "IMDB_NAME", "WIKIDATA"]
