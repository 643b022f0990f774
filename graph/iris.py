"""Every IRI the project mints comes from this module.

Entities are named from their normalised names (and a film's year) so that the same
entity gets the same IRI in every review and in every run; see README "IRIs".
"""

from __future__ import annotations

import hashlib

from rdflib import URIRef

from filmkg.core.normalize import name_key, slug
from filmkg.core.records import Entity
from filmkg.graph.vocab import FKG, FKID, IMDB_NAME, IMDB_TITLE, WIKIDATA


def review_iri(identifier: str) -> URIRef:
    return FKID[f"review/{_safe(identifier)}"]


def review_graph_iri(identifier: str) -> URIRef:
    return FKG[f"review/{_safe(identifier)}"]


def entity_iri(entity: Entity) -> URIRef:
    if entity.kind == "film":
        base = slug(name_key(entity.name, film=True))
        return FKID[f"film/{base}-{entity.year}" if entity.year else f"film/{base}"]
    if entity.kind == "person":
        return FKID[f"person/{slug(entity.name)}"]
    return FKID[f"work/{slug(entity.name)}"]


def role_iri(film: URIRef, person: URIRef) -> URIRef:
    return FKID[f"role/{_local(film)}--{_local(person)}"]


def rating_iri(review: URIRef) -> URIRef:
    """The critic's rating of a review (one per review)."""
    return URIRef(f"{review}-rating")


def source_work_iri(film: URIRef) -> URIRef:
    """The unnamed work a film is based on, when the review names its author but not the work."""
    return FKID[f"work/{_local(film)}-source"]


def imdb_iri(imdb_id: str) -> URIRef:
    """IMDb's page of a title (``tt…``) or a person (``nm…``)."""
    return URIRef(f"{IMDB_TITLE if imdb_id.startswith('tt') else IMDB_NAME}{imdb_id}/")


def wikidata_iri(qid: str) -> URIRef:
    return WIKIDATA[qid]


def imdb_source_work_iri(tconst: str) -> URIRef:
    """The work an IMDb title is based on (its ``writer`` principals credited as source authors)."""
    return FKID[f"work/imdb-{tconst}-source"]


def imdb_role_iri(tconst: str, nconst: str, ordering: object, roles: str) -> URIRef:
    """One ``title.principals`` row of IMDb as a performance role."""
    return FKID[f"role/imdb-{tconst}-{nconst}-{ordering}-{roles}"]


def imdb_graph_iri(table: str) -> URIRef:
    """The named graph of one imported IMDb table (``title.basics``...)."""
    return FKG[f"imdb/{table}"]


def evidence_iri(*parts: object) -> URIRef:
    digest = hashlib.blake2b("\x1f".join(map(str, parts)).encode("utf-8"), digest_size=10).hexdigest()
    return FKID[f"evidence/{digest}"]


def _local(iri: URIRef) -> str:
    return str(iri).rsplit("/", 1)[-1]


def _safe(identifier: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in identifier)
