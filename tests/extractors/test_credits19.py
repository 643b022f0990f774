"""Credits, nineteenth pass (credits19): an actor's verdict past adverbs ("X is once again bitingly funny"), a part's
bracket that opens on its verb ("X (who plays the attorney)"), and a name the sentence calls a director ("X is a
special director"). The names are made up, so no header, KB or archive career speaks for them."""

from __future__ import annotations

import pytest

from filmkg.extractors import credits
from tests.extractors.conftest import credits_of, review_context

TITLE = "Gamma"


def found(text: str, person: str, films: list[tuple[str, str]] = ()) -> set[tuple[str, str]]:
    """(role, rule) of ``person``'s credits on the reviewed film (key "gamma") that the prose rules find in the one
    sentence ``text``, its people the made-up full names in it."""
    names = [n for n in ("Maren Quillfeather", "Tobin Aldermere", "Hallam Tusk", "Dorran Vesk") if n in text]
    facts, _ = credits.find_credits(review_context(text, [(n, n) for n in names], films))
    return {(f.predicate, f.rule) for f in facts if f.object == person and f.subject == "gamma"}


def roles(extract, text: str, person: str) -> set[str]:
    """``person``'s roles on the reviewed film of a whole review of GAMMA whose prose is ``text``."""
    ex = extract(f"GAMMA\n\nGAMMA is a thriller set in a port town. {text}", TITLE)
    return {role for who, role, film in credits_of(ex) if who == person and film == TITLE}


@pytest.mark.parametrize("text, person", [
    ("Maren Quillfeather is once again bitingly funny as the landlady.", "Maren Quillfeather"),
    ("Tobin Aldermere was simply wasted in the part of the harbour master.", "Tobin Aldermere"),
    ("Tobin Aldermere is just as good, and the docks look grim.", "Tobin Aldermere"),
    ("The cast includes no stars. Tobin Aldermere (who plays the attorney) holds it together.", "Tobin Aldermere"),
    ("The cast is mixed. Maren Quillfeather (as a baker who never bakes) steals the show.", "Maren Quillfeather"),
])
def test_an_actors_verdict_past_adverbs_or_a_parts_bracket_is_acting(monkeypatch, text, person):
    assert found(text, person) == {("actor", "credits.cue_after")}
    monkeypatch.setattr(credits, "ACTING_MORE", False)
    assert found(text, person) == set()


@pytest.mark.parametrize("text, person", [
    # the part's bracket is the actor's, not the part's: "X (played to the hilt by Y)" names Y
    ("The villain, Dorran Vesk (played to the hilt by Tobin Aldermere), schemes.", "Dorran Vesk"),
    # a crew word after "as the": the job, no part
    ("Most of the talk is about Tobin Aldermere (as the producer he had a free hand).", "Tobin Aldermere"),
    # an article before the verdict: a noun phrase, a maker's ("an equally good technician")
    ("Tobin Aldermere is an equally good technician, and the docks look grim.", "Tobin Aldermere"),
])
def test_no_acting_from_a_parts_actor_a_job_or_a_noun_phrase(text, person):
    assert ("actor", "credits.cue_after") not in found(text, person)


@pytest.mark.parametrize("text, person", [
    ("Hallam Tusk is a special director, and it shows in every frame.", "Hallam Tusk"),
    ("Hallam Tusk is one of the best filmmakers we have working today.", "Hallam Tusk"),
    ("In the end Hallam Tusk was the director, and he kept it moving.", "Hallam Tusk"),
])
def test_a_name_called_a_director_directs_the_reviewed_film(monkeypatch, text, person):
    assert found(text, person) == {("director", "credits.verb_after")}
    monkeypatch.setattr(credits, "NAMED_DIRECTOR", False)
    assert found(text, person) == set()


def test_a_fine_director_is_no_actor(monkeypatch):
    text = "Hallam Tusk is a fine director, and the harbour scenes prove it."
    assert found(text, "Hallam Tusk") == {("director", "credits.verb_after")}
    monkeypatch.setattr(credits, "NAMED_DIRECTOR", False)
    # the verdict "is a fine" was read as a performance
    assert found(text, "Hallam Tusk") == {("actor", "credits.cue_after")}


def test_a_named_director_in_a_whole_review(extract):
    assert roles(extract, "Hallam Tusk is a special director, and it shows in every frame.", "Hallam Tusk") == \
        {"director"}


@pytest.mark.parametrize("text", [
    "Hallam Tusk was the fight director, and the brawls are fun.",          # another craft's director
    "Hallam Tusk was the scriptwriter, not the director, of this one.",    # a denial
    "Hallam Tusk is a better writer than director, and it shows.",         # a comparison
    "Hallam Tusk is the director's brother, and a dull one.",             # a possessive
    "If only Hallam Tusk were a better director, it might have worked.",    # a hypothesis
])
def test_no_direction_from_another_craft_a_denial_or_a_hypothesis(text):
    assert found(text, "Hallam Tusk") == set()


def test_no_direction_beside_another_film():
    text = "Hallam Tusk is a fine director, but his NIGHT WIRE was better."
    assert ("director", "credits.verb_after") not in found(text, "Hallam Tusk", [("NIGHT WIRE", "night wire")])
    assert found(text.replace("his NIGHT WIRE", "the sequel"), "Hallam Tusk") == {("director", "credits.verb_after")}


@pytest.mark.parametrize("right", [
    " (adapting his own novel) keeps the tone.",
    ", who adapted her stage play, directs.",
    " adapts their 1976 novel with care.",
    "'s screenplay, written from his own bestseller,",
    " based on her short story",
])
def test_the_own_source_gate_lets_every_match_through(right):
    assert credits._OWN_SOURCE.match(right) is not None
    assert credits._may_own_source(right)


@pytest.mark.parametrize("right, expected", [
    (" plays the lead with verve.", False),
    (" directs the picture.", False),
    (" wrote it on his own.", True),        # "own": the regex runs (and finds no adaptation)
    (" \u00e9crit from her journal.", True),  # beyond ASCII: not gated
])
def test_the_own_source_gate_skips_sentences_without_its_words(right, expected):
    assert credits._may_own_source(right) is expected


def _films_by(text: str) -> list[str]:
    ctx = review_context(text, [("Hallam Tusk", "Hallam Tusk")], [("NIGHT WIRE", "night wire"),
                                                                 ("HARBOR DAYS", "harbor days")])
    return [f.film for f in credits._films_by(ctx, ctx.people[0], 0, len(text))]


def test_the_work_by_gate_keeps_films_by_a_director():
    assert _films_by("It recalls the films by director Hallam Tusk, NIGHT WIRE and HARBOR DAYS, in its mood.") == \
        ["night wire", "harbor days"]
    # no "by" or "from" before the name: the gate answers, as the regex would
    assert _films_by("It recalls the films of the great Hallam Tusk, NIGHT WIRE and HARBOR DAYS, in its mood.") == []


@pytest.mark.parametrize("right, noun", [
    (" is a special director", "special "),
    (" was one of our finest, boldest filmmakers", "finest, boldest "),
    (" is the assistant director", None),  # another director's job
    (" is a director of photography", None),  # "of" a craft
    (" is a fine actor", None),
])
def test_named_director_reads_the_verdict_after_a_name(right: str, noun: str | None) -> None:
    m = credits._named_director(right)
    assert (m["mod"] if m is not None else None) == noun


def test_named_director_switch_off(monkeypatch) -> None:
    monkeypatch.setattr(credits, "NAMED_DIRECTOR", False)
    assert credits._named_director(" is a special director") is None
