"""The direct N-Quads writer (graph/nquads.py) against the rdflib oracle (graph/build.py).

The build writes parts with the direct writer; the rdflib ReviewGraphBuilder stays the
reference. Both must give the same quads, term for term and byte for byte per line.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import BNode, Literal, URIRef

from filmkg.build import BuildOptions, _Linker
from filmkg.core.records import Entity, Extraction, Fact, Link, Mention, Review
from filmkg.graph import nquads as nq
from filmkg.graph import vocab
from filmkg.graph.build import review_graphs
from filmkg.graph.nquads import review_nquads
from filmkg.readers.sources import iter_raw, parse

from .conftest import EXAMPLES

NASTY = [
    'say "hi"', "back\\slash", "a\\\"b", "line\nbreak", "cr\rlf\r\n", "form\x0cfeed", "tab\tstop",
    "sep\u2028line\u2029para", "nul\x00bell\x07esc\x1b\x1f\x7f", "non-BMP \U0001F3AC \U00010348",
    "trailing backslash\\", "'single' <angle> {brace} ^caret `tick` |pipe|", "\u00e9t\u00e9 Bj\u00f6rk",
    " ", "", "\\u0041 not an escape", "\\n not a newline", "end quote\"",
]


def oracle_lines(ex: Extraction, store_text: bool) -> set[str]:
    """What the build wrote before: rdflib's N-Triples of each graph, the named one labelled."""
    g, links = review_graphs(ex, store_text=store_text)
    out = set()
    for graph, label in ((g, f" <{g.identifier}> .\n"), (links, " .\n")):
        # split on "\n" only: str.splitlines() also breaks at \x0c, \x1c or \u2028 inside a literal
        for line in graph.serialize(format="nt", encoding="utf-8").decode("utf-8").split("\n"):
            if line.strip():
                out.add(line[:-1].rstrip() + label)
    return out


def _ox(term) -> ox.NamedNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)) if term.datatype else None)
    raise AssertionError(f"unexpected term {term!r}")  # the model mints no blank nodes


def oracle_quads(ex: Extraction, store_text: bool) -> set[ox.Quad]:
    """The rdflib graphs' terms, converted one by one (no serialiser involved)."""
    g, links = review_graphs(ex, store_text=store_text)
    name = ox.NamedNode(str(g.identifier))
    quads = {ox.Quad(*map(_ox, t), name) for t in g}
    quads |= {ox.Quad(*map(_ox, t), ox.DefaultGraph()) for t in links}
    assert not any(isinstance(x, BNode) for t in g for x in t)
    return quads


def assert_same(ex: Extraction, store_text: bool = True) -> str:
    text = review_nquads(ex, store_text=store_text)
    lines = text.split("\n")
    assert lines[-1] == ""
    mine = [line + "\n" for line in lines[:-1]]
    assert len(mine) == len(set(mine)), "a quad written twice"
    assert set(mine) == oracle_lines(ex, store_text)
    parsed = set(ox.parse(text.encode("utf-8"), ox.RdfFormat.N_QUADS))
    assert parsed == oracle_quads(ex, store_text)
    return text


@pytest.fixture(scope="module")
def demo_extractions(extractor) -> list[Extraction]:
    linker = _Linker(BuildOptions())
    out = []
    for raw in iter_raw([EXAMPLES]):
        ex = extractor.extract(parse(raw))
        linker.link(ex)
        out.append(ex)
    return out


def test_demo_reviews_identical_to_rdflib(demo_extractions):
    assert len(demo_extractions) == 7
    total = 0
    for ex in demo_extractions:
        for store_text in (True, False):
            total += assert_same(ex, store_text).count("\n")
    assert total > 2000
    # the demo exercises links (default graph), evidence and every literal datatype
    everything = "".join(review_nquads(ex) for ex in demo_extractions)
    for needle in ("/XMLSchema#integer>", "/XMLSchema#decimal>", "/XMLSchema#gYear>", "schema.org/sameAs"):
        assert needle in everything


