"""Credits and characters, tenth pass (extractors/README.md): possessive nouns that are verbs or another's craft,
a maker's "gives us", and prose acting of a name the archive's headers credit only behind the camera."""

from __future__ import annotations

import pytest

from filmkg.extractors import credits
from tests.extractors.conftest import characters_of, credits_of

FILM = "Night Train"
# counts: reviews crediting the name as director, actor, screenwriter, source author, other crew
CAREERS = {"Lou Vance": [30, 0, 5, 0, 2], "Dana Quill": [0, 40, 3, 0, 1], "Max Orrin": [20, 9, 4, 0, 0]}


@pytest.fixture
def careers(monkeypatch):
    monkeypatch.setattr(credits, "archive_roles", lambda: CAREERS)


@pytest.mark.parametrize("text,expected", [
    ("Tom Brisco's wooden turn as the sheriff sinks it.", {("Tom Brisco", "actor", FILM)}),
    ("Tom Brisco's turns as the sheriff never tire.", {("Tom Brisco", "actor", FILM)}),
    # the verb "turns" and "to turn" are no performance
    ("Tom Brisco's nostalgia turns everything rosy.", set()),
    ("Tom Brisco's attempts to turn the story around fail.", set()),
])
def test_a_turn_is_a_performance_and_turns_a_verb(extract, text, expected):
    assert {c for c in credits_of(extract(text, FILM)) if c[1] == "actor"} == expected


@pytest.mark.parametrize("text,expected", [
    ("Tom Brisco's loud and pervasive score does half the work.", {("Tom Brisco", "composer", FILM)}),
    # another craft or a preposition between: the music is no one's score
    ("Tom Brisco's direction and the music score work well.", set()),
    ("Tom Brisco's use of music is clever.", set()),
    ("Tom Brisco's choice of old songs is clever.", set()),
])
def test_a_composers_possessive_does_not_cross_another_noun(extract, text, expected):
    assert {c for c in credits_of(extract(text, FILM)) if c[1] == "composer"} == expected


def test_gives_us_is_no_acting_for_a_makers_career(extract, careers):
    got = credits_of(extract("Max Orrin gives us a comedy with a promising premise.", FILM))
    assert ("Max Orrin", "actor", FILM) not in got
    # an actor's career keeps it, and any career keeps "gives a fine performance"
    got = credits_of(extract("Dana Quill gives us a believable heroine.", FILM))
    assert ("Dana Quill", "actor", FILM) in got
    got = credits_of(extract("Max Orrin gives a fine performance as the sheriff.", FILM))
    assert ("Max Orrin", "actor", FILM) in got


def test_prose_acting_of_a_crew_career_is_dropped(extract, careers):
    ex = extract("Lou Vance portrays the west as a grimy, sweaty place.", FILM)
    assert not {c for c in credits_of(ex) if c[1] == "actor"}
    assert not characters_of(ex)
    # a name with acting in its career keeps the part
    ex = extract("Max Orrin portrays the sheriff as a grimy, sweaty man.", FILM)
    assert ("Max Orrin", "actor", FILM) in credits_of(ex)


def test_a_crew_careers_cameo_stays(extract, careers):
    got = credits_of(extract("There are cameos by Lou Vance and Ann Pirie.", FILM))
    assert ("Lou Vance", "actor", FILM) in got


@pytest.mark.parametrize("text,expected", [
    ("The direction (by Tom Brisco) is what carries the film.", {("Tom Brisco", "director", FILM)}),
    ("The direction, by Tom Brisco, is brisk.", {("Tom Brisco", "director", FILM)}),
    ("It suffers from poor direction (Tom Brisco).", {("Tom Brisco", "director", FILM)}),
    # the art director is no director
    ("The art direction (Tom Brisco) is lush.", set()),
])
def test_the_direction_in_brackets_or_after_a_comma(extract, text, expected):
    assert {c for c in credits_of(extract(text, FILM)) if c[1] == "director"} == expected


@pytest.mark.parametrize("text,expected", [
    ("The rest of the Tom Brisco score is forgettable.", {("Tom Brisco", "composer", FILM)}),
    ("The haunting Tom Brisco music fills the air.", {("Tom Brisco", "composer", FILM)}),
    # a music video, another film's score
    ("It plays like the Tom Brisco music video.", set()),
    ("It recalls the Tom Brisco score for an older western.", set()),
])
def test_the_name_score(extract, text, expected):
    assert {c for c in credits_of(extract(text, FILM)) if c[1] == "composer"} == expected


