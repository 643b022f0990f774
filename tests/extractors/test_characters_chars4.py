"""Character shapes of the seventh pass (extractors/README.md, branch chars4): one invented sentence per rule,
with the near miss each rule must leave alone."""

from __future__ import annotations

import pytest

from tests.extractors.conftest import characters_of

FILM = "Night Train"
CAST = "Cast: Gene Hackman, Holly Hunter.\n\n"


@pytest.mark.parametrize("text,expected", [
    # a hyphenated word opening with a function word ("one-time") is a word of the description
    ("A one-time chess prodigy played by Gene Hackman wants a rematch.",
     {("Gene Hackman", None, "one-time chess prodigy")}),
    # a relation ends a possessive part, whatever verb follows; a longer part stays whole
    (CAST + "Gene Hackman as Ada's cousin and Holly Hunter as Ada's aunt make a fine pair.",
     {("Gene Hackman", None, "Ada's cousin"), ("Holly Hunter", None, "Ada's aunt")}),
    (CAST + "Holly Hunter plays Ada's assistant director.", {("Holly Hunter", None, "Ada's assistant director")}),
    # judging words with commas, then the part
    (CAST + "Holly Hunter is squandered in her brief, tacked-on part as a hat-check girl.",
     {("Holly Hunter", None, "hat-check girl")}),
    (CAST + "Holly Hunter is good, as always, in this one.", set()),
    (CAST + "Gene Hackman gives the one lively performance in the film as the harbour master.",
     {("Gene Hackman", None, "harbour master")}),
    (CAST + "Holly Hunter steals the show as the shy but clever Ada Pike.",
     {("Holly Hunter", "Ada Pike", "shy but clever")}),
    # "X is his/her ...", with a stray comma; judgements and real life are no part
    (CAST + "Holly Hunter, is his landlady of long standing.", {("Holly Hunter", None, "his landlady")}),
    (CAST + "Holly Hunter is his perfect match.", set()),
    (CAST + "Holly Hunter is his daughter in real life.", set()),
    (CAST + "Holly Hunter is a gem.", set()),
    # a comma closing a clause about the part: the actor is not the subject of the copula
    (CAST + "Ada, played by Holly Hunter, is a spot-on portrait of a nurse.", {("Holly Hunter", "Ada", None)}),
    # "X is NAME," / "X is NAME (...)"
    (CAST + "Gene Hackman is Tom Ree, someone to fear.", {("Gene Hackman", "Tom Ree", None)}),
    (CAST + "Gene Hackman is Tom (no surname), a thief.", {("Gene Hackman", "Tom", None)}),
    (CAST + "Gene Hackman was Oscar-nominated, and rightly so.", set()),
    # "X is Ada's mother", "X is Ada's loyal sister Jo"; not a marriage of the time
    (CAST + "Holly Hunter is Ada's mother, who worries.", {("Holly Hunter", None, "Ada's mother")}),
    (CAST + "Holly Hunter is Ada's loyal sister Jo, who follows her.",
     {("Holly Hunter", "Jo", "Ada's loyal sister")}),
    (CAST + "Holly Hunter was Tom's wife at the time of filming.", set()),
    # "X is the DESCRIPTION, NAME, who ..."
    (CAST + "Gene Hackman is the lonely ventriloquist, Tom Ree, who hates them.",
     {("Gene Hackman", "Tom Ree", "lonely ventriloquist")}),
    # an owned part before a verb in -s; a plural noun is no verb
    (CAST + "Hackman's Tom Ree trusts nobody.", {("Gene Hackman", "Tom Ree", None)}),
    (CAST + "Hackman's Texas roots show.", set()),
    # an honorific inside the bracket, for a performer only
    (CAST + "Agent Ree (Sir Gene Hackman) arrives.", {("Gene Hackman", "Agent Ree", None)}),
    # "another DESCRIPTION (played by X)"
    (CAST + "He is engaged to another nurse (played by Holly Hunter).", {("Holly Hunter", None, "nurse")}),
    # a bracket glued to the part's name
    (CAST + "It is the story of Tom Ree(Gene Hackman), a fired writer.", {("Gene Hackman", "Tom Ree", None)}),
    # the story's subject is no place
    (CAST + "The story revolves around Dr. Tom Ree (Gene Hackman), a survivor.",
     {("Gene Hackman", "Dr. Tom Ree", None)}),
    # "finds a friend in NAME (X)": a person, not a place
    (CAST + "He finds a friend in Ada Pike (Holly Hunter) at school.", {("Holly Hunter", "Ada Pike", None)}),
    # capitalised words of a description before the name
    (CAST + "Holly Hunter plays Internal Affairs officer Ada Pike.",
     {("Holly Hunter", "Ada Pike", "Internal Affairs officer")}),
    # "As played by X, NAME ..."; "(played with DESCRIPTION by X)"; "As NAME, X is a ..." keeps the name
    (CAST + "It is a sad tale. As played by Holly Hunter, Ada comes close to a caricature.",
     {("Holly Hunter", "Ada", None)}),
    (CAST + "As played by Gene Hackman, the film drags.", set()),
    (CAST + "The film opens with Ada (played with a fiery intensity by Holly Hunter) shouting.",
     {("Holly Hunter", "Ada", None)}),
    (CAST + "It is a sad tale. As Tom Ree, Gene Hackman is a projection of a famous man.",
     {("Gene Hackman", "Tom Ree", None)}),
    # a judgement of the writing is no description
    (CAST + "Holly Hunter does her best as the one-note Ada.", {("Holly Hunter", "Ada", None)}),
])
def test_seventh_pass_shapes(extract, text, expected):
    assert characters_of(extract(text, FILM)) == expected


def test_an_honorific_part_is_not_a_titled_actor(extract):
    """'Ada's uncle (Sir Tom Ree)': a titled part named in the bracket, not a performer."""
    found = characters_of(extract("Ada's uncle (Sir Tom Ree) drinks too much.", FILM))
    assert not any(actor == "Tom Ree" for actor, _, _ in found)


def test_an_unknown_pair_turns_the_way_of_its_list(extract):
    """Two unknown names in "A (B)": the other pairs of the list (titled parts inside the brackets) say the
    performer stands outside, though reviews mostly write "Part (Actor)"."""
    text = ("Tom Reeb (Sheriff Jack Vole), Ann Marr (Dr Ruth Pell), Zed Orrin (Deputy Pete Fane), "
            "Mia Tarn (Edie Lusk)\n\nA small film.")
    found = characters_of(extract(text, FILM))
    assert ("Mia Tarn", "Edie Lusk", None) in found
    assert not any(actor == "Edie Lusk" for actor, _, _ in found)
