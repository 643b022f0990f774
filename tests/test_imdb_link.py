"""Linking one review's films and people to IMDb (linking/imdb_link.py), on the bundled subset.

Names and ids are real (Nicolas Cage nm0000115, Leaving Las Vegas tt0113627...); the
reviews are small Extractions made by hand, as an extractor would hand them over.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from filmkg.core.records import Critic, Extraction, Fact, Link, Review
from filmkg.graph.iris import entity_iri
from filmkg.linking.imdb_kb import load_kb
from filmkg.linking.imdb_link import CONFIDENCE, link_extraction, reference_year, tconst_era

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def kb():
    return load_kb(None)


def make(films=(), people=(), reviewed=None, identifier="t", **review) -> Extraction:
    """An Extraction with these films ("Title" or ("Title", year)) and people."""
    ex = Extraction(Review(identifier, review.pop("text", ""), "test", **review))
    for f in films:
        name, year = f if isinstance(f, tuple) else (f, None)
        ent = ex.entity("film", name, year)
        if name == reviewed:
            ex.reviewed_film = ent.key
    for p in people:
        ex.entity("person", p)
    return ex


def link(ex: Extraction, name: str, kind: str = "film") -> Link | None:
    ents = [e for e in ex.entities.values() if e.kind == kind and e.name == name]
    assert len(ents) == 1, name
    return ents[0].links.get("imdb")


def test_plain_text_review_links_by_title_and_principals(kb):
    ex = make(films=["Leaving Las Vegas", "Pretty Woman", "The Karate Kid", "Cocktail", "Internal Affairs"],
              people=["Nicolas Cage", "Cage", "Elisabeth Shue", "Mike Figgis", "Julian Lennon"],
              reviewed="Leaving Las Vegas", date="1995-11-06", identifier="people-1995-leaving-las-vegas")
    link_extraction(ex, kb)
    llv = link(ex, "Leaving Las Vegas")
    assert llv == Link("tt0113627", "title+principals", CONFIDENCE["title+principals"])
    assert link(ex, "Nicolas Cage", "person") == Link("nm0000115", "name+principals", 0.97)
    assert link(ex, "Cage", "person") == Link("nm0000115", "surname+same-review", 0.9)
    assert link(ex, "Elisabeth Shue", "person").target == "nm0000223"
    assert link(ex, "Mike Figgis", "person").target == "nm0001214"
    assert link(ex, "Pretty Woman").target == "tt0100405"
    assert link(ex, "The Karate Kid").target == "tt0087538"
    # not in the KB: no link rather than a wrong one
    assert link(ex, "Cocktail") is None
    assert link(ex, "Internal Affairs") is None
    assert link(ex, "Julian Lennon", "person") is None
    # the year comes from IMDb, so the IRI is the one a review giving "(1995)" mints
    film = ex.entities[ex.reviewed_film]
    assert film.year == 1995
    assert str(entity_iri(film)) == "https://w3id.org/filmkg/id/film/leaving-las-vegas-1995"


def test_archive_page_link_for_the_reviewed_film(kb):
    ex = make(films=[("The Daytrippers", 1996), "Daytrippers, The", "Red"], reviewed="The Daytrippers",
              people=["Stanley Tucci", "Krzysztof Kieslowski"], imdb_id="tt0116041", year=1996,
              title="The Daytrippers")
    link_extraction(ex, kb)
    assert link(ex, "The Daytrippers") == Link("tt0116041", "archive-page-link", 1.0)
    assert link(ex, "Daytrippers, The") == Link("tt0116041", "archive-page-link", 1.0)
    # RED (2010) is the only "Red" in the subset, but 14 years later than anything in this review
    assert link(ex, "Red") is None
    assert link(ex, "Stanley Tucci", "person") == Link("nm0001804", "name+principals", 0.97)


def test_remakes_of_the_same_title_stay_apart(kb):
    ex = make(films=[("Frankenstein", 1931), ("Frankenstein", 1994), ("Frankenstein", 1910)])
    link_extraction(ex, kb)
    by_year = {e.year: e for e in ex.entities.values()}
    assert {y: e.links["imdb"].target for y, e in by_year.items()} == {
        1931: "tt0021884", 1994: "tt0109836", 1910: "tt0001223"}
    assert all(e.links["imdb"].method == "title+year" for e in by_year.values())
    assert len({entity_iri(e) for e in by_year.values()}) == 3


def test_ambiguous_title_without_year_is_left_unlinked_or_linked_weakly(kb):
    ex = make(films=["Frankenstein"])
    link_extraction(ex, kb)
    assert link(ex, "Frankenstein") is None
    link_extraction(ex, kb, min_confidence=0.0)
    weak = link(ex, "Frankenstein")
    assert weak.method == "title+popularity" and weak.confidence < 0.5
    assert ex.entities["film:frankenstein"].year is None  # a weak link does not set the year


def test_people_of_the_review_pick_the_film(kb):
    # two Fargos in the KB; Buscemi is in the principals of the 1996 one
    ex = make(films=["Fargo"], people=["Steve Buscemi"], year=1998)
    link_extraction(ex, kb)
    assert link(ex, "Fargo") == Link("tt0116282", "title+principals", 0.9)
    assert ex.entities["film:fargo"].year == 1996


def test_a_later_film_of_the_same_title_is_not_the_one_meant(kb):
    ex = make(films=[("Tarzan", 1999), "Hercules"], reviewed="Tarzan", year=1999, imdb_id="tt0120855")
    link_extraction(ex, kb)
    assert link(ex, "Hercules").target == "tt0119282"  # 1997, not 2014


def test_homonyms_are_told_apart_by_the_films_of_the_review(kb):
    zodiac = make(films=[("Zodiac", 2007)], people=["Anthony Edwards"])
    hustle = make(films=["Hustle"], people=["Anthony Edwards"])
    alone = make(people=["Anthony Edwards"])
    for ex in (zodiac, hustle, alone):
        link_extraction(ex, kb)
    assert link(zodiac, "Anthony Edwards", "person") == Link("nm0000381", "name+principals", 0.97)
    assert link(hustle, "Anthony Edwards", "person").target == "nm10094555"
    assert link(alone, "Anthony Edwards", "person") is None
    link_extraction(alone, kb, min_confidence=0.0)
    weak = link(alone, "Anthony Edwards", "person")
    assert weak.method == "name+popularity" and weak.confidence < 0.5


def test_surname_only_when_the_review_makes_it_unambiguous(kb):
    ex = make(films=[("Fargo", 1996)], people=["Stormare", "Penn", "Peter Storemare"])
    link_extraction(ex, kb)
    assert link(ex, "Stormare", "person") == Link("nm0001780", "surname+principals", 0.85)
    assert link(ex, "Peter Storemare", "person") == Link("nm0001780", "fuzzy-name+principals", 0.85)
    assert link(ex, "Penn", "person") is None  # Sean, Chris and Kal Penn are in the KB, none in Fargo


def test_small_spelling_variants(kb):
    ex = make(people=["Jennifer Gray", "Bodil Jorgensen", "Lars Von Trier", "Willem DaFoe"])
    link_extraction(ex, kb)
    assert link(ex, "Jennifer Gray", "person") == Link("nm0000426", "fuzzy-name", 0.6)
    assert link(ex, "Bodil Jorgensen", "person").target == "nm0433697"
    assert link(ex, "Lars Von Trier", "person").target == "nm0001885"
    assert link(ex, "Willem DaFoe", "person").target == "nm0000353"


def test_the_critic_is_not_linked_by_name_alone(kb):
    ex = make(people=["Steve Martin"], critic="Steve Martin")
    ex.facts.append(Fact("review", "author", "person:steve martin", 0, 0, "test", 1.0))
    link_extraction(ex, kb)
    assert link(ex, "Steve Martin", "person") is None
    other = make(people=["Steve Martin"])
    link_extraction(other, kb)
    assert link(other, "Steve Martin", "person") == Link("nm0000188", "name-unique", 0.85)


def test_threshold_and_existing_links(kb):
    ex = make(films=[("City Hall", 1996), "Pretty Woman"], reviewed="City Hall", imdb_id="tt0115907",
              people=["Al Pacino"])
    ex.entities["person:al pacino"].links["imdb"] = Link("nm0000199", "given", 0.5)
    link_extraction(ex, kb, min_confidence=0.9)
    assert link(ex, "City Hall").method == "archive-page-link"
    assert link(ex, "Pretty Woman") is None  # title-unique, 0.8
    assert link(ex, "Al Pacino", "person") == Link("nm0000199", "given", 0.5)  # kept as it was


def test_reference_year_and_id_era():
    ex = make(text="A 1993 remake of the 1939 classic.", year=1992, date=None)
    assert reference_year(ex) == 1993
    assert tconst_era("tt0116282") is None
    assert tconst_era("tt2802850") == 2011
    assert tconst_era("tt31648020") == 2024


def _score_links():
    spec = importlib.util.spec_from_file_location("score_links", ROOT / "benchmarks" / "score_links.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # its dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def test_link_gold_precision_and_recall_on_gold_names(kb):
    """The linker on the hand-made gold names of the 21 dev reviews (score_links.py --from-gold)."""
    sl = _score_links()
    exs = sl.gold_extractions()
    for ex in exs:
        link_extraction(ex, kb)
    res = sl.score(sl.read_gold(sl.GOLD), sl.nodes_from_extractions(exs))
    assert res["film"]["gold_rows"] + res["person"]["gold_rows"] >= 150
    for kind in ("film", "person"):
        assert res[kind]["precision"] >= 0.95, (kind, res[kind], res["errors"])
        assert res[kind]["recall"] >= 0.85, (kind, res[kind], res["errors"])


def test_sqlite_index_links_exactly_like_memory(kb, tmp_path):
    """The store for the full dumps gives the same links as the in-memory one."""
    from filmkg.linking.imdb_kb import SqliteKB, bundled_kb_dir, index_imdb

    lite = SqliteKB(index_imdb(bundled_kb_dir(), tmp_path / "subset.sqlite"))
    sl = _score_links()
    results = []
    for store in (kb, lite):
        exs = sl.gold_extractions()
        for ex in exs:
            link_extraction(ex, store)
        results.append({(ex.review.identifier, k): e.links.get("imdb") for ex in exs for k, e in ex.entities.items()})
    assert results[0] == results[1]
    assert sum(v is not None for v in results[0].values()) > 200


def test_a_byline_name_in_the_critic_record_is_not_linked_by_name_alone(kb):
    ex = make(people=["Steve Martin"])
    ex.critic = Critic(("Steve Martin",), ((0, 12),))
    link_extraction(ex, kb)
    assert link(ex, "Steve Martin", "person") is None
