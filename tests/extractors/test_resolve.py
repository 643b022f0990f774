"""resolve: where the findings of the extractors meet."""

from __future__ import annotations

import pytest

from filmkg.core.records import Mention
from filmkg.extractors.resolve import _named_as_characters
from tests.extractors.conftest import credits_of, people_of

FILM = "Night Train"


@pytest.mark.parametrize("text,expected", [
    # "from the director of FILM" gives FILM the reviewed film's director
    ("Director: Joel Coen\n\nFrom the director of BLOOD SIMPLE comes another crime story.",
     {("Joel Coen", "director", FILM), ("Joel Coen", "director", "Blood Simple")}),
    # a weak acting cue yields to a crew role the header states
    ("Director: John Sayles\n\nJohn Sayles's characters talk too much.", {("John Sayles", "director", FILM)}),
    # a KB-known name beside acting words, and nothing else, is an actor of the reviewed film
    ("Kevin Spacey is in the cast, and that helps.", {("Kevin Spacey", "actor", FILM)}),
    # ... but not in a sentence about another film (the KB's principals tie him to that one)
    ("Kevin Spacey was in the cast of SE7EN.", {("Kevin Spacey", "actor", "Se7en")}),
    # header characters are acting credits too
    ("Cast: Holly Hunter (Ada)\n\nA strange love story.", {("Holly Hunter", "actor", FILM)}),
])
def test_findings_meet(extract, text, expected):
    assert credits_of(extract(text, FILM)) == expected


def test_people_named_only_as_characters_are_not_people(extract):
    ex = extract("Cast: Holly Hunter (Ada McGrath)\n\nAda McGrath does not speak.", FILM)
    assert people_of(ex) == {"Holly Hunter"}


def test_a_name_inside_a_title_belongs_to_the_title(extract):
    ex = extract('Director: Rob Reiner\n\nIt is no "Annie Hall" (1977), but it tries.', FILM)
    assert "Annie Hall" not in people_of(ex)


@pytest.mark.parametrize("text,expected", [
    # a part cue before a name the KB and the header do not know
    ("Tom Hanks plays Jerry Vandermeer, a tired lawyer.", {"Tom Hanks"}),
    ("Tom Hanks is cast as the bitter reporter Jerry Vandermeer.", {"Tom Hanks"}),
    # a name with a known performer in brackets after it
    ("Clara Beaumont (Meryl Streep) runs the inn.", {"Meryl Streep"}),
    ("The villain Walter Brisbane, aka Claw (Meryl Streep), runs the inn.", {"Meryl Streep"}),
    # "did a better NAME": a part two actors have played
    ("Tom Hanks did a better Jerry Vandermeer than anyone.", {"Tom Hanks"}),
    # called by the first name and never by the surname
    ("Tom Hanks is fine. Jerry Vandermeer runs a bakery, and Jerry never smiles.", {"Tom Hanks"}),
    # ... while a real person goes by the surname
    ("Tom Hanks is fine. Walter Brisbane wrote the book, and Brisbane knows the town.",
     {"Tom Hanks", "Walter Brisbane"}),
    # "as X explains" is a conjunction, "named after X" a namesake: no part
    ("As Walter Brisbane explains in his memoir, the town was real.", {"Walter Brisbane"}),
    ("The girl is named after Walter Brisbane, a local hero.", {"Walter Brisbane"}),
])
def test_names_given_as_parts_are_not_people(extract, text, expected):
    assert people_of(extract(text, FILM)) == expected


@pytest.mark.parametrize("text,expected", [
    # the review calls the part's name a real person: a biopic's subject is a person of the review
    ("This is the true story of Walter Brisbane (Meryl Streep), a tired lawyer.", {"Meryl Streep", "Walter Brisbane"}),
    ("A biopic of singer Clara Beaumont. Meryl Streep plays Clara Beaumont.", {"Meryl Streep", "Clara Beaumont"}),
    ("Meryl Streep plays Clara Beaumont, a real-life nurse from Ohio.", {"Meryl Streep", "Clara Beaumont"}),
    # ... a review's cue alone keeps no part: the film's invented people stay parts
    ("Based on a true story, it stars Meryl Streep as Clara Beaumont.", {"Meryl Streep"}),
])
def test_real_figures_named_as_parts_stay_people(extract, text, expected):
    assert people_of(extract(text, FILM)) == expected


@pytest.mark.parametrize("text,title,expected", [
    # a name made of the reviewed title's words is its title part, not a person of the review
    ("Meryl Streep is fine. Walter Brisbane never calls home.", "Walter Brisbane Goes West", {"Meryl Streep"}),
    # ... unless the film tells a true story: then it is the real subject
    ("A biopic, and Meryl Streep is fine. Walter Brisbane never calls home.", "Walter Brisbane Goes West",
     {"Meryl Streep", "Walter Brisbane"}),
    # a name outside the title stays
    ("Meryl Streep is fine. Walter Brisbane never calls home.", "Night Train", {"Meryl Streep", "Walter Brisbane"}),
])
def test_the_title_part_is_no_person(extract, text, title, expected):
    assert people_of(extract(text, title)) == expected


@pytest.mark.parametrize("text,expected", [
    # a name inside a quoted title is a piece of the title
    ('Meryl Streep sang "Walter Brisbane Goes to Town" in the last reel.', {"Meryl Streep"}),
    ('The soundtrack has Meryl Streep singing "Crouching Tiger, Walter Brisbane" badly.', {"Meryl Streep"}),
    # ... but a maker's possessive opening the title is a person, and a name outside the quotes stays
    ('Meryl Streep stars in "Walter Brisbane\'s Night Train" and it shows.', {"Meryl Streep", "Walter Brisbane"}),
    ('"Where Is Walter Brisbane Tonight" is sung by Walter Brisbane himself.', {"Walter Brisbane"}),
])
def test_names_inside_quoted_titles(extract, text, expected):
    assert people_of(extract(text, FILM)) == expected


