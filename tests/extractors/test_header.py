"""header: labelled credit lines at the top of a review, and an unlabelled cast line."""

from __future__ import annotations

import pytest

from filmkg.extractors import state
from filmkg.extractors.header import find_header_credits


def header_of(doc) -> set[tuple[str, str, tuple[str, ...]]]:
    return {(m.kind, m.name, m.roles) for m in state.mentions(doc, state.HEADER)}


@pytest.mark.parametrize("text,expected", [
    ("Director: Sofia Marsh\nCast: Tom Ellery, Rosa Quint\n\nA slow film.",
     {("person", "Sofia Marsh", ("director",)), ("person", "Tom Ellery", ("actor",)),
      ("person", "Rosa Quint", ("actor",))}),
    ("Written and directed by Paul Verdane\nMusic: Ines Calloway\n\nIt drags.",
     {("person", "Paul Verdane", ("director", "screenwriter")), ("person", "Ines Calloway", ("composer",))}),
    ("Producers: Dana Hollis and Mark Ferrante\nCinematography: Joel Prentiss\n\nFine.",
     {("person", "Dana Hollis", ("producer",)), ("person", "Mark Ferrante", ("producer",)),
      ("person", "Joel Prentiss", ("cinematographer",))}),
    ("Starring: Lena Varga (Maria), Owen Stiles (the sheriff)\n\nA western.",
     {("person", "Lena Varga", ("actor",)), ("character", "Maria", ()),
      ("person", "Owen Stiles", ("actor",)), ("character", "the sheriff", ())}),
    ("Screenplay: Carl Benning based on the novel by Ruth Ames\n\nA drama.",
     {("person", "Carl Benning", ("screenwriter",))}),
    ("Edited by Nora Quayle. Produced by Victor Lamb.\n\nA thriller.",
     {("person", "Nora Quayle", ("editor",)), ("person", "Victor Lamb", ("producer",))}),
])
def test_labelled_lines(run, text, expected):
    assert header_of(run(text, until="header")) == expected


@pytest.mark.parametrize("text,expected", [
    ("March 3, 1997\n\nTom Ellery, Rosa Quint, Maya Lindqvist\n\nThe film opens in a bar.",
     {"Tom Ellery", "Rosa Quint", "Maya Lindqvist"}),
])
def test_unlabelled_cast_line(run, text, expected):
    doc = run(text, until="header")
    found = state.mentions(doc, state.HEADER)
    assert {m.name for m in found} == expected
    assert {m.rule for m in found} == {"header.cast_line"}


@pytest.mark.parametrize("text", [
    "The director, who shall remain nameless, ruins it.",  # "director," in prose is no label
    "He stars with Kevin Bacon in a bland comedy.",  # "with" needs a colon
])
def test_prose_is_not_a_header(run, text):
    assert header_of(run(text, until="header")) == set()


# ---------------------------------------------------------------- layouts of the survey (extractors/README.md)
# find_header_credits alone, one short block per layout: (name, roles, character) in text order.

def got(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.name, "+".join(c.roles), c.character) for c in find_header_credits(text)]


