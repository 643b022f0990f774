"""One node per real entity: the same IRIs run after run, review by review or all together.

IRIs are minted from normalised names (and a film's year) in graph/iris.py; the linker gives a
linked film IMDb's year when the text has none, so "Leaving Las Vegas" in a magazine review and
"Leaving Las Vegas (1995)" on an archive page are one node. Same-titled films of different
years stay two nodes. Each merge carries its evidence: the sameAs statement's method and
confidence.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from filmkg.core.records import Extraction, Fact, Review
from filmkg.graph.build import ReviewGraphBuilder
from filmkg.graph.iris import entity_iri
from filmkg.linking.imdb_kb import load_kb
from filmkg.linking.imdb_link import link_extraction

FKID = "https://w3id.org/filmkg/id/"


def archive_review() -> Extraction:
    """Like archive page 4335: Leaving Las Vegas (1995), linked by the page itself."""
    ex = Extraction(Review("4335", "", "test", title="Leaving Las Vegas", year=1995, imdb_id="tt0113627"))
    film = ex.entity("film", "Leaving Las Vegas", 1995)
    ex.reviewed_film = film.key
    for name in ("Nicolas Cage", "Elisabeth Shue", "Mike Figgis"):
        ex.facts.append(Fact(film.key, "actor", ex.entity("person", name).key, 0, 1, "test", 0.9))
    return ex


def magazine_review() -> Extraction:
    """Like the People review: no year, no IMDb id; Cage also named by surname alone."""
    ex = Extraction(Review("people-1995-leaving-las-vegas", "", "test", date="1995-11-06"))
    film = ex.entity("film", "LEAVING LAS VEGAS")
    ex.reviewed_film = film.key
    for name in ("Nicolas Cage", "Cage", "Elisabeth Shue"):
        ex.entity("person", name)
    ex.entity("film", "The Karate Kid")
    return ex


def remake_reviews() -> list[Extraction]:
    out = []
    for ident, year in (("f1931", 1931), ("f1994", 1994)):
        ex = Extraction(Review(ident, "", "test", year=year))
        ex.reviewed_film = ex.entity("film", "Frankenstein", year).key
        out.append(ex)
    return out


def graph_of(ex: Extraction):
    """The review's triples with its links (wherever the builder stores them)."""
    builder = ReviewGraphBuilder(ex)
    g = builder.build()
    links = getattr(builder, "links", None)
    return g + links if links is not None else g


def iris(ex: Extraction) -> dict[str, str]:
    return {f"{e.kind}:{e.name}": str(entity_iri(e)) for e in ex.entities.values()}


@pytest.fixture(scope="module")
def kb():
    return load_kb(None)


def linked(make, kb) -> Extraction:
    ex = make()
    link_extraction(ex, kb)
    return ex


def test_same_inputs_twice_give_the_same_graph(kb):
    for make in (archive_review, magazine_review):
        a, b = linked(make, kb), linked(make, kb)
        assert iris(a) == iris(b)
        assert set(graph_of(a)) == set(graph_of(b))


def test_one_film_node_across_reviews_with_and_without_a_year(kb):
    a, b = linked(archive_review, kb), linked(magazine_review, kb)
    film_a, film_b = a.entities[a.reviewed_film], b.entities[b.reviewed_film]
    assert str(entity_iri(film_a)) == str(entity_iri(film_b)) == FKID + "film/leaving-las-vegas-1995"
    assert film_a.links["imdb"].target == film_b.links["imdb"].target == "tt0113627"
    # different evidence for the same merge, each recorded with its link
    assert (film_a.links["imdb"].method, film_b.links["imdb"].method) == ("archive-page-link", "title+principals")
    assert iris(a)["person:Nicolas Cage"] == iris(b)["person:Nicolas Cage"] == FKID + "person/nicolas-cage"
    assert b.entities["person:cage"].links["imdb"].target == "nm0000115"


def test_a_then_b_equals_a_and_b_together(kb):
    """Linking is per review: B does not change A's IRIs or links, whatever comes with it."""
    alone = {make.__name__: graph_of(linked(make, kb)) for make in (archive_review, magazine_review)}
    together = [linked(make, kb) for make in (archive_review, magazine_review)]
    for ex, make in zip(together, (archive_review, magazine_review), strict=True):
        assert set(graph_of(ex)) == set(alone[make.__name__])
    nodes = lambda g: {str(s) for s, _, _ in g if str(s).startswith((FKID + "film/", FKID + "person/"))}  # noqa: E731
    shared = nodes(alone["archive_review"]) & nodes(alone["magazine_review"])
    assert shared >= {FKID + "film/leaving-las-vegas-1995", FKID + "person/nicolas-cage",
                      FKID + "person/elisabeth-shue"}


def test_remakes_stay_two_nodes(kb):
    a, b = remake_reviews()
    for ex in (a, b):
        link_extraction(ex, kb)
    fa, fb = a.entities[a.reviewed_film], b.entities[b.reviewed_film]
    assert entity_iri(fa) != entity_iri(fb)
    assert (fa.links["imdb"].target, fb.links["imdb"].target) == ("tt0021884", "tt0109836")


def test_build_pipeline_a_then_b_equals_a_plus_b(tmp_path, extractor):
    """The real build: two reviews built apart and together give the same named graphs."""
    import pyoxigraph as ox

    from filmkg.build import BuildOptions, build

    a = tmp_path / "in" / "a.txt"
    b = tmp_path / "in" / "b.txt"
    a.parent.mkdir()
    a.write_text("November 06, 1995\n\nLeaving Las Vegas is a raw and wrenching trip. Nicolas Cage plays an "
                 "alcoholic screenwriter; Elisabeth Shue, a revelation after The Karate Kid, is the prostitute. "
                 "Cage has never been better.\n", encoding="utf-8")
    b.write_text("March 01, 1996\n\nNicolas Cage followed Leaving Las Vegas with The Rock, in which Sean Connery "
                 "and Ed Harris also star. Cage is a chemist.\n", encoding="utf-8")

    def quads(inputs: list[Path], out: Path) -> dict[str, set]:
        report = build(inputs, out, BuildOptions(formats=("trig",), resume=False), extractor=extractor)
        store = ox.Store()
        store.load(path=str(report.files["trig"]), format=ox.RdfFormat.TRIG)
        by_graph: dict[str, set] = {}
        for q in store:
            by_graph.setdefault(str(q.graph_name), set()).add((q.subject.value, q.predicate.value, str(q.object)))
        return by_graph

    qa, qb, qab = quads([a], tmp_path / "a"), quads([b], tmp_path / "b"), quads([a, b], tmp_path / "ab")
    twice = quads([a, b], tmp_path / "ab2")
    assert qab == twice
    for part in (qa, qb):
        for graph, triples in part.items():
            if graph == "DEFAULT":  # identity links of all reviews
                assert triples <= qab[graph]
            else:  # a review's own graph is the same built alone or with others
                assert triples == qab[graph], graph
    entity = lambda q: {s for t in q.values() for s, _, _ in t if s.startswith(FKID + "person/")}  # noqa: E731
    assert entity(qa) & entity(qb) >= {FKID + "person/nicolas-cage"}
    assert entity(qa) | entity(qb) == entity(qab)