def test_a_lone_name_before_a_full_name_in_brackets_is_a_part():
    text = "Her boss, Reynolds (Darrow Kettleby), is not. Kettleby (Walter Brisbane) is."
    people = [Mention("person", "Reynolds", 10, 18, "people.ner", 0.7),
              Mention("person", "Darrow Kettleby", 20, 35, "people.ner", 0.7),
              Mention("person", "Darrow Kettleby", 46, 54, "people.propagated", 0.6),
              Mention("person", "Walter Brisbane", 56, 71, "people.ner", 0.7)]
    candidates = {"Reynolds", "Darrow Kettleby", "Walter Brisbane"}
    # the lone name is the part; "Kettleby" is the performer's own surname, the cluster a full name
    assert _named_as_characters(text, people, candidates, set()) == {"Reynolds"}


# ---------------------------------------------------------------- seventh pass (branch people4)

def test_a_list_of_performers_and_parts_reads_the_performer_first(extract):
    text = ("The cast of this little film:\nDale Varga (Dr Paul Weller), Anne Rusk (Edie Marsh), Tom Griff\n"
            "(Mayor Ben Cole), Lou Perk (Sheriff Jim Dove)\n\nA quiet town fights back.")
    people = people_of(extract(text, "Whatever Film"))
    assert {"Dale Varga", "Anne Rusk", "Tom Griff", "Lou Perk"} <= people
    assert not {"Paul Weller", "Edie Marsh", "Ben Cole", "Jim Dove"} & people


def test_the_cast_list_pairs_vote_with_the_kb_and_ranks():
    from filmkg.extractors.models import archive_lexicon
    from filmkg.extractors.resolve import _cast_list_pairs

    text = "Walt Dunn (Dr Ray Holt), Ann Cole (Lou Pike), Sam Tate (Sheriff Bo Lane) star."
    people = [Mention("person", n, text.index(n), text.index(n) + len(n), "people.ner", 0.9)
              for n in ("Walt Dunn", "Ray Holt", "Ann Cole", "Lou Pike", "Sam Tate", "Bo Lane")]
    outside, inside = _cast_list_pairs(text, people, set(), archive_lexicon())
    assert outside == {"Walt Dunn", "Ann Cole", "Sam Tate"} and inside == {"Ray Holt", "Lou Pike", "Bo Lane"}
    # the parts first: the known performers are in brackets, and the list is left to the other rules
    text = "Ray Holt (Walt Dunn), Lou Pike (Ann Cole), Bo Lane (Sam Tate) star."
    people = [Mention("person", m.name, text.index(m.name), text.index(m.name) + len(m.name), m.rule, 0.9)
              for m in people]
    assert _cast_list_pairs(text, people, {"Walt Dunn", "Ann Cole"}, archive_lexicon()) == (set(), set())


def test_a_principal_of_the_reviewed_film_is_no_part(extract):
    # the bundled KB has the film and its lead; "as X is able" alone would read as a part cue
    text = "A snowy crime tale. The kidnapping goes wrong, as Buscemi is able to show in every scene."
    assert "Buscemi" in people_of(extract(text, "Fargo", year=1996))


def test_a_misspelt_first_name_of_a_principal():
    from filmkg.extractors.resolve import _misspelt_of, _principal_names
    from tests.conftest import lexicon

    kb = lexicon().people.kb
    assert "Frances McDormand" in _principal_names(kb, "Fargo", 1996)
    assert _misspelt_of("Francis McDormand", "Frances McDormand")
    assert not _misspelt_of("Frances McDormand", "Frances McDormand")
    assert not _misspelt_of("Barry Cox", "Courteney Cox")


def test_a_full_name_around_the_reviewed_title_is_a_person(extract):
    text = "It tells the real story of Daniel Rudy, a walk-on with a dream."
    assert "Daniel Rudy" in people_of(extract(text, "Rudy", year=1993))


def test_a_part_labelling_its_performers_line_is_no_person(extract):
    text = ("Cast\nAnton Brisk:  Tom Hanks          Lady Vera Stroud:  Meryl Streep\n\n"
            "The steward (Anton Brisk) loves his lady (Lady Vera Stroud) in vain.")
    people = people_of(extract(text, "Whatever Film"))
    assert {"Tom Hanks", "Meryl Streep"} <= people and not {"Anton Brisk", "Vera Stroud"} & people


@pytest.mark.parametrize("text,gone", [
    ("CASABLANCA is great. What does not sit well is the character of Earl Janoth, who is a villain.",
     "Earl Janoth"),
    ("CASABLANCA is great. The role of Louis Renault is small, and Renault steals the film.", "Louis Renault"),
])
def test_a_name_after_character_of_or_role_of_is_a_part(extract, text, gone):
    assert gone not in people_of(extract(text))


def test_a_name_after_a_known_performers_possessive_is_a_part(extract, monkeypatch):
    from filmkg.extractors import resolve

    text = "CASABLANCA is great. His scenes bring to mind Jeremy Irons' Charles Smithson in the other film."
    assert "Charles Smithson" not in people_of(extract(text))
    monkeypatch.setattr(resolve, "POSSESSED_PARTS", False)
    assert "Charles Smithson" in people_of(extract(text))