@pytest.mark.parametrize("text,expected", [
    # Wrapped value, continuation indented under the value's column.
    ("Starring:  Ann Bell, Carl Dunn, Eve Fox,\n           Gus Hale, Ida Jones\nDirector:  Kim Lowe\n",
     [("Ann Bell", "actor", None), ("Carl Dunn", "actor", None), ("Eve Fox", "actor", None),
      ("Gus Hale", "actor", None), ("Ida Jones", "actor", None), ("Kim Lowe", "director", None)]),
    # Wrapped without a trailing comma: the continuation lines up with the value.
    ("Cast:  Ann Bell, Carl Dunn, Eve Fox, Gus\n       Hale, Ida Jones\n",
     [("Ann Bell", "actor", None), ("Carl Dunn", "actor", None), ("Eve Fox", "actor", None),
      ("Gus Hale", "actor", None), ("Ida Jones", "actor", None)]),
    # A role in brackets broken over the line end.
    ("Cast: Ann Bell (Dr.\n      Mary Lake), Carl Dunn (Tom)\n",
     [("Ann Bell", "actor", "Dr. Mary Lake"), ("Carl Dunn", "actor", "Tom")]),
    # One "Name as Role" a line, aligned under the value.
    ("Starring:  Ann Bell as Mary Lake      \n           Carl Dunn as Tom\nGenre:  Drama\n",
     [("Ann Bell", "actor", "Mary Lake"), ("Carl Dunn", "actor", "Tom")]),
    # A bracket listing the actor's films in capitals is no part.
    ("Cast          Ann Bell\n              Carl Dunn (OLD FILM, NEW FILM)\n",
     [("Ann Bell", "actor", None), ("Carl Dunn", "actor", None)]),
    # A hanging indent under a wide label column.
    ("Actors:                 Ann Bell as Mary Lake      \n                Carl Dunn as Tom\nGenre:  Drama\n",
     [("Ann Bell", "actor", "Mary Lake"), ("Carl Dunn", "actor", "Tom")]),
    ("Actors: Ann Bell as Mary Lake\nCarl Dunn as Tom\nGenre: Drama\n",
     [("Ann Bell", "actor", "Mary Lake"), ("Carl Dunn", "actor", "Tom")]),
    # A qualifier in brackets before the colon.
    ("Actors (voices):   Ann Bell as Mary, Carl Dunn as Tom\n",
     [("Ann Bell", "actor", "Mary"), ("Carl Dunn", "actor", "Tom")]),
    # A suffix after a comma belongs to the name before it.
    ("Director: Ann Bell, Jr.\n", [("Ann Bell", "director", None)]),
    # Run-in crew credits end at the ';' before the next one.
    ("Photographed by Ann Bell; edited by Carl Dunn, Eve Fox.\n",
     [("Ann Bell", "cinematographer", None), ("Carl Dunn", "editor", None), ("Eve Fox", "editor", None)]),
    # A run-on line of "Craft - Name" credits: each value ends at the next craft; crafts are no names, and
    # a craft the schema has no role for makes a contributor.
    ("USA. 1997. Director - Ann Bell, Screenplay - Carl Dunn & Eve Fox, Producer - Gus Hale, Photography\n"
     "- Ida Jones, Special Effects - Kim Lowe\n",
     [("Ann Bell", "director", None), ("Carl Dunn", "screenwriter", None), ("Eve Fox", "screenwriter", None),
      ("Gus Hale", "producer", None), ("Ida Jones", "cinematographer", None), ("Kim Lowe", "contributor", None)]),
    # Same-line columns still split.
    ("Director:  Ann Bell      Producer:  Carl Dunn\n",
     [("Ann Bell", "director", None), ("Carl Dunn", "producer", None)]),
    # An initial at the line end: the name goes on below ("J.G." is one name word).
    ("Cast: Ann Bell, Carl W.\nDunn (Sam), Eve Fox\n\nFine.",
     [("Ann Bell", "actor", None), ("Carl W. Dunn", "actor", "Sam"), ("Eve Fox", "actor", None)]),
    ("Directed by Ann Bell. Based on the book by R.T.\nMoss.\nCast: Eve Fox\n",
     [("Ann Bell", "director", None), ("R.T. Moss", "source_author", None), ("Eve Fox", "actor", None)]),
    # " at " hands a producer line over to the companies
    ("Produced by Ann Bell and Carl Dunn at WB and Castle Hill/Summit Pictures.\n",
     [("Ann Bell", "producer", None), ("Carl Dunn", "producer", None)]),
])
def test_wrapped_values(text, expected):
    assert got(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Directed by     Ann Bell\nCast            Carl Dunn, Eve Fox,\n                Gus Hale\nMPAA Rating     R\n",
     [("Ann Bell", "director", None), ("Carl Dunn", "actor", None), ("Eve Fox", "actor", None),
      ("Gus Hale", "actor", None)]),
    ("Director        Ann Bell\nMusic           Carl Dunn\n",
     [("Ann Bell", "director", None), ("Carl Dunn", "composer", None)]),
])
def test_column_headers_without_colon(text, expected):
    assert got(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Cast:\nAnn Bell (Mary)\nCarl Dunn (Tom)\n\nThe film opens.",
     [("Ann Bell", "actor", "Mary"), ("Carl Dunn", "actor", "Tom")]),
    ("CAST.....\nAnn Bell..... Mary Lake\nCarl Dunn..... Tom\n\nThe film opens.",
     [("Ann Bell", "actor", "Mary Lake"), ("Carl Dunn", "actor", "Tom")]),
    ("Starring\n Ann Bell as Mary Lake\n Carl Dunn as Tom\n\nThe film opens.",
     [("Ann Bell", "actor", "Mary Lake"), ("Carl Dunn", "actor", "Tom")]),
    (" CAST\n Ann Bell - Herself\n Carl Dunn - Himself\n\nThe film opens.",
     [("Ann Bell", "actor", "Herself"), ("Carl Dunn", "actor", "Himself")]),
    ("Starring:\n\nAnn Bell as Mary, his wife\nCarl Dunn as Tom\n\nThe film opens.",
     [("Ann Bell", "actor", "Mary"), ("Carl Dunn", "actor", "Tom")]),
    # Several roles after the separator stay one role.
    ("CAST\nAnn Bell - Mary Lake/Sue Lake\nCarl Dunn - Tom\n\nThe film opens.",
     [("Ann Bell", "actor", "Mary Lake/Sue Lake"), ("Carl Dunn", "actor", "Tom")]),
    # Dotted leaders without a label over them; one such line alone is not a cast.
    ("Ann Bell...............Mary Lake\nCarl Dunn...............Tom\n\nThe film opens.",
     [("Ann Bell", "actor", "Mary Lake"), ("Carl Dunn", "actor", "Tom")]),
    ("Rating.............3 stars\n\nThe film opens.", []),
    # A wrapped list under a bare label is read as one value.
    ("Cast:\n    Ann Bell (Mary), Carl Dunn\n    (Tom), Eve Fox (Sue)\n\nThe film opens.",
     [("Ann Bell", "actor", "Mary"), ("Carl Dunn", "actor", "Tom"), ("Eve Fox", "actor", "Sue")]),
    # A bare everyday word heading prose is not a label.
    ("Starring\nin a film is hard work.\n", []),
])
def test_one_name_per_line(text, expected):
    assert got(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Starring Ann Bell, Carl Dunn, Eve Fox\nDirected by Gus Hale\n",
     [("Ann Bell", "actor", None), ("Carl Dunn", "actor", None), ("Eve Fox", "actor", None),
      ("Gus Hale", "director", None)]),
    ("starring Ann Bell, Carl Dunn, Eve\nFox, Gus Hale\nwritten by Ida Jones\n",
     [("Ann Bell", "actor", None), ("Carl Dunn", "actor", None), ("Eve Fox", "actor", None),
      ("Gus Hale", "actor", None), ("Ida Jones", "screenwriter", None)]),
    ("starring Ann Bell, Carl Dunn, Tom\nEve Fox, Gus Hale\n",
     [("Ann Bell", "actor", None), ("Carl Dunn", "actor", None), ("Tom Eve Fox", "actor", None),
      ("Gus Hale", "actor", None)]),
    ("With Ann Bell, Carl Dunn and Eve Fox.\n", [("Ann Bell", "actor", None), ("Carl Dunn", "actor", None),
                                              ("Eve Fox", "actor", None)]),
    # Prose opening with the same words is not a cast list.
    ("With two young stars (Ann Bell and Carl Dunn), a stylish\ndirector and a premise.\n", []),
    ("Starring roles are rare for Ann Bell.\n", []),
])
def test_run_in_cast_without_colon(text, expected):
    assert got(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Featuring the voices of Ann Bell, Carl Dunn,\n          Eve Fox, and Gus Hale\nDirectors: Ida Jones\n",
     [("Ann Bell", "actor", None), ("Carl Dunn", "actor", None), ("Eve Fox", "actor", None),
      ("Gus Hale", "actor", None), ("Ida Jones", "director", None)]),
    ("CAST.....\nVoice of Ann Bell..... Mary\nCarl Dunn..... Tom\n\nThe film opens.",
     [("Ann Bell", "actor", "Mary"), ("Carl Dunn", "actor", "Tom")]),
    ("Featuring the voices of Ann Bell, Carl Dunn, Eve\nFox Hale and Gus Lowe.\n",
     [("Ann Bell", "actor", None), ("Carl Dunn", "actor", None), ("Eve Fox Hale", "actor", None),
      ("Gus Lowe", "actor", None)]),
    ("With the voices of Ann Bell and Carl Dunn\n", [("Ann Bell", "actor", None), ("Carl Dunn", "actor", None)]),
    ("Voices: Ann Bell, Carl Dunn.\n", [("Ann Bell", "actor", None), ("Carl Dunn", "actor", None)]),
])
def test_voice_cast_labels(text, expected):
    assert got(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("A film by Ann Bell\nFrom the novel by Carl Dunn\n",
     [("Ann Bell", "director", None), ("Carl Dunn", "source_author", None)]),
    # Only as a header line: in prose "a film by" is the critic's phrasing, read by the prose rules.
    ("It was good. A film by Ann Bell is rare.\n", []),
])
def test_a_film_by(text, expected):
    assert got(text) == expected


