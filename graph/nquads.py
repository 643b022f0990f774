"""One review's N-Quads written straight from its Extraction, without building rdflib Graphs.

The build calls this for every review, so it is the hot path: terms are formatted as
N-Triples text directly (the issue-13 profile put rdflib Graph construction and its
serialiser at 6.6% of a build). The output is the same set of quads as
:func:`filmkg.graph.build.review_graphs` serialised by rdflib: the same IRIs, the same
literals (lexical forms, datatypes) and the same escaping (rdflib's N-Triples writer
escapes only ``\\``, ``"``, LF and CR and writes every other character as UTF-8).
``tests/test_nquads.py`` proves the identity against that rdflib oracle, which stays the
reference and the Python API; keep the two in step.

Lines are deduplicated per graph (an rdflib Graph is a set) and emitted in a stable
order: the review's named-graph quads first, then its identity links as default-graph
triples, so each review's quads are contiguous in a part file.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from filmkg.core.records import Entity, Extraction, Fact, Link, Mention
from filmkg.graph import iris

# The namespaces of graph/vocab.py as plain strings (vocab imports rdflib; this module must
# not need it). tests/test_nquads.py checks that they agree.
SDO = "https://schema.org/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
PROV = "http://www.w3.org/ns/prov#"
FKV = "https://w3id.org/filmkg/vocab#"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"

ROLE_PREDICATES = {
    "actor": SDO + "actor",
    "director": SDO + "director",
    "screenwriter": SDO + "author",
    "producer": SDO + "producer",
    "composer": SDO + "musicBy",
    "cinematographer": FKV + "cinematographer",
    "editor": SDO + "editor",
    "contributor": SDO + "contributor",
}
_SCHEMA_TYPE = {"film": SDO + "Movie", "person": SDO + "Person", "work": SDO + "CreativeWork"}

# Predicates and classes, already in N-Triples form.
_A = f"<{RDF}type>"
_STATEMENT = f"<{RDF}Statement>"
_R_SUBJECT, _R_PREDICATE, _R_OBJECT = f"<{RDF}subject>", f"<{RDF}predicate>", f"<{RDF}object>"
_FKV_REVIEW, _DERIVED = f"<{FKV}review>", f"<{PROV}wasDerivedFrom>"
_BEGIN, _END, _ANCHOR = f"<{NIF}beginIndex>", f"<{NIF}endIndex>", f"<{NIF}anchorOf>"
_EXTRACTOR, _CONFIDENCE, _METHOD = f"<{FKV}extractor>", f"<{FKV}confidence>", f"<{FKV}method>"
_INTEGER = f"^^<{XSD}integer>"
_DECIMAL = f"^^<{XSD}decimal>"

_NAME, _ALT = SDO + "name", SDO + "alternateName"
_MENTIONS = SDO + "mentions"
_INVALID_IRI = re.compile(r'[<>" {}|\\^`]')  # the characters rdflib refuses to serialise in an IRI
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def literal(lexical: str, datatype: str | None = None) -> str:
    """A literal in rdflib's N-Triples form (see the module docstring for the escaping)."""
    text = lexical.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r")
    return f'"{text}"^^<{datatype}>' if datatype else f'"{text}"'


_decimals: dict[float, str] = {}


def _confidence(value: float) -> str:
    """``Literal(Decimal(str(round(value, 3))))`` of graph/build.py, memoised (few distinct values)."""
    lex = _decimals.get(value)
    if lex is None:
        if len(_decimals) > 10_000:
            _decimals.clear()
        lex = _decimals[value] = format(Decimal(str(round(value, 3))), "f")
    return f'"{lex}"{_DECIMAL}'


def _date_lexical(value: str) -> str:
    """The lexical form rdflib gives ``Literal(value, datatype=XSD.date)`` (it normalises dates)."""
    if _DATE.fullmatch(value):
        try:
            date.fromisoformat(value)
            return value  # already canonical
        except ValueError:
            return value  # rdflib cannot parse it either and keeps it as written
    from rdflib import Literal  # rare forms (time zones, signs): let rdflib decide, as before
    from rdflib.namespace import XSD as RDFLIB_XSD

    return str(Literal(value, datatype=RDFLIB_XSD.date))


def entity_iri(entity: Entity) -> str:
    """graph/iris.py's ``entity_iri`` as a string (every IRI is minted there)."""
    return str(iris.entity_iri(entity))


