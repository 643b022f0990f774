"""Character shapes of the prose: one short sentence per family of extractors/README.md."""

from __future__ import annotations

import pytest

from tests.extractors.conftest import characters_of

FILM = "Night Train"


@pytest.mark.parametrize("text,expected", [
    # an actor's name with a suffix inside the parenthesis
    ("The boy Jake (Harry Connick Jr.) is sweet.", {("Harry Connick Jr", "Jake", None)}),
    # "X is <judgement> as <description>"
    ("Gene Hackman is a complete riot as the weary conductor.", {("Gene Hackman", None, "weary conductor")}),
    ("Holly Hunter is funny and warmly befuddled as the porter.", {("Holly Hunter", None, "porter")}),
    # ... not a comparison
    ("Gene Hackman is not as effective as he was in the past.", set()),
    # "respectively" pairs two actors with two parts, in order
    ("Gene Hackman and Holly Hunter play a porter and a nurse, respectively.",
     {("Gene Hackman", None, "porter"), ("Holly Hunter", None, "nurse")}),
    ("Ed and Ada (Gene Hackman and Holly Hunter, respectively) never meet.",
     {("Gene Hackman", "Ed", None), ("Holly Hunter", "Ada", None)}),
])
def test_character_shapes(extract, text, expected):
    assert characters_of(extract(text, FILM)) == expected


@pytest.mark.parametrize("text,expected", [
    # descriptions holding capitals and abbreviations
    ("The team answers to a cagey former CIA man (Gene Hackman).",
     {("Gene Hackman", None, "cagey former CIA man")}),
    # one description shared by the actors of a parenthesis
    ("Two bickering porters (voiced by Gene Hackman and Holly Hunter) steal the show.",
     {("Gene Hackman", None, "bickering porters"), ("Holly Hunter", None, "bickering porters")}),
    # ... but a second name in brackets that is no person is the actor's film
    ("The conductor Walt (Gene Hackman, Unforgiven) is tired.", {("Gene Hackman", "Walt", None)}),
    # "Character (a fine turn by Actor)", "Character (an unconvincing Actor)"
    ("The porter Ada (a sly turn by Holly Hunter) sees all.", {("Holly Hunter", "Ada", None)}),
    ("The porter Ada (an unconvincing Holly Hunter) sees all.", {("Holly Hunter", "Ada", None)}),
    # "X is NAME, a description"
    ("Gene Hackman is Walt Kowalski, a weary conductor.", {("Gene Hackman", "Walt Kowalski", "weary conductor")}),
    # "has a great turn as", "once again plays"
    ("Gene Hackman has a great turn as a weary conductor.", {("Gene Hackman", None, "weary conductor")}),
    ("Holly Hunter once again plays a nervous porter.", {("Holly Hunter", None, "nervous porter")}),
    # two actors, one plural part; "plays the old man" is a part, "plays the lead" is not
    ("Gene Hackman and Holly Hunter play two weary conductors.",
     {("Gene Hackman", None, "weary conductors"), ("Holly Hunter", None, "weary conductors")}),
    ("Gene Hackman plays the old man on the train.", {("Gene Hackman", None, "old man")}),
    ("Gene Hackman plays the lead.", set()),
    # "his fiancee, played by X"
    ("Ben's nervous fiancee, played by Holly Hunter, calls.", {("Holly Hunter", None, "Ben's nervous fiancee")}),
])
def test_more_character_shapes(extract, text, expected):
    assert characters_of(extract(text, FILM)) == expected


@pytest.mark.parametrize("text,expected", [
    # an apposition between the actor and "plays"
    ("Gene Hackman, a veteran of many westerns, plays Walt Kowalski, a weary conductor.",
     {("Gene Hackman", "Walt Kowalski", "weary conductor")}),
    # a relative clause inside the actor's parenthesis
    ("The hero is Walt Kowalski (Gene Hackman who deserves a prize), a conductor.",
     {("Gene Hackman", "Walt Kowalski", None)}),
    # commas between the words of a description
    ("Ada fears her stern, ex-Army father (Gene Hackman) most.", {("Gene Hackman", None, "stern, ex-Army father")}),
    # "did fine in his role as"
    ("I felt Gene Hackman did fine in his role as the Dark Knight.", {("Gene Hackman", "Dark Knight", None)}),
])
def test_apposition_and_clause_shapes(extract, text, expected):
    assert characters_of(extract(text, FILM)) == expected