@pytest.mark.parametrize("text,expected", [
    # each value ends at the semicolon before the next label, whatever its case
    ("Director: Ann Vale; Screenwriter: Bo Kern; Cast: Tom Ree (Sam), Ida Fenn\n\nA fable.",
     [("Ann Vale", "director", None), ("Bo Kern", "screenwriter", None), ("Tom Ree", "actor", "Sam"),
      ("Ida Fenn", "actor", None)]),
    # a cast label without a colon after a semicolon, its list wrapped onto the next line
    ("Directed by Ann Vale; With Tom Ree, Ida Fenn,\nLiza Moor\n\nA fable.",
     [("Ann Vale", "director", None), ("Tom Ree", "actor", None), ("Ida Fenn", "actor", None),
      ("Liza Moor", "actor", None)]),
    ("Written and directed by Ann Vale; starring Tom Ree and Ida Fenn; executive producer Bo Kern\n\nA fable.",
     [("Ann Vale", "director+screenwriter", None), ("Tom Ree", "actor", None), ("Ida Fenn", "actor", None),
      ("Bo Kern", "producer", None)]),
])
def test_labels_after_semicolons(text, expected):
    assert got(text) == expected


def test_role_with_brackets_inside():
    assert got("Cast: Tom Ree (Lt. (j.g.) Sam Ford), Ida Fenn\n\nA fable.") == [
        ("Tom Ree", "actor", "Lt. (j.g.) Sam Ford"), ("Ida Fenn", "actor", None)]


