"""The film-relation classifier (extractors/film_relations.py) as shipped: never retrained here."""

from __future__ import annotations

from filmkg.extractors import film_relations, models
from tests.extractors.conftest import credits_of, review_context


def _named(*names: str) -> list[tuple[str, str]]:
    return [(n, n) for n in names]


def test_packaged_classifier_is_small_and_knows_the_roles():
    nlp = film_relations.load_classifier()
    assert nlp.pipe_names == ["textcat_multilabel"]
    assert {"actor", "director"} <= set(nlp.get_pipe("textcat_multilabel").labels)
    assert sum(f.stat().st_size for f in models.RELATIONS_DIR.rglob("*") if f.is_file()) < 10_000_000


def test_pair_text_hides_the_pair_and_tells_the_other_names_apart():
    ctx = review_context("Ann Lee, whom Bo Dean cast in DELTA, carries GAMMA.", _named("Ann Lee", "Bo Dean"),
               [("DELTA", "delta"), ("GAMMA", "gamma")])
    ann, bo = ctx.people
    delta = ctx.films[0]
    assert (film_relations.pair_text(ctx, ann, delta, "qqcast")
            == "qqcast qqtarget , whom qqperson cast in qqfilm , carries qqreviewed .")
    assert film_relations.pair_text(ctx, bo, delta).startswith("qqnobody qqperson , whom qqtarget cast")


def test_candidates_are_other_films_in_unhedged_sentences():
    text = "Ann Lee starred in DELTA. Bo Dean was originally cast in EPSILON. Cy Moe carries GAMMA."
    ctx = review_context(text, _named("Ann Lee", "Bo Dean", "Cy Moe"),
                         [("DELTA", "delta"), ("EPSILON", "epsilon"), ("GAMMA", "gamma")])
    ctx.sentences = [(0, 25), (26, 64), (65, len(text))]
    assert [(p.person, f.film) for p, f in film_relations.candidate_pairs(ctx)] == [("Ann Lee", "delta")]


def test_scores_tell_a_director_from_an_actor_and_from_no_tie():
    directed, acted, aside = film_relations.scores([
        "qqdirector qqtarget , whose last film was qqfilm , returns.",
        "qqcast qqtarget was wonderful in qqfilm .",
        "qqnobody the score sounds like qqfilm , but qqtarget does not care.",
    ])
    assert directed["director"] > directed["actor"] and directed["director"] >= film_relations.THRESHOLDS["director"]
    assert acted["actor"] > acted["director"] and acted["actor"] >= film_relations.THRESHOLDS["actor"]
    assert max(aside.values()) < min(film_relations.THRESHOLDS.values())


def test_person_kind_is_what_the_review_credits_on_the_reviewed_film():
    from filmkg.core.records import Fact

    ctx = review_context("Ann Lee and Bo Dean.", _named("Ann Lee", "Bo Dean"))
    credits = [Fact("gamma", "actor", "Ann Lee", 0, 7, "header.cast", 0.9),
               Fact("gamma", "director", "Bo Dean", 12, 19, "header.crew", 0.9),
               Fact("gamma", "actor", "Bo Dean", 12, 19, film_relations.RULE, 0.6)]
    assert film_relations.person_kind(ctx, credits, "Ann Lee") == "qqcast"
    assert film_relations.person_kind(ctx, credits, "Bo Dean") == "qqdirector"
    assert film_relations.person_kind(ctx, credits, "Cy Moe") == "qqnobody"


def test_the_component_credits_a_pair_no_rule_reads_and_leaves_the_crew_alone(extract):
    text = ("GAMMA\n\nDirector: Bo Dean\nCast: Ann Lee, Cy Moe\n\nAnn Lee, so good as the sheriff in HOLLOW "
            "PINES COUNTY, is wasted here as the aunt. Bo Dean, so good as the sheriff in HOLLOW PINES COUNTY, "
            "is wasted too. The aunt is a loner, like Dex Varo in HOLLOW PINES COUNTY.")
    ex = extract(text, "Gamma")
    got = credits_of(ex)
    assert ("Ann Lee", "actor", "Hollow Pines County") in got
    assert any(f.rule == film_relations.RULE for f in ex.facts if f.predicate == "actor")
    # the same phrasing about the review's director gives no acting credit; a name neither the KB nor
    # the review knows (a character of that film, as like as not) gives none either
    assert not {c for c in got if c[0] in {"Bo Dean", "Dex Varo"} and c[2] == "Hollow Pines County"}


def test_a_name_the_archive_credits_only_with_crew_work_is_no_actor_of_another_film(extract, monkeypatch):
    from filmkg.extractors import credits as credit_rules

    text = ("GAMMA\n\nDirector: Bo Dean\nCast: Ann Lee, Cy Moe\n\nAnn Lee, so good as the sheriff in HOLLOW "
            "PINES COUNTY, is wasted here as the aunt.")
    assert ("Ann Lee", "actor", "Hollow Pines County") in credits_of(extract(text, "Gamma"))
    # the archive's headers know Ann Lee from 5 reviews, as a director and a writer, never as a performer
    monkeypatch.setattr(credit_rules, "_career", lambda name: (4, 0, 1, 0, 0) if name == "Ann Lee" else None)
    assert ("Ann Lee", "actor", "Hollow Pines County") not in credits_of(extract(text, "Gamma"))
