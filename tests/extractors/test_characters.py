"""characters: whom an actor plays, by name and/or description."""

from __future__ import annotations

import pytest

from tests.extractors.conftest import characters_of

FILM = "Night Train"


@pytest.mark.parametrize("text,expected", [
    # characters.paren_character
    ("Gene Hackman (Harry Caul) listens to everyone.", {("Gene Hackman", "Harry Caul", None)}),
    # characters.paren_actor
    ("Harry Caul (Gene Hackman) listens to everyone.", {("Gene Hackman", "Harry Caul", None)}),
    ("A weary nurse (Frances McDormand) tends him.", {("Frances McDormand", None, "weary nurse")}),
    # characters.paren_as
    ("Robert Duvall (as the ship's captain) has little to do.", {("Robert Duvall", None, "ship's captain")}),
    # characters.plays
    ("Gene Hackman plays Harry Caul, a surveillance expert.",
     {("Gene Hackman", "Harry Caul", "surveillance expert")}),
    ("Holly Hunter plays a deaf widow.", {("Holly Hunter", None, "deaf widow")}),
    # ... returns / reprises a role / shines as (a judgement after "as" is no part)
    ("Gene Hackman returns as Harry Caul, still alone.", {("Gene Hackman", "Harry Caul", None)}),
    ("Holly Hunter reprises her role as the deaf widow.", {("Holly Hunter", None, "deaf widow")}),
    ("Holly Hunter shines as a grieving nurse.", {("Holly Hunter", None, "grieving nurse")}),
    ("Holly Hunter stands out as a real delight.", set()),
    # characters.owns_part: the part an actor of the film owns (the header casts him)
    ("Cast: Gene Hackman.\n\nHackman's Harry Caul, a lonely expert, trusts nobody.",
     {("Gene Hackman", "Harry Caul", "lonely expert")}),
    ("Cast: Gene Hackman.\n\nHackman's U.S. fans will wait.", set()),
    ("Cast: Gene Hackman.\n\nHackman's Oscar nomination came late.", set()),
    # characters.is_a: "X is a/the part" for an actor of the film; "the" judged is no part
    ("Cast: Gene Hackman.\n\nHackman is the lonely surveillance expert.",
     {("Gene Hackman", None, "lonely surveillance expert")}),
    ("Cast: Gene Hackman.\n\nHackman is the best thing in it.", set()),
    ("Cast: Gene Hackman.\n\nHackman is the most glaring of the stereotypes.", set()),
    # characters.plays: "X's turn / performance as ..." for an actor of the film, not of another film
    ("Cast: Gene Hackman.\n\nHackman's tough, sly performance as the lonely cop is fine.",
     {("Gene Hackman", None, "lonely cop")}),
    ("Cast: Gene Hackman.\n\nHackman's turn as Harry Caul, a surveillance expert, is fine.",
     {("Gene Hackman", "Harry Caul", "surveillance expert")}),

    # ... with any apposition before the verb
    ("Gene Hackman, in the performance of a lifetime, plays Harry Caul.", {("Gene Hackman", "Harry Caul", None)}),
    ("Holly Hunter, who reminds me of Ann Vale, plays a weary nurse.", {("Holly Hunter", None, "weary nurse")}),
    # a pronoun opening the next sentence: the one actor the sentence before names
    ("Cast: Holly Hunter, Gene Hackman.\n\nHolly Hunter is fine. She plays a weary nurse.",
     {("Holly Hunter", None, "weary nurse")}),
    ("Cast: Holly Hunter, Gene Hackman.\n\nHolly Hunter and Gene Hackman are fine. She plays a weary nurse.", set()),
    # a qualified job is a part, a judged or bare one is not
    ("Holly Hunter plays an aspiring writer.", {("Holly Hunter", None, "aspiring writer")}),
    ("Holly Hunter plays a supporting actor.", set()),
    # characters.paired_names: two actors, two named parts, in order
    ("Holly Hunter and Gene Hackman play Ruth and Harry Caul, a couple.",
     {("Holly Hunter", "Ruth", None), ("Gene Hackman", "Harry Caul", None)}),
    # characters.played_by: a sentence-initial determiner, an adverb or phrase before "by"
    ("The oldest son, played by Gene Hackman, sulks.", {("Gene Hackman", None, "oldest son")}),
    ("A nervous clerk, played with quiet dread by Holly Hunter, sulks.", {("Holly Hunter", None, "nervous clerk")}),
    ("Bernie, played perfectly by Gene Hackman, sulks.", {("Gene Hackman", "Bernie", None)}),
    ("His boss (nicely played by Gene Hackman) sulks.", {("Gene Hackman", None, "boss")}),
    # characters.played_by
    ("Soon we meet the conductor, played by Robert Duvall.", {("Robert Duvall", None, "conductor")}),
    # characters.as_before
    ("As Mrs. Lark, Holly Hunter steals every scene.", {("Holly Hunter", "Mrs. Lark", None)}),
])
def test_characters(extract, text, expected):
    assert characters_of(extract(text, FILM)) == expected


def test_one_character_per_actor(extract):
    ex = extract("Gene Hackman (Harry Caul) listens. Gene Hackman plays a lonely expert.", FILM)
    assert characters_of(ex) == {("Gene Hackman", "Harry Caul", "lonely expert")}


def test_a_character_named_like_a_person_is_not_a_person(extract):
    from tests.extractors.conftest import people_of

    ex = extract("Gene Hackman plays Harry Caul. Harry Caul trusts nobody.", FILM)
    assert people_of(ex) == {"Gene Hackman"}


def test_a_turn_in_another_film(extract):
    ex = extract("Cast: Gene Hackman.\n\nHackman's turn as the cop in THE GLASS HARBOR was better.", FILM)
    name = {k: e.name for k, e in ex.entities.items()}
    assert {(name[f.object], name[f.subject], f.description) for f in ex.facts if f.predicate == "character"} == \
        {("Gene Hackman", "The Glass Harbor", "cop")}
