"""Every IRI the project mints comes from this module.

Entities are named from their normalised names (and a film's year) so that the same
entity gets the same IRI in every review and in every run; see README "IRIs".
Names are NFC-normalised and stripped of zero-width and bidi controls first; a local name
is at most :data:`MAX_LOCAL` characters (a longer one is cut and ends in a digest of the
whole, so distinct names stay distinct).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import URIRef

from filmkg.core.normalize import name_key, slug
from filmkg.core.records import Entity
from filmkg.graph.vocab import FKG, FKID, IMDB_NAME, IMDB_TITLE, WIKIDATA

#: The longest local name of a minted IRI (characters).
MAX_LOCAL = 120
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u061c\ufeff\x00]")


def _clean(name: str) -> str:
    return unicodedata.normalize("NFC", _INVISIBLE.sub("", name))


def _cap(local: str, whole: str) -> str:
    if len(local) <= MAX_LOCAL:
        return local
    return f"{local[: MAX_LOCAL - 13].rstrip('-_.')}-{_digest(whole)}"


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=6).hexdigest()


def _slug(name: str) -> str:
    # slug() folds through NFKD, which splits Hangul syllables into jamo: back to NFC
    return _cap(unicodedata.normalize("NFC", slug(_clean(name))), _clean(name))


def review_iri(identifier: str) -> URIRef:
    return FKID[f"review/{_safe(identifier)}"]


def review_graph_iri(identifier: str) -> URIRef:
    return FKG[f"review/{_safe(identifier)}"]


def entity_iri(entity: Entity) -> URIRef:
    if entity.kind == "film":
        base = _slug(name_key(_clean(entity.name), film=True))
        return FKID[f"film/{base}-{entity.year}" if entity.year else f"film/{base}"]
    if entity.kind == "person":
        return FKID[f"person/{_slug(entity.name)}"]
    return FKID[f"work/{_slug(entity.name)}"]


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


def safe_identifier(identifier: str) -> str:
    """The review identifier as an IRI local name.

    An identifier of ASCII letters, digits, ``-``, ``_`` and ``.`` is kept as it is (the
    archive's are digits). Any other is made safe and given a digest of the original, so
    two files whose names differ only in unsafe characters (``a b.html``, ``a_b.html``)
    get distinct graphs: ``a_b-x1f09c2d3e4b5`` and ``a_b``.
    """
    if identifier and len(identifier) <= MAX_LOCAL and re.fullmatch(r"[A-Za-z0-9._-]+", identifier) \
            and identifier not in {".", ".."}:
        return identifier
    clean = "".join(c if c.isascii() and (c.isalnum() or c in "-_.") else "_" for c in _clean(identifier))
    return f"{clean[: MAX_LOCAL - 14].strip('.') or 'review'}-x{_digest(identifier)}"


_safe = safe_identifier