def test_actor_then_character_with_a_description(extract):
    """"Actor (Character, description)": the name and the description both belong to the part."""
    assert characters_of(extract("The hero is Gene Hackman (Walt Kowalski, a weary conductor) again.", FILM)) == {
        ("Gene Hackman", "Walt Kowalski", "weary conductor")}


# sixth pass (chars3): the shapes of extractors/README.md "sixth pass", one short sentence each
@pytest.mark.parametrize("text,expected", [
    # a description before the part's name after the verb
    ("Holly Hunter plays widow Ada, a porter.", {("Holly Hunter", "Ada", "widow")}),
    ("Gene Hackman is quite funny as nearly mute Walt Kowalski.", {("Gene Hackman", "Walt Kowalski", "nearly mute")}),
    ("Gene Hackman stars as Swedish detective Walt.", {("Gene Hackman", "Walt", "Swedish detective")}),
    # ... a capitalised noun after "a" describes, it does not name
    ("Gene Hackman plays a former Marine.", {("Gene Hackman", None, "former Marine")}),
    # the role of, the title role, himself
    ("Gene Hackman plays the role of Walt Kowalski.", {("Gene Hackman", "Walt Kowalski", None)}),
    ("Holly Hunter inhabits the role of a weary nurse.", {("Holly Hunter", None, "weary nurse")}),
    ("Holly Hunter turned down the role of a weary nurse.", set()),
    ("Gene Hackman, in the role of a weary porter, is fine.", {("Gene Hackman", None, "weary porter")}),
    ("Holly Hunter plays herself in a cameo.", {("Holly Hunter", None, "herself")}),
    # a bare man qualified by a relative clause
    ("Gene Hackman, as the man who owns the train, is fine.",
     {("Gene Hackman", None, "man who owns the train")}),
    # "starring as", a turn after any words (no one else named before it), a suffix's stop, "a job, NAME"
    ("The film opens with Holly Hunter starring as Ada, a widow.", {("Holly Hunter", "Ada", "widow")}),
    ("Gene Hackman also deserves credit for a greasy turn as the industrialist Zorg.",
     {("Gene Hackman", "Zorg", "industrialist")}),
    ("Gene Hackman praised Holly Hunter's performance as the nurse.", {("Holly Hunter", None, "nurse")}),
    ("Harry Connick Jr. plays Walt, a porter.", {("Harry Connick Jr", "Walt", "porter")}),
    ("Gene Hackman plays a porter, Walt Kowalski.", {("Gene Hackman", "Walt Kowalski", "porter")}),
    # a capitalised word before a lower-case noun is no name ("as Martian cabby", "as Flynt adversary Charles Keating")
    ("Gene Hackman appears as Ada's adversary Walt Kowalski (later a judge).",
     {("Gene Hackman", "Walt Kowalski", "Ada's adversary")}),
    ("Gene Hackman is funny as Martian cabby. Nobody else is.", set()),
    ("Gene Hackman, as Walt doesn't match up well.", {("Gene Hackman", "Walt", None)}),
    # a title before a name is part of it; "named"; "co- stars"; "a fine job portraying"
    ("The boy meets Gene Hackman as school teacher Miss Brand.", {("Gene Hackman", "Miss Brand", "school teacher")}),
    ("Gene Hackman co- stars as a French porter named Walt.", {("Gene Hackman", "Walt", "French porter")}),
    ("Gene Hackman does a fine job portraying the weary porter.", {("Gene Hackman", None, "weary porter")}),
    # "X is NAME." for a performer of the film
    ("Cast: Gene Hackman.\n\nGene Hackman is Walt.", {("Gene Hackman", "Walt", None)}),
    ("Cast: Gene Hackman.\n\nGene Hackman is in Boston.", set()),
])
def test_sixth_pass_verb_shapes(extract, text, expected):
    assert characters_of(extract(text, FILM)) == expected