class _ReviewWriter:
    """Mirrors graph/build.py's ReviewGraphBuilder step by step, writing text instead of triples."""

    def __init__(self, ex: Extraction, store_text: bool) -> None:
        self.ex = ex
        self.ident = ex.review.identifier
        self.text = ex.review.text
        self.review = str(iris.review_iri(self.ident))
        self.review_nt = f"<{self.review}>"
        self.tail = f" <{iris.review_graph_iri(self.ident)}> .\n"
        self.store_text = store_text
        self.iris: dict[str, str] = {}
        # dicts as ordered sets: a Graph holds each triple once
        self.named: dict[str, None] = {}
        self.links: dict[str, None] = {}
        self.statements: set[str] = set()

    def add(self, s: str, p: str, o: str) -> None:
        """s and p are IRIs (bare), o is an N-Triples term."""
        self.named[f"<{s}> <{p}> {o}{self.tail}"] = None

    def run(self) -> str:
        ex, review = self.ex, self.review
        self.add(review, RDF + "type", f"<{SDO}Review>")
        self.add(review, SDO + "identifier", literal(self.ident))
        if ex.review.url:
            self.add(review, SDO + "url", literal(ex.review.url, XSD + "anyURI"))
        if self.store_text:
            self.add(review, SDO + "text", literal(self.text))
        for key, ent in ex.entities.items():
            self._entity(key, ent)
        for fact in ex.facts:
            self._fact(fact)
        out = "".join(self.named) + "".join(self.links)
        out.encode("utf-8")  # as rdflib's serialiser: a lone surrogate fails this review, not the part
        return out

    # ------------------------------------------------------------------ entities
    def _entity(self, key: str, ent: Entity) -> None:
        node = self.iris[key] = entity_iri(ent)
        self.add(node, RDF + "type", f"<{_SCHEMA_TYPE[ent.kind]}>")
        if ent.kind == "work" and "novel" in ent.alternate_names:
            self.add(node, RDF + "type", f"<{SDO}Book>")
        if ent.name:
            self.add(node, _NAME, literal(ent.name))
        seen_forms: set[str] = set()
        text = self.text
        for ev in ent.mentions:
            form = " ".join(text[ev.start : ev.end].split())
            if form in seen_forms:
                continue
            seen_forms.add(form)
            if form == ent.name:
                self._evidence(node, _NAME, ent.name, literal(ent.name), ev)
            else:
                lit = literal(form)
                if form.strip():
                    self.add(node, _ALT, lit)
                self._evidence(node, _ALT, form, lit, ev)
        for alt in ent.alternate_names:
            if ent.kind != "work" and alt != ent.name and alt not in seen_forms:
                self.add(node, _ALT, literal(alt))
        if ent.year and ent.kind == "film":
            self.add(node, SDO + "datePublished", literal(str(ent.year), XSD + "gYear"))
        if ent.kind in ("film", "person") and ent.mentions:
            self.add(self.review, _MENTIONS, f"<{node}>")
            self._evidence(self.review, _MENTIONS, node, f"<{node}>", ent.mentions[0])
        for kind, link in ent.links.items():
            self._link(node, ent.kind, kind, link)

    def _link(self, node: str, entity_kind: str, kind: str, link: Link) -> None:
        if kind == "imdb":
            target, pred = str(iris.imdb_iri(link.target)), SDO + "sameAs"
        elif kind == "wikidata":
            target, pred = str(iris.wikidata_iri(link.target)), OWL + "sameAs"
        else:
            return
        if _INVALID_IRI.search(target):
            raise ValueError(f'"{target}" does not look like a valid URI')
        st = str(iris.evidence_iri(self.ident, node, pred, target))
        lines = self.links
        t_nt, st_nt = f"<{target}>", f"<{st}>"
        lines[f"<{node}> <{pred}> {t_nt} .\n"] = None
        lines[f"{st_nt} {_A} {_STATEMENT} .\n"] = None
        lines[f"{st_nt} {_R_SUBJECT} <{node}> .\n"] = None
        lines[f"{st_nt} {_R_PREDICATE} <{pred}> .\n"] = None
        lines[f"{st_nt} {_R_OBJECT} {t_nt} .\n"] = None
        lines[f"{st_nt} {_FKV_REVIEW} {self.review_nt} .\n"] = None
        lines[f"{st_nt} {_DERIVED} {self.review_nt} .\n"] = None
        lines[f"{st_nt} {_METHOD} {literal(link.method)} .\n"] = None
        lines[f"{st_nt} {_CONFIDENCE} {_confidence(link.confidence)} .\n"] = None

    # ------------------------------------------------------------------ facts
    def _fact(self, fact: Fact) -> None:
        subj = self.review if fact.subject == "review" else self.iris.get(fact.subject)
        if subj is None:
            return
        p = fact.predicate
        ev = fact
        if p in ROLE_PREDICATES:
            obj = self.iris.get(fact.object)
            if obj is None:
                return
            pred = ROLE_PREDICATES[p]
            self.add(subj, pred, f"<{obj}>")
            self._evidence(subj, pred, obj, f"<{obj}>", ev)
        elif p == "source_author":
            # object = person key; the work itself is not named by the review
            person = self.iris.get(fact.object)
            if person is None:
                return
            work = str(iris.source_work_iri(subj))
            self.add(work, RDF + "type", f"<{SDO}CreativeWork>")
            self.add(subj, SDO + "isBasedOn", f"<{work}>")
            self.add(work, SDO + "author", f"<{person}>")
            self._evidence(subj, SDO + "isBasedOn", work, f"<{work}>", ev)
            self._evidence(work, SDO + "author", person, f"<{person}>", ev)
        elif p == "character":
            person = self.iris.get(fact.object)
            if person is None:
                return
            role = str(iris.role_iri(subj, person))
            self.add(role, RDF + "type", f"<{SDO}PerformanceRole>")
            self.add(subj, FKV + "performance", f"<{role}>")
            self.add(role, SDO + "actor", f"<{person}>")
            name, desc = fact.character, fact.description
            if name:
                lit = literal(name)
                self.add(role, SDO + "characterName", lit)
                self._evidence(role, SDO + "characterName", name, lit, ev)
            if desc:
                lit = literal(desc)
                self.add(role, SDO + "description", lit)
                self._evidence(role, SDO + "description", desc, lit, ev)
            self._evidence(subj, FKV + "performance", role, f"<{role}>", ev)
        elif p == "itemReviewed" or p == "author":
            obj = self.iris.get(fact.object)
            if obj is None:
                return
            pred = SDO + ("itemReviewed" if p == "itemReviewed" else "author")
            self.add(subj, pred, f"<{obj}>")
            self._evidence(subj, pred, obj, f"<{obj}>", ev)
        elif p == "datePublished":
            lex = _date_lexical(fact.object)
            lit = literal(lex, XSD + "date")
            self.add(subj, SDO + "datePublished", lit)
            self._evidence(subj, SDO + "datePublished", lex, lit, ev)
        elif p == "rating":
            rating = str(iris.rating_iri(self.review))
            self.add(rating, RDF + "type", f"<{SDO}Rating>")
            self.add(subj, SDO + "reviewRating", f"<{rating}>")
            value, _, best = fact.object.partition("/")
            self.add(rating, SDO + "ratingValue", literal(value))
            if best:
                self.add(rating, SDO + "bestRating", literal(best))
            self._evidence(subj, SDO + "reviewRating", rating, f"<{rating}>", ev)
        elif p == "contentRating":
            lit = literal(fact.object)
            self.add(subj, SDO + "contentRating", lit)
            self._evidence(subj, SDO + "contentRating", fact.object, lit, ev)

    # ------------------------------------------------------------------ evidence
    def _evidence(self, s: str, p: str, o_value: str, o_nt: str, ev: Mention | Fact) -> None:
        """``o_value`` is what str() of the rdflib term gives (the IRI or the lexical form)."""
        st = str(iris.evidence_iri(self.ident, s, p, o_value, ev.start, ev.end))
        if st in self.statements:
            return
        self.statements.add(st)
        named, tail, st_nt = self.named, self.tail, f"<{st}>"
        named[f"{st_nt} {_A} {_STATEMENT}{tail}"] = None
        named[f"{st_nt} {_R_SUBJECT} <{s}>{tail}"] = None
        named[f"{st_nt} {_R_PREDICATE} <{p}>{tail}"] = None
        named[f"{st_nt} {_R_OBJECT} {o_nt}{tail}"] = None
        named[f"{st_nt} {_FKV_REVIEW} {self.review_nt}{tail}"] = None
        named[f"{st_nt} {_DERIVED} {self.review_nt}{tail}"] = None
        named[f'{st_nt} {_BEGIN} "{ev.start}"{_INTEGER}{tail}'] = None
        named[f'{st_nt} {_END} "{ev.end}"{_INTEGER}{tail}'] = None
        named[f"{st_nt} {_ANCHOR} {literal(self.text[ev.start : ev.end])}{tail}"] = None
        named[f"{st_nt} {_EXTRACTOR} {literal(ev.rule)}{tail}"] = None
        named[f"{st_nt} {_CONFIDENCE} {_confidence(ev.confidence)}{tail}"] = None


def review_nquads(ex: Extraction, store_text: bool = True) -> str:
    """The review's named graph as N-Quads, then its identity links as default-graph triples."""
    return _ReviewWriter(ex, store_text).run()


__all__ = ["review_nquads", "literal", "entity_iri"]
