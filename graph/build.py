"""Facts to RDF: one self-contained rdflib Graph per review, every fact with its evidence.

Evidence design (README "Evidence"): each supported triple gets a statement node,
``rdf:Statement`` with ``rdf:subject/predicate/object``, the review (``fkv:review``, also as ``prov:wasDerivedFrom``),
the span as NIF offsets (``nif:beginIndex``/``nif:endIndex``) and text (``nif:anchorOf``),
the extractor (``fkv:extractor``) and a confidence (``fkv:confidence``). External links
use the same node shape with ``fkv:method`` in place of a span.
"""

from __future__ import annotations

from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, SDO, XSD

from filmkg.core.records import Entity, Extraction, Fact, Link, Mention
from filmkg.graph.iris import (
    entity_iri,
    evidence_iri,
    imdb_iri,
    rating_iri,
    review_graph_iri,
    review_iri,
    role_iri,
    source_work_iri,
    wikidata_iri,
)
from filmkg.graph.vocab import FKV, NIF, PREFIXES, ROLE_PREDICATES

_SCHEMA_TYPE = {"film": SDO.Movie, "person": SDO.Person, "work": SDO.CreativeWork}


class ReviewGraphBuilder:
    """Builds the named graph of one review. Use :func:`review_graph`."""

    def __init__(self, ex: Extraction, store_text: bool = True) -> None:
        self.ex = ex
        self.text = ex.review.text
        self.review = review_iri(ex.review.identifier)
        self.g = Graph(identifier=review_graph_iri(ex.review.identifier))
        for p, ns in PREFIXES.items():
            self.g.bind(p, ns)
        self.store_text = store_text
        self.iris: dict[str, URIRef] = {}
        #: Identity links to IMDb and Wikidata come from the KB, not from the review's text,
        #: so they go to the dataset's default graph (see README "Links").
        self.links = Graph()
        for p, ns in PREFIXES.items():
            self.links.bind(p, ns)

    def build(self) -> Graph:
        ex, g, review = self.ex, self.g, self.review
        g.add((review, RDF.type, SDO.Review))
        g.add((review, SDO.identifier, Literal(ex.review.identifier)))
        if ex.review.url:
            g.add((review, SDO.url, Literal(ex.review.url, datatype=XSD.anyURI)))
        if self.store_text:
            g.add((review, SDO.text, Literal(self.text)))
        for key, ent in ex.entities.items():
            self._entity(key, ent)
        for fact in ex.facts:
            self._fact(fact)
        return g

    # ------------------------------------------------------------------ entities
    def _entity(self, key: str, ent: Entity) -> None:
        g = self.g
        node = self.iris[key] = entity_iri(ent)
        g.add((node, RDF.type, _SCHEMA_TYPE[ent.kind]))
        if ent.kind == "work" and "novel" in ent.alternate_names:
            g.add((node, RDF.type, SDO.Book))
        if ent.name:
            g.add((node, SDO.name, Literal(ent.name)))
        seen_forms: set[str] = set()
        for ev in ent.mentions:
            form = " ".join(self.text[ev.start : ev.end].split())
            if form in seen_forms:
                continue
            seen_forms.add(form)
            pred = SDO.name if form == ent.name else SDO.alternateName
            if pred == SDO.alternateName and form.strip():
                g.add((node, SDO.alternateName, Literal(form)))
            self._evidence(node, pred, Literal(form if pred == SDO.alternateName else ent.name), ev)
        for alt in ent.alternate_names:
            if ent.kind != "work" and alt != ent.name and alt not in seen_forms:
                g.add((node, SDO.alternateName, Literal(alt)))
        if ent.year and ent.kind == "film":
            g.add((node, SDO.datePublished, Literal(str(ent.year), datatype=XSD.gYear)))
        if ent.kind in ("film", "person") and ent.mentions:
            g.add((self.review, SDO.mentions, node))
            self._evidence(self.review, SDO.mentions, node, ent.mentions[0])
        for kind, link in ent.links.items():
            self._link(node, ent.kind, kind, link)

    def _link(self, node: URIRef, entity_kind: str, kind: str, link: Link) -> None:
        if kind == "imdb":
            target, pred = imdb_iri(link.target), SDO.sameAs
        elif kind == "wikidata":
            target, pred = wikidata_iri(link.target), OWL.sameAs
        else:
            return
        lg = self.links
        lg.add((node, pred, target))
        st = evidence_iri(self.ex.review.identifier, node, pred, target)
        self._statement(st, node, pred, target, lg)
        lg.add((st, FKV.method, Literal(link.method)))
        lg.add((st, FKV.confidence, Literal(Decimal(str(round(link.confidence, 3))))))

    # ------------------------------------------------------------------ facts
    def _fact(self, fact: Fact) -> None:
        g = self.g
        subj = self.review if fact.subject == "review" else self.iris.get(fact.subject)
        if subj is None:
            return
        p = fact.predicate
        if p in ROLE_PREDICATES:
            obj = self.iris.get(fact.object)
            if obj is None:
                return
            g.add((subj, ROLE_PREDICATES[p], obj))
            self._evidence(subj, ROLE_PREDICATES[p], obj, fact)
        elif p == "source_author":
            # object = person key; the work itself is not named by the review
            person = self.iris.get(fact.object)
            if person is None:
                return
            work = source_work_iri(subj)
            g.add((work, RDF.type, SDO.CreativeWork))
            g.add((subj, SDO.isBasedOn, work))
            g.add((work, SDO.author, person))
            self._evidence(subj, SDO.isBasedOn, work, fact)
            self._evidence(work, SDO.author, person, fact)
        elif p == "character":
            person = self.iris.get(fact.object)
            if person is None:
                return
            role = role_iri(subj, person)
            g.add((role, RDF.type, SDO.PerformanceRole))
            g.add((subj, FKV.performance, role))
            g.add((role, SDO.actor, person))
            name, desc = fact.character, fact.description
            if name:
                g.add((role, SDO.characterName, Literal(name)))
                self._evidence(role, SDO.characterName, Literal(name), fact)
            if desc:
                g.add((role, SDO.description, Literal(desc)))
                self._evidence(role, SDO.description, Literal(desc), fact)
            self._evidence(subj, FKV.performance, role, fact)
        elif p == "itemReviewed" or p == "author":
            obj = self.iris.get(fact.object)
            if obj is None:
                return
            pred = SDO.itemReviewed if p == "itemReviewed" else SDO.author
            g.add((subj, pred, obj))
            self._evidence(subj, pred, obj, fact)
        elif p == "datePublished":
            lit = Literal(fact.object, datatype=XSD.date)
            g.add((subj, SDO.datePublished, lit))
            self._evidence(subj, SDO.datePublished, lit, fact)
        elif p == "rating":
            rating = rating_iri(self.review)
            g.add((rating, RDF.type, SDO.Rating))
            g.add((subj, SDO.reviewRating, rating))
            value, _, best = fact.object.partition("/")
            g.add((rating, SDO.ratingValue, Literal(value)))
            if best:
                g.add((rating, SDO.bestRating, Literal(best)))
            self._evidence(subj, SDO.reviewRating, rating, fact)
        elif p == "contentRating":
            lit = Literal(fact.object)
            g.add((subj, SDO.contentRating, lit))
            self._evidence(subj, SDO.contentRating, lit, fact)

    # ------------------------------------------------------------------ evidence
    def _statement(self, st: URIRef, s, p, o, g: Graph | None = None) -> None:
        g = self.g if g is None else g
        g.add((st, RDF.type, RDF.Statement))
        g.add((st, RDF.subject, s))
        g.add((st, RDF.predicate, p))
        g.add((st, RDF.object, o))
        g.add((st, FKV.review, self.review))
        g.add((st, PROV.wasDerivedFrom, self.review))

    def _evidence(self, s, p, o, ev: Mention | Fact) -> None:
        g = self.g
        st = evidence_iri(self.ex.review.identifier, s, p, o, ev.start, ev.end)
        if (st, RDF.type, RDF.Statement) in g:
            return
        self._statement(st, s, p, o)
        g.add((st, NIF.beginIndex, Literal(ev.start)))
        g.add((st, NIF.endIndex, Literal(ev.end)))
        g.add((st, NIF.anchorOf, Literal(self.text[ev.start : ev.end])))
        g.add((st, FKV.extractor, Literal(ev.rule)))
        g.add((st, FKV.confidence, Literal(Decimal(str(round(ev.confidence, 3))))))


def review_graph(ex: Extraction, store_text: bool = True) -> Graph:
    """The named graph of one review (its identifier is the graph's name)."""
    return ReviewGraphBuilder(ex, store_text=store_text).build()


def review_graphs(ex: Extraction, store_text: bool = True) -> tuple[Graph, Graph]:
    """The review's named graph and its identity links (for the default graph)."""
    builder = ReviewGraphBuilder(ex, store_text=store_text)
    return builder.build(), builder.links


__all__ = ["review_graph", "review_graphs", "ReviewGraphBuilder"]
