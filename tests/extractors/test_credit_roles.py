"""The credit-role classifier (extractors/credit_roles.py) as shipped: never retrained here."""

from __future__ import annotations

import pytest

from filmkg.core.errors import ModelMissingError
from filmkg.core.records import Fact
from filmkg.extractors import credit_roles, film_relations, models
from filmkg.extractors.context import PersonSpan
from tests.extractors.conftest import credits_of, review_context


def test_packaged_classifier_is_small_and_knows_the_roles():
    nlp = credit_roles.load_classifier()
    assert nlp.pipe_names == ["textcat_multilabel"]
    assert {"actor", "director", "screenwriter"} <= set(nlp.get_pipe("textcat_multilabel").labels)
    assert sum(f.stat().st_size for f in models.ROLES_DIR.rglob("*") if f.is_file()) < 10_000_000


def test_mention_text_hides_names_and_tells_the_reviewed_film_from_others():
    ctx = review_context("Ann Lee outshines Bo Dean in GAMMA, as she did in DELTA.",
               [("Ann Lee", "Ann Lee"), ("Bo Dean", "Bo Dean")], [("GAMMA", "gamma"), ("DELTA", "delta")])
    assert (credit_roles.mention_text(ctx, ctx.people[0])
            == "qqtarget outshines qqperson in qqfilm , as she did in qqother .")
    assert credit_roles.mention_text(ctx, ctx.people[1]).startswith("qqperson outshines qqtarget")


def test_long_sentence_is_cut_to_a_window_at_word_boundaries():
    text = "word " * 100 + "Ann Lee smiles. " + "more " * 100
    ctx = review_context(text, [("Ann Lee", "Ann Lee")])
    seen = credit_roles.mention_text(ctx, ctx.people[0])
    assert seen.split()[0] == "word" and seen.split()[-1] == "more"
    assert len(seen) <= 2 * credit_roles.WINDOW + len("qqtarget")


def test_scores_rank_a_performance_over_another_kind_of_mention():
    acting, novel, aside = credit_roles.scores([
        "qqtarget is wonderful as the grieving mother.",
        "the novel by qqtarget was better.",
        "like qqtarget in qqother , he never smiles.",
    ])
    assert acting["actor"] >= credit_roles.THRESHOLDS["actor"]
    assert novel["actor"] < 0.3 and aside["actor"] < 0.3


def test_only_people_the_rules_left_uncredited_are_candidates():
    ctx = review_context("Ann Lee and Bo Dean share the screen.", [("Ann Lee", "Ann Lee"), ("Bo Dean", "Bo Dean")])
    facts = [Fact("gamma", "director", "Ann Lee", 0, 7, "credits.cue_before", 0.8)]
    assert [p.person for p in credit_roles.candidates(ctx, facts)] == ["Bo Dean"]
    ctx.reviewed = None
    assert credit_roles.candidates(ctx, []) == []


def test_one_credit_per_person_from_the_best_mention():
    ctx = review_context("Ann Lee, then Ann Lee again.", [("Ann Lee", "Ann Lee")])
    ctx.people.append(PersonSpan(14, 21, "Ann Lee"))
    found = credit_roles.role_credits(ctx, [(ctx.people[0], {"actor": 0.6}), (ctx.people[1], {"actor": 0.9}),
                                            (ctx.people[1], {"director": 0.2})], {"actor": 0.5, "director": 0.5})
    assert [(f.predicate, f.object, f.start) for f in found] == [("actor", "Ann Lee", 14)]
    assert found[0].rule == credit_roles.RULE and 0.5 < found[0].confidence < 0.7


@pytest.mark.parametrize("text,expected", [
    # a phrasing no prose rule reads: two people sharing the screen
    ("Kathy Bates and Marsha Mason trade barbs with real chemistry, and the film comes alive whenever they share "
     "the screen.", {("Kathy Bates", "actor", "Apollo 13"), ("Marsha Mason", "actor", "Apollo 13")}),
    # people of the world, a novelist, another film's actor: nothing
    ("Even Ken Starr would have doubts about these allegations.", set()),
    ("The novel by Jane Smiley was better.", set()),
    ("Like Marsha Mason in an old comedy, she never smiles.", set()),
])
def test_component_credits_the_reviewed_film(extract, text, expected):
    assert credits_of(extract(text, "Apollo 13")) == expected


def test_no_reviewed_film_no_classifier_credit(extract):
    ex = extract("Kathy Bates and Marsha Mason trade barbs with real chemistry, and the film comes alive whenever "
                 "they share the screen.")
    assert not [f for f in ex.facts if f.rule == credit_roles.RULE]


def test_missing_classifier_is_one_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(credit_roles, "ROLES_DIR", tmp_path / "filmkg_roles")
    with pytest.raises(ModelMissingError, match="filmkg_roles.*train_roles.sh"):
        credit_roles.load_classifier()
    monkeypatch.setattr(film_relations, "RELATIONS_DIR", tmp_path / "filmkg_relations")
    with pytest.raises(ModelMissingError, match="filmkg_relations.*train_relations.sh"):
        film_relations.load_classifier()