@pytest.mark.parametrize("text,expected", [
    ("Tom Brisco's fascinating art direction is an achievement.", {("Tom Brisco", "contributor", FILM)}),
    ("It throws a nod in the general direction of Tom Brisco.", set()),
    ("The film follows Mike (Tom Brisco, also the writer) around town.",
     {("Tom Brisco", "screenwriter", FILM), ("Tom Brisco", "actor", FILM)}),
    ("Ann Pirie, who is also the cinematographer, has an eye for faces.", {("Ann Pirie", "cinematographer", FILM)}),
])
def test_crafts_named_beside_a_name(extract, text, expected):
    assert credits_of(extract(text, FILM)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Tom Brisco is in this movie, and that says enough.", {("Tom Brisco", "actor", FILM)}),
    ("Ann Pirie is also in the film, though briefly.", {("Ann Pirie", "actor", FILM)}),
    ("Why was Tom Brisco in the movie at all?", {("Tom Brisco", "actor", FILM)}),
    ("What is Tom Brisco doing in this film?", {("Tom Brisco", "actor", FILM)}),
    # no verb of being: the name is no subject of the phrase
    ("I saw Tom Brisco in the film business once.", set()),
])
def test_a_name_said_to_be_in_the_film(extract, text, expected):
    assert credits_of(extract(text, FILM)) == expected


def test_a_lone_surname_takes_the_one_career_with_it(monkeypatch):
    careers = {"Lou Vance": [30, 0, 5, 0, 2], "Dana Quill": [0, 40, 3, 0, 1], "Amy Quill": [5, 0, 0, 0, 0]}
    monkeypatch.setattr(credits, "archive_roles", lambda: careers)
    assert credits.crew_career("Vance") and credits.crew_career("Lou Vance")
    assert not credits.crew_career("Quill")  # two careers share the surname: nothing said
    assert not credits.crew_career("Dana Quill") and not credits.crew_career("Bo Zed")


def test_a_directors_camera_work_is_style(extract, careers):
    got = credits_of(extract("Max Orrin's dizzying camera work wears thin.", FILM))
    assert not any(c[1] == "cinematographer" for c in got)
    got = credits_of(extract("Ann Pirie's dizzying camera work wears thin.", FILM))
    assert ("Ann Pirie", "cinematographer", FILM) in got


def test_a_films_title_before_a_bracket_is_no_part(extract):
    ex = extract("Summer of Sam (Tom Brisco, USA, 1999) is long. "
                 "In The Big Hit Melvin Smiley (Ann Pirie) has problems.", "The Big Hit")
    names = {c[1] for c in characters_of(ex)}
    assert "Sam" not in names and "Summer of Sam" not in names
    assert "Melvin Smiley" in names


def test_the_writer_and_director_of_a_film(extract):
    got = credits_of(extract("Tom Brisco, the writer and director of FARGO, plays a small part.", "Gamma"))
    assert {("Tom Brisco", "director", "Fargo"), ("Tom Brisco", "screenwriter", "Fargo")} <= got
    got = credits_of(extract("Tom Brisco, the inspired and irreverent director of FARGO, is back.", "Gamma"))
    assert ("Tom Brisco", "director", "Fargo") in got
    got = credits_of(extract("Tom Brisco, the writer and creator of FARGO, is back.", "Gamma"))
    assert ("Tom Brisco", "director", "Fargo") not in got


def test_a_crew_word_before_a_bracket(extract, careers):
    got = credits_of(extract("The writers (Tom Brisco and Ann Pirie) avoid the pitfalls.", FILM))
    assert {("Tom Brisco", "screenwriter", FILM), ("Ann Pirie", "screenwriter", FILM)} <= got
    got = credits_of(extract("It is all the work of the director (Tom Brisco).", FILM))
    assert ("Tom Brisco", "director", FILM) in got
    # an actor's career in the bracket plays the part's job
    got = credits_of(extract("He falls for the director (Dana Quill) of the show.", FILM))
    assert ("Dana Quill", "director", FILM) not in got
