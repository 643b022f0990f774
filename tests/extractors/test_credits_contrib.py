"""Ties of a person to another film with the role unstated (ninth pass, extractors/README.md): the name as the
film's modifier, joint possessors, a film and its role word in a bracket, a writer's possessive."""

from __future__ import annotations

from filmkg.core.records import Fact
from filmkg.extractors import credits, resolve
from filmkg.extractors.resolve import _career_possessives
from tests.extractors.conftest import credits_of

# counts: reviews crediting the name as director, actor, screenwriter, source author, other crew
CAREERS = {"Dana Quill": [0, 40, 3, 0, 1], "Lou Vance": [30, 12, 5, 0, 2], "Max Orrin": [4, 2, 30, 0, 1]}
LEAD = "GAMMA is a slow film. "


def test_a_name_modifying_the_film_noun(extract, monkeypatch):
    monkeypatch.setattr(resolve, "archive_roles", lambda: CAREERS)
    monkeypatch.setattr(credits, "archive_roles", lambda: CAREERS)
    got = credits_of(extract(LEAD + "It is no match for other Dana Quill films: JURASSIC PARK and ORDINARY PEOPLE.",
                             "Gamma"))
    assert {("Dana Quill", "contributor", "Jurassic Park"), ("Dana Quill", "contributor", "Ordinary People")} <= got
    got = credits_of(extract(LEAD + "I have liked all Lou Vance movies, yes even Jurassic Park.", "Gamma"))
    assert ("Lou Vance", "director", "Jurassic Park") in got
    # a name the archive's headers never credit gets nothing
    got = credits_of(extract(LEAD + "I have liked all Bo Zed movies, yes even Jurassic Park.", "Gamma"))
    assert not {c for c in got if c[0] == "Bo Zed"}


def test_a_name_modifier_nobody_credits_gives_nothing():
    named = Fact("jurassic park", "director", "Bo Zed", 0, 10, "credits.name_film", 0.6)
    possessed = Fact("jurassic park", "director", "Bo Zed", 0, 10, "credits.possessive_film", 0.65)
    out = _career_possessives([named, possessed], "gamma", CAREERS)
    assert [(c.predicate, c.rule) for c in out] == [("director", "credits.possessive_film")]


def test_joint_possessors(extract, monkeypatch):
    monkeypatch.setattr(resolve, "archive_roles", lambda: CAREERS)
    got = credits_of(extract(LEAD + 'It recalls Lou Vance and Dana Quill\'s "Jurassic Park".', "Gamma"))
    assert {("Lou Vance", "director", "Jurassic Park"), ("Dana Quill", "contributor", "Jurassic Park")} <= got
    got = credits_of(extract(LEAD + "It is somewhat like Max Orrin's and Dana Quill's Jurassic Park (1993).",
                             "Gamma"))
    assert {("Max Orrin", "contributor", "Jurassic Park"), ("Dana Quill", "contributor", "Jurassic Park")} <= got


def test_a_bracket_of_a_film_and_its_role():
    from filmkg.extractors.credits import _FILM_ROLE_BRACKET

    assert _FILM_ROLE_BRACKET.fullmatch(" director")[1] == "director"
    assert _FILM_ROLE_BRACKET.fullmatch("'s screenwriter ")[1] == "screenwriter"
    assert _FILM_ROLE_BRACKET.fullmatch(", and more") is None


def test_a_bracket_of_a_film_and_its_role_in_the_pipeline(extract):
    got = credits_of(extract(LEAD + "It was directed by Lou Vance (Jurassic Park director) with care.", "Gamma"))
    assert ("Lou Vance", "director", "Jurassic Park") in got
    assert ("Lou Vance", "contributor", "Jurassic Park") not in got
    got = credits_of(extract(LEAD + "It was directed by Lou Vance (Jurassic Park, Ordinary People) with care.",
                             "Gamma"))
    assert ("Lou Vance", "contributor", "Jurassic Park") in got