@pytest.mark.parametrize("text,expected", [
    ("DIRECTOR:        ANN VALE-ROSS\nMUSIC:           BO McKERN\nCAST:            Tom Ree, Ida Fenn.\n\nA fable.",
     [("Ann Vale-Ross", "director", None), ("Bo McKern", "composer", None), ("Tom Ree", "actor", None),
      ("Ida Fenn", "actor", None)]),
    ("STARRING TOM REE, IDA FENN AND LIZA DeMOOR\nDIRECTED BY ANN VALE\nA fable.",
     [("Tom Ree", "actor", None), ("Ida Fenn", "actor", None), ("Liza DeMoor", "actor", None),
      ("Ann Vale", "director", None)]),
    # a title in capitals after "With" opens prose, not a cast
    ("With DARK WATERS, its director goes on.\n", []),
])
def test_names_in_capitals(text, expected):
    assert got(text) == expected


def test_a_caps_list_wrapped_after_and_and_a_long_label():
    assert got("STARRING TOM REE, IDA FENN AND\nLIZA MOOR.\nORIGINAL MUSIC BY BO KERN\n\nA fable.") == [
        ("Tom Ree", "actor", None), ("Ida Fenn", "actor", None), ("Liza Moor", "actor", None),
        ("Bo Kern", "composer", None)]


@pytest.mark.parametrize("text,expected", [
    # a cast run on into "written by", "produced by" after commas: each label takes its own names
    ("Starring: Tom Ree (Sam), Ida Fenn (Sue), written by Bo Kern, Al Grey, produced by Liza Moor,\n"
     "directed by Ann Vale.\n\nA fable.",
     [("Tom Ree", "actor", "Sam"), ("Ida Fenn", "actor", "Sue"), ("Bo Kern", "screenwriter", None),
      ("Al Grey", "screenwriter", None), ("Liza Moor", "producer", None), ("Ann Vale", "director", None)]),
    ("Screenplay: Bo Kern, based on the novel by Al Grey\n\nA fable.",
     [("Bo Kern", "screenwriter", None), ("Al Grey", "source_author", None)]),
    ("Credits: Directed by Ann Vale\n\nA fable.", [("Ann Vale", "director", None)]),
    ("Directed by Ann Vale \u2026 Starring Tom Ree, Ida Fenn\n\nA fable.",
     [("Ann Vale", "director", None), ("Tom Ree", "actor", None), ("Ida Fenn", "actor", None)]),
])
def test_labels_after_commas_and_headings(text, expected):
    assert got(text) == expected


def test_a_by_label_after_a_comma_in_prose_is_no_header():
    assert got("We liked the film, directed by a man we admire, a lot.\n") == []


@pytest.mark.parametrize("text,expected", [
    # labels run on in one line without a separator: each capitalised "Label:" opens its own value
    ("Cast: Tom Ree, Ida Fenn Director: Ann Vale Screenplay: Bo Kern\n\nA fable.",
     [("Tom Ree", "actor", None), ("Ida Fenn", "actor", None), ("Ann Vale", "director", None),
      ("Bo Kern", "screenwriter", None)]),
    # ... but not inside a longer label
    ("Producer: Liza Moor Executive Producer: Al Grey\n\nA fable.",
     [("Liza Moor", "producer", None), ("Al Grey", "producer", None)]),
    # a label word in lower case inside prose is no label
    ("He loved Ida Fenn director: of course he did.\n\nA fable.", []),
])
def test_labels_run_on_in_one_line(text, expected):
    assert got(text) == expected
