"""Credits on films other than the reviewed one (eighth pass, extractors/README.md): the possessor's career from
the archive's credits headers, bracketed roles, performances in a maker's film, a book that is read, and a stated
role over a bracket's contribution."""

from __future__ import annotations

import pytest

from filmkg.core.records import Fact
from filmkg.extractors import resolve
from filmkg.extractors.resolve import _career_possessives, _stated_over_unstated, career_role
from tests.extractors.conftest import credits_of

# counts: reviews crediting the name as director, actor, screenwriter, source author, other crew
CAREERS = {"Dana Quill": [0, 40, 3, 0, 1], "Lou Vance": [30, 12, 5, 0, 2], "Ida Brook": [0, 0, 1, 9, 0],
           "Max Orrin": [4, 2, 30, 0, 1], "Tom Reed": [1, 1, 0, 0, 0]}


@pytest.mark.parametrize("name,role", [
    ("Dana Quill", "contributor"),    # a star: the possessive states no role
    ("Lou Vance", "director"),        # a director who also acts stays a director
    ("Ida Brook", "source_author"),   # a novelist
    ("Max Orrin", "contributor"),     # a screenwriter who directed a little (4 of 37: under the share)
    ("Tom Reed", None),               # too few reviews to say
    ("Nobody Known", None),
])
def test_career_role(name, role):
    assert career_role(CAREERS.get(name)) == role


def test_career_applies_to_other_films_only():
    other = Fact("roxanne", "director", "Dana Quill", 0, 10, "credits.possessive_film", 0.65)
    own = Fact("gamma", "director", "Dana Quill", 0, 10, "credits.possessive_film", 0.65)
    stated = Fact("roxanne", "director", "Dana Quill", 0, 10, "credits.cue_before", 0.85)
    out = _career_possessives([other, own, stated], "gamma", CAREERS)
    assert [(c.predicate, c.rule) for c in out] == [
        ("contributor", "credits.possessive_film_career"), ("director", "credits.possessive_film"),
        ("director", "credits.cue_before")]


LEAD = "GAMMA is a slow film. "


def test_possessive_of_a_stars_film_through_the_pipeline(extract, monkeypatch):
    monkeypatch.setattr(resolve, "archive_roles", lambda: CAREERS)
    got = credits_of(extract(LEAD + 'Nothing here is as sweet as Dana Quill\'s "Jurassic Park".', "Gamma"))
    assert got == {("Dana Quill", "contributor", "Jurassic Park")}
    got = credits_of(extract(LEAD + 'Nothing here is as sweet as Lou Vance\'s "Jurassic Park".', "Gamma"))
    assert got == {("Lou Vance", "director", "Jurassic Park")}
    # the sentence says it: "director X's FILM", "X's directorial debut FILM"
    got = credits_of(extract(LEAD + 'Nothing is as sweet as director Dana Quill\'s "Jurassic Park".', "Gamma"))
    assert ("Dana Quill", "director", "Jurassic Park") in got
    got = credits_of(extract(LEAD + 'Nothing is as sweet as Dana Quill\'s directorial debut "Jurassic Park".', "Gamma"))
    assert ("Dana Quill", "director", "Jurassic Park") in got


def test_stated_role_supersedes_a_brackets_contribution():
    bracket = Fact("film a", "contributor", "Max Orrin", 0, 10, "credits.filmography", 0.7)
    header = Fact("film a", "screenwriter", "Max Orrin", 0, 10, "header.writers", 0.9)
    craft = Fact("film a", "contributor", "Ida Brook", 0, 10, "header.contributor", 0.9)
    craft2 = Fact("film a", "cinematographer", "Ida Brook", 0, 10, "header.cinematographer", 0.9)
    alone = Fact("film b", "contributor", "Max Orrin", 0, 10, "credits.filmography", 0.7)
    assert _stated_over_unstated([bracket, header, craft, craft2, alone]) == [header, craft, craft2, alone]


@pytest.mark.parametrize("text,expected", [
    # a role stated inside the bracket after the name
    ('Here Vic Marlowe (director of "Jurassic Park") does better.', {("Vic Marlowe", "director", "Jurassic Park")}),
    ('It was made by Ann Kell and Bo Rudd (writers and producers of "Jurassic Park").',
     {("Bo Rudd", "screenwriter", "Jurassic Park"), ("Bo Rudd", "producer", "Jurassic Park")}),
    # ... a plain filmography in brackets stays a contribution
    ('Here Vic Marlowe ("Jurassic Park") does better.', {("Vic Marlowe", "contributor", "Jurassic Park")}),
])
def test_bracketed_roles(extract, text, expected):
    assert credits_of(extract(LEAD + text, "Gamma")) == expected