def test_a_name_modifier_list_stops_before_the_reviewed_film():
    run_on = Fact("gamma", "director", "Dana Quill", 0, 10, "credits.name_film", 0.6)
    assert _career_possessives([run_on], "gamma", CAREERS) == []


def test_director_of_photography_is_the_cinematographer(extract):
    got = credits_of(extract(LEAD + "Lou Vance was director of photography on such films as JURASSIC PARK.", "Gamma"))
    assert ("Lou Vance", "cinematographer", "Jurassic Park") in got
    assert ("Lou Vance", "director", "Jurassic Park") not in got


def test_joint_possessors_are_joined_by_and_not_by_a_bare_comma():
    from filmkg.extractors.credits import _JOINT_POSSESSOR_GAP

    assert _JOINT_POSSESSOR_GAP.fullmatch(" and ")
    assert _JOINT_POSSESSOR_GAP.fullmatch("'s and ")
    assert _JOINT_POSSESSOR_GAP.fullmatch(" & ")
    assert _JOINT_POSSESSOR_GAP.fullmatch(", ") is None


def test_a_writers_possessive_the_kb_knows_goes_to_the_career():
    from filmkg.extractors.resolve import _kb_roles_for_possessives

    titles = {"jurassic park": ("Jurassic Park", 1993)}
    writes = lambda person, title, year: {"screenwriter"} if person else {"director"}  # noqa: E731
    other = Fact("jurassic park", "director", "Max Orrin", 0, 10, "credits.possessive_film", 0.65)
    out = _career_possessives(_kb_roles_for_possessives([other], titles, writes, "gamma"), "gamma", CAREERS)
    assert [(c.predicate, c.rule) for c in out] == [("contributor", "credits.possessive_film_career")]
    # ... a director's stays a directing credit; the reviewed film's keeps the KB's script
    vance = Fact("jurassic park", "director", "Lou Vance", 0, 10, "credits.possessive_film", 0.65)
    out = _career_possessives(_kb_roles_for_possessives([vance], titles, writes, "gamma"), "gamma", CAREERS)
    assert [(c.predicate, c.rule) for c in out] == [("director", "credits.possessive_film")]
    out = _kb_roles_for_possessives([other], titles, writes, "jurassic park")
    assert [(c.predicate, c.rule) for c in out] == [("screenwriter", "credits.possessive_film_kb")]


def test_a_songs_writers_are_its_composers(extract):
    got = credits_of(extract(LEAD + 'A highlight is a musical interlude ("Come Home Soon," penned by Lou Vance and '
                             'Dana Quill), and the finale.', "Gamma"))
    assert {("Lou Vance", "composer", "Gamma"), ("Dana Quill", "composer", "Gamma")} <= got
    got = credits_of(extract(LEAD + "The script was penned by Lou Vance and Dana Quill.", "Gamma"))
    assert ("Lou Vance", "screenwriter", "Gamma") in got


def test_a_lone_surnames_possessive_counts_its_family():
    # "Vance" alone heads a few reviews as a writer; Lou Vance, most of the Vances' reviews, directs: "Vance's FILM"
    # stays a director's
    careers = {**CAREERS, "Vance": [0, 0, 4, 0, 0], "Ann Vance": [0, 3, 0, 0, 0]}
    possessed = Fact("jurassic park", "director", "Vance", 0, 10, "credits.possessive_film", 0.65)
    assert [c.predicate for c in _career_possessives([possessed], "gamma", careers)] == ["director"]
    # ... Dana Quill acts: a contribution; a surname no one name holds most of answers as before (a director)
    orrin = Fact("jurassic park", "director", "Orrin", 0, 10, "credits.possessive_film", 0.65)
    shared = {**careers, "Eve Orrin": [0, 30, 0, 0, 0]}
    assert [c.predicate for c in _career_possessives([orrin], "gamma", shared)] == ["director"]
    quill = Fact("jurassic park", "director", "Quill", 0, 10, "credits.possessive_film", 0.65)
    assert [c.predicate for c in _career_possessives([quill], "gamma", careers)] == ["contributor"]