@pytest.mark.parametrize("text,expected", [
    # brackets: more after the actor's name, a judging opener with commas, a job before the name
    ("The mother, Ada (Holly Hunter-looking tired), waits.", {("Holly Hunter", "Ada", None)}),
    ("The porter Walt (Gene Hackman at his best) waits.", {("Gene Hackman", "Walt", None)}),
    ("Then Jimmy (a pallid, wooden Gene Hackman) leaves.", {("Gene Hackman", "Jimmy", None)}),
    ("The nurse Ada (British actress, Holly Hunter) waits.", {("Holly Hunter", "Ada", None)}),
    # a name before a described part, a possessive part, a quoted name
    ("We meet Ada, the weary night porter (Holly Hunter), at once.",
     {("Holly Hunter", "Ada", "weary night porter")}),
    ("He will meet Ada's father (Gene Hackman) soon.", {("Gene Hackman", None, "Ada's father")}),
    ('There is a thug called "The Welshman" (Gene Hackman) too.', {("Gene Hackman", "The Welshman", None)}),
    ('Gene Hackman (as "Walt," a joke) is fine.', {("Gene Hackman", "Walt", None)}),
    # a suffix before the brackets, "(voice of X)", "(The lovely X)", a verb's particle is no place
    ("We meet Walt Kowalski, Jr. (Gene Hackman), a judge.", {("Gene Hackman", "Walt Kowalski", None)}),
    ("He meets the dragon Draco (voice of Gene Hackman) at last.", {("Gene Hackman", "Draco", None)}),
    ("The romance with Ada (The lovely Holly Hunter) is silly.", {("Holly Hunter", "Ada", None)}),
    ("Then there bursts in Walt (Gene Hackman), a guard.", {("Gene Hackman", "Walt", None)}),
    # the word opening the sentence is no part of the name; an award or a place is no part
    ("But Walt Kowalski (Gene Hackman) is tired.", {("Gene Hackman", "Walt Kowalski", None)}),
    ("It won Best Supporting Actor (Gene Hackman) that year.", set()),
    ("She lives in Boston (Holly Hunter) now.", set()),
    # two parts, then their two actors in brackets
    ("Ed and Ada Kowalski (Gene Hackman and Holly Hunter) never meet.",
     {("Gene Hackman", "Ed", None), ("Holly Hunter", "Ada Kowalski", None)}),
    ("Ed and Ada (Gene Hackman/ Holly Hunter) never meet.",
     {("Gene Hackman", "Ed", None), ("Holly Hunter", "Ada", None)}),
    # played by: a name before the description, words between "by" and the name
    ("We meet Walt, a weary porter played by Gene Hackman.", {("Gene Hackman", "Walt", "weary porter")}),
    ("Ada, played by newcomer Holly Hunter, waits.", {("Holly Hunter", "Ada", None)}),
    ("His brother Walt, played with venom by Gene Hackman, waits.", {("Gene Hackman", "Walt", "brother")}),
])
def test_sixth_pass_bracket_shapes(extract, text, expected):
    assert characters_of(extract(text, FILM)) == expected


def test_the_title_role_is_the_film_s_name(extract):
    ex = extract("ADA KOWALSKI is slow. Holly Hunter takes the title role.", "Ada Kowalski")
    assert characters_of(ex) == {("Holly Hunter", "Ada Kowalski", None)}


def test_the_title_role_of_another_film_is_not_this_one(extract):
    ex = extract('ADA KOWALSKI is slow. Holly Hunter played the title role in "The Glass Harbor" once.', "Ada Kowalski")
    assert characters_of(ex) == set()