@pytest.mark.parametrize("text,expected", [
    # "her roles in A and B": acting, the titles quoted or not
    ('Ada Pell is a revelation after her roles in "Jurassic Park" and "Ordinary People".',
     {("Ada Pell", "actor", "Jurassic Park"), ("Ada Pell", "actor", "Ordinary People")}),
    ("Ada Pell is a revelation after her roles in JURASSIC PARK and ORDINARY PEOPLE.",
     {("Ada Pell", "actor", "Jurassic Park"), ("Ada Pell", "actor", "Ordinary People")}),
    # ... the film's maker between "in" and the title
    ('We still remember Ada Pell for her 1999 performance in Vic Marlowe\'s "Jurassic Park".',
     {("Ada Pell", "actor", "Jurassic Park"), ("Vic Marlowe", "director", "Jurassic Park")}),
])
def test_performances_in_other_films(extract, text, expected):
    assert credits_of(extract(LEAD + text, "Gamma")) == expected


def test_a_book_that_is_read(extract):
    got = credits_of(extract(LEAD + 'I have yet to read Cora Lind\'s "Gamma", but I hear it is good.', "Gamma"))
    assert got == {("Cora Lind", "source_author", "Gamma")}
    got = credits_of(extract(LEAD + 'I went to see Cora Lind\'s "Gamma" twice.', "Gamma"))
    assert got == {("Cora Lind", "director", "Gamma")}


def test_a_film_version_of_a_book(extract):
    # "the TV / movie / screen version of X's FILM": X wrote the book the film was made of
    got = credits_of(extract("She was fine in the TV version of Ann Vale's THE GLASS HARBOR.", "Fargo"))
    assert got == {("Ann Vale", "source_author", "The Glass Harbor")}
    got = credits_of(extract("She was fine in Ann Vale's THE GLASS HARBOR.", "Fargo"))
    assert got == {("Ann Vale", "director", "The Glass Harbor")}


@pytest.mark.parametrize("text,expected", [
    # a bracketed list after "movies": the clause's subject made them
    ('Ed Lowe acts on TV weekly; Ada Pell has made a few movies ("Jurassic Park", "Ordinary People").',
     {("Ada Pell", "contributor", "Jurassic Park"), ("Ada Pell", "contributor", "Ordinary People")}),
    # ... a possessor owns them
    ("My son Ed loved the swagger of Vic Marlowe's last films (JURASSIC PARK, ORDINARY PEOPLE).",
     {("Vic Marlowe", "contributor", "Jurassic Park"), ("Vic Marlowe", "contributor", "Ordinary People")}),
    # ... not across another name: the bracket is that name's
    ("Ada Pell repeated her performance for director Vic Marlowe (JURASSIC PARK, ORDINARY PEOPLE).",
     {("Vic Marlowe", "director", "Gamma"), ("Vic Marlowe", "contributor", "Jurassic Park"),
      ("Vic Marlowe", "contributor", "Ordinary People")}),
])
def test_bracketed_filmography_after_a_noun(extract, text, expected):
    assert credits_of(extract(LEAD + text, "Gamma")) == expected


def test_the_packaged_careers_load():
    from filmkg.extractors.models import CAREER_ROLES, archive_roles

    careers = archive_roles()
    assert len(careers) > 5_000
    assert all(len(v) == len(CAREER_ROLES) and sum(v) >= 1 for v in careers.values())


def test_a_subject_list_appearing_in_another_film(extract):
    got = credits_of(extract(LEAD + '(Ada Pell and Ed Lowe appeared in Vic Marlowe\'s "Jurassic Park".)', "Gamma"))
    assert {("Ada Pell", "actor", "Jurassic Park"), ("Ed Lowe", "actor", "Jurassic Park")} <= got


@pytest.mark.parametrize("text,role", [
    # a verb before the list's noun states the role
    ("Since then Vic Marlowe has moved on to direct hits like JURASSIC PARK and ORDINARY PEOPLE.", "director"),
    ("Vic Marlowe starred in films such as JURASSIC PARK and ORDINARY PEOPLE.", "actor"),
    # ... none: a contribution
    ("Vic Marlowe is known for films like JURASSIC PARK and ORDINARY PEOPLE.", "contributor"),
])
def test_a_verb_before_a_filmography_list(extract, text, role):
    got = credits_of(extract(LEAD + text, "Gamma"))
    assert {("Vic Marlowe", role, "Jurassic Park"), ("Vic Marlowe", role, "Ordinary People")} <= got


def test_a_lone_surname_of_one_authors_career():
    careers = {"Cora Lind": [0, 0, 0, 9, 0], "Ann Vale": [0, 0, 0, 9, 0], "Bo Vale": [6, 0, 0, 0, 0]}
    found = [Fact("roxanne", "director", name, 0, 10, "credits.possessive_film", 0.65) for name in ("Lind", "Vale")]
    # "Lind's ROXANNE": the one career of that surname is an author's; "Vale" is two people's
    assert [c.predicate for c in _career_possessives(found, "gamma", careers)] == ["source_author", "director"]
