"""Director credits, sixteenth pass (dir16): the reviewed film's director named by the surname alone, where the KB's
principals of the film know one director of that surname; a lone possessor at a sentence's start."""

from __future__ import annotations

import pytest

from filmkg.core.records import Critic
from filmkg.extractors import people
from filmkg.extractors.models import ArchiveLexicon
from filmkg.linking.lexicon import KnownPeople
from tests.extractors.conftest import credits_of, people_of

LEX = ArchiveLexicon({"surnames": ["Quennell", "Vashtel"], "given_names": ["Quorin"], "common_words": ["stone"]})
DIRECTORS = ["Quorin Vashtel"]
OTHERS = ["Ada Lorrimer", "Bram Quennell"]


def lone(text: str, directors: list[str] = DIRECTORS, others: list[str] = OTHERS) -> list[tuple[str, int]]:
    return [(m.name, m.start) for m in people.kb_director_surnames(text, [], directors, others, Critic(), LEX)]


@pytest.mark.parametrize("text", [
    "The plot sags. Vashtel keeps the camera low and the rooms dark.",
    "It all looks grand, and Vashtel's camera never stops gliding.",
    "Lorrimer and Vashtel take their time with the story.",
    "It owes as much to Vashtel' restless camera as to the cast.",
])
def test_a_lone_surname_of_the_films_one_director_in_a_makers_place_is_a_person(text):
    assert lone(text) == [("Vashtel", text.index("Vashtel"))]


@pytest.mark.parametrize("text", [
    "The plot sags. Quorin Vashtel keeps the camera low.",        # the full name: the NER's and propagation's
    "The plot sags. Dr. Vashtel keeps the patients calm.",        # a title before it: a part
    "The Vashtel brothers keep the camera low.",                  # a team's word after it
    "It is set in Vashtel Street, a grey place.",                 # a capitalised word after it
    "Her letter to Vashtel, sent in spring, goes astray.",        # no maker's place: a comma
    "The plot sags. Vashtel of the title keeps the camera low.",  # a preposition after it
])
def test_a_lone_surname_elsewhere_is_left(text):
    assert lone(text) == []


def test_a_surname_two_principals_share_is_left():
    assert lone("Vashtel keeps the camera low.", others=["Mira Vashtel"]) == []


def test_an_ordinary_word_stands_for_the_director_only_before_a_possessive():
    directors = ["Quorin Stone"]
    assert lone("Stone keeps the camera low.", directors) == []
    assert lone("It is Stone's camera that holds it.", directors) == [("Stone", 6)]


def test_the_reviewed_films_kb_director_by_the_surname_alone_is_credited(extract):
    # DARK CITY (1998), directed by Alex Proyas in the bundled KB; the text never gives his full name
    text = "DARK CITY\n\nThe city is always in shadow. Proyas keeps the mood grim from start to end."
    ex = extract(text, "Dark City", year=1998)
    assert "Proyas" in people_of(ex)
    assert ("Proyas", "director", "Dark City") in credits_of(ex)


def test_without_the_switch_the_lone_surname_is_missed(extract, monkeypatch):
    from filmkg.extractors import resolve

    monkeypatch.setattr(resolve, "KB_DIRECTOR_SURNAMES", False)
    monkeypatch.setattr(resolve, "PRINCIPAL_SURNAMES", False)  # people21's rule reads any principal's lone surname
    text = "DARK CITY\n\nThe city is always in shadow. Proyas keeps the mood grim from start to end."
    assert "Proyas" not in people_of(extract(text, "Dark City", year=1998))


@pytest.mark.parametrize("text", [
    "The film is grey. Quennell's music hums under every scene.",
    "The film is grey.  Quennell's music hums under every scene.",
    "The film is grey!\nQuennell's music hums under every scene.",
])
def test_a_lone_possessor_at_a_sentences_start_is_a_person(text):
    found = people._lone_possessors(text, [], Critic(), KnownPeople(), LEX)
    assert [(m.name, m.start) for m in found] == [("Quennell", text.index("Quennell"))]


def test_a_capitalised_word_before_still_keeps_the_lone_possessor_out():
    text = "The film is grey. Bram Quennell's music hums under every scene."
    assert people._lone_possessors(text, [], Critic(), KnownPeople(), LEX) == []


FILM = "Night Train"


@pytest.mark.parametrize("text", [
    "The caper might have been fun had director Hal Morrow trimmed the last act.",
    "If only director Hal Morrow had trusted his cast a little more.",
    "I wish that director Hal Morrow had cut the last reel.",
    "It could have been a triumph, and director Hal Morrow should have known it.",
])
def test_a_verdict_before_the_directors_title_keeps_the_direction(extract, text):
    assert ("Hal Morrow", "director", FILM) in credits_of(extract(text, FILM))


@pytest.mark.parametrize("text", [
    "It might have been fun had director Hal Morrow not been replaced after a week.",  # a counterfactual after
    "It would have been fun if the originally hired director Hal Morrow had stayed.",  # and before
    "I wish that Hal Morrow had directed it.",                                         # no title before the name
])
def test_a_counterfactual_still_hedges_the_direction(extract, text):
    assert ("Hal Morrow", "director", FILM) not in credits_of(extract(text, FILM))


def test_without_the_switch_the_verdict_hedges_the_direction(extract, monkeypatch):
    from filmkg.extractors import credits as credits_mod

    monkeypatch.setattr(credits_mod, "VERDICT_HEDGES", False)
    text = "If only director Hal Morrow had trusted his cast a little more."
    assert ("Hal Morrow", "director", FILM) not in credits_of(extract(text, FILM))
