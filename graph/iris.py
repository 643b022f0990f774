"""Every IRI the project mints comes from this module.

Entities are named from their normalised names (and a film's year) so that the same
entity gets the same IRI in every review and in every run; see README "IRIs".
"""

from __future__ import annotations

import hashlib

from rdflib import URIRef

from filmkg.core.normalize import name_key, slug
from filmkg.core.records import Entity
from filmkg.graph.vocab import FKG, FKID


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


def evidence_iri(*parts: object) -> URIRef:
    digest = hashlib.blake2b("\x1f".join(map(str, parts)).encode("utf-8"), digest_size=10).hexdigest()
    return FKID[f"evidence/{digest}"]


def _local(iri: URIRef) -> str:
    return str(iri).rsplit("/", 1)[-1]


def _safe(identifier: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in identifier)