def _nasty_extraction(s: str, i: int) -> Extraction:
    text = f"Review of {s} by {s}. Cast: {s} as {s}.  \n  ok"
    n = len(s)
    review = Review(identifier=f"nasty-{i} {s[:3]}", text=text, source="x.html", url=f"http://ex.org/{i}?q={s}",
                    date="1995-03-12")
    ex = Extraction(review)

    def m(kind: str, name: str, start: int, end: int, rule: str, conf: float) -> Mention:
        return Mention(kind, name, start, end, rule, conf)

    film = ex.entity("film", f"Film {s}", 1995)
    film.mentions += [m("film", film.name, 10, 10 + n, f"extractor {s}", 0.1 + 0.2),
                      m("film", film.name, 10, 10 + n, "x", 1.0),
                      m("film", film.name, len(text) - 6, len(text) - 4, "ws", 0.5)]
    film.alternate_names |= {s, f"alt {s}"}
    film.links["imdb"] = Link(f"tt{i:07d}", f"method {s}", 0.123456)
    film.links["wikidata"] = Link(f"Q{i}", s, 1e-5)
    person = ex.entity("person", f"{s} Person" if s.strip() else "Bob Smith")
    person.mentions.append(m("person", person.name, 14 + n, 14 + 2 * n, "ner", 0.95))
    person.links["imdb"] = Link(f"nm{i:07d}", "kb", 0.999)
    work = ex.entity("work", f"{s}!!!")
    work.alternate_names.add("novel")
    odd = ex.entity("person", "!!!")  # slug() gives "unnamed"
    ex.reviewed_film = film.key

    def f(subj: str, pred: str, obj: str, whole: bool = True, **kw) -> Fact:
        start, end, rule, conf = (0, len(text), "rule", 0.75) if whole else (10, 10 + n, f"extractor {s}", 0.3)
        return Fact(subj, pred, obj, start, end, rule, conf, **kw)

    ex.facts += [
        f(film.key, "actor", person.key), f(film.key, "director", odd.key),
        f(film.key, "character", person.key, character=s, description=f"{s} desc"),
        f(film.key, "character", odd.key, character=s),
        f(film.key, "character", odd.key, description=s, whole=False),
        f(film.key, "source_author", person.key), f(film.key, "source_author", odd.key, whole=False),
        f("review", "itemReviewed", film.key), f("review", "author", person.key),
        f("review", "datePublished", "1995-03-12"), f("review", "datePublished", "1995-02-30", whole=False),
        f("review", "datePublished", "1995-03-12Z", whole=False),
        f("review", "datePublished", "1995-03-12+02:00", whole=False),
        f("review", "rating", f"3/{s}"), f("review", "rating", s, whole=False),
        f("review", "contentRating", s), f("review", "unknown", s),
        f("nobody", "actor", person.key), f(film.key, "editor", "nobody"),
    ]
    return ex


@pytest.mark.parametrize("i", range(len(NASTY)))
def test_nasty_strings_identical_to_rdflib(i):
    text = assert_same(_nasty_extraction(NASTY[i], i))
    if NASTY[i] not in ("", " "):
        assert "\n" not in text.replace(" .\n", "")  # every line break inside a literal is escaped


def test_lone_surrogate_fails_both_ways():
    ex = _nasty_extraction("bad \udc80 byte", 99)
    with pytest.raises(UnicodeEncodeError):
        oracle_lines(ex, True)
    with pytest.raises(UnicodeEncodeError):
        review_nquads(ex)


def test_invalid_link_iri_fails_both_ways():
    ex = _nasty_extraction("x", 98)
    ex.entities[ex.reviewed_film].links["imdb"] = Link("tt 1>", "kb", 1.0)
    with pytest.raises(Exception, match="valid URI"):
        oracle_lines(ex, True)
    with pytest.raises(ValueError, match="valid URI"):
        review_nquads(ex)


def test_namespaces_agree_with_vocab():
    from rdflib.namespace import OWL, PROV, RDF, SDO, XSD

    assert (nq.SDO, nq.RDF, nq.XSD, nq.OWL, nq.PROV) == tuple(map(str, (SDO, RDF, XSD, OWL, PROV)))
    assert (nq.FKV, nq.NIF) == tuple(map(str, (vocab.FKV, vocab.NIF)))
    assert nq.ROLE_PREDICATES == {k: str(v) for k, v in vocab.ROLE_PREDICATES.items()}
    assert set(vocab.ROLE_PREDICATES) == set(nq.ROLE_PREDICATES)


def test_entity_kinds_cover_the_model():
    from filmkg.graph.build import _SCHEMA_TYPE

    assert {k: str(v) for k, v in _SCHEMA_TYPE.items()} == nq._SCHEMA_TYPE
    assert nq.entity_iri(Entity("film", "The Hitcher", 1986)).endswith("/film/hitcher-1986")
