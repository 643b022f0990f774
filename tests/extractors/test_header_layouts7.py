"""header, seventh pass: slash-joined and crew-craft labels, "Actor (Part)" lists without a label (one
orientation a list), "Part:  Actor" tables, bracketed parts in a column, cast lists broken over lines."""

from __future__ import annotations

import pytest

from filmkg.extractors.header import find_cast_line, find_header_credits


def got(text: str) -> list[tuple[str, tuple[str, ...], str | None]]:
    return [(c.name, c.roles, c.character) for c in find_header_credits(text)]


def cast_line(text: str) -> list[tuple[str, str | None]]:
    return [(c.name, c.character) for c in find_cast_line(text)]


def test_slash_joined_labels_give_every_role_and_crafts_give_contributors():
    text = ("UK. 1984. Director/Screenplay/Producer - Ann Bell, Photography\n- Carl Dunn, Music - Eve Fox, "
            "Special Effects/Makeup\nEffects - Gus Hale & Ida Jones, Title\nSequence/Extra Optical\n"
            "Effects - Kim Lowe. Production Company - Moon Unit Films.\n")
    assert got(text) == [
        ("Ann Bell", ("director", "screenwriter", "producer"), None), ("Carl Dunn", ("cinematographer",), None),
        ("Eve Fox", ("composer",), None), ("Gus Hale", ("contributor",), None), ("Ida Jones", ("contributor",), None),
    ]


@pytest.mark.parametrize("text,expected", [
    ("Costumes:  Ann Bell\nProduction Designer:  Carl Dunn\n", [("Ann Bell", ("contributor",), None),
                                                               ("Carl Dunn", ("contributor",), None)]),
    # a generic craft label; the effects house (one word, a company) and a studio are no people
    ("Director - Ann Bell, Mechanical Effects Supervisor - Carl Dunn, Digital Effects - Pixelworks, "
     "Creature Effects - Moon Unit Effects.\n",
     [("Ann Bell", ("director",), None), ("Carl Dunn", ("contributor",), None)]),
    # "Supervisor - X" inside a crew bracket is no part
    ("Music - Ann Bell, Visual Effects - Carl Dunn (Supervisor - Eve Fox).\n",
     [("Ann Bell", ("composer",), None), ("Carl Dunn", ("contributor",), None)]),
])
def test_crew_crafts(text, expected):
    assert got(text) == expected


def test_crafts_in_prose_are_no_labels():
    assert got("The film looks fine.  Special effects Wizard Tom Reed did his best.\n") == []


def test_unlabelled_part_list_under_a_crew_paragraph():
    text = ("USA. 1979. Director - Ann Bell, Music - Carl Dunn.\n"
            "Eve Fox (Dr Mary Lake), Gus Hale (Sheriff Tom Reed), Ida\n"
            "Jones (Sue Lake), Kim Lowe (Mayor Bo Wick)\n\nPlot: a town is struck.\n")
    assert cast_line(text) == [("Eve Fox", "Dr Mary Lake"), ("Gus Hale", "Sheriff Tom Reed"),
                               ("Ida Jones", "Sue Lake"), ("Kim Lowe", "Mayor Bo Wick")]


def test_part_first_list_is_turned_round_as_a_whole():
    # titles stand on the left: the characters come first in this list
    text = "Dr Mary Lake (Eve Fox), Sheriff Tom Reed (Gus Hale), Sue Lake (Ida Jones), Bo Wick (Kim Lowe)\n\nFine.\n"
    assert cast_line(text) == [("Eve Fox", "Dr Mary Lake"), ("Gus Hale", "Sheriff Tom Reed"),
                               ("Ida Jones", "Sue Lake"), ("Kim Lowe", "Bo Wick")]


def test_prose_with_brackets_is_no_cast_list():
    assert cast_line("Mary (Eve Fox), a nurse, meets Tom (Gus Hale) in a bar.\n\nIt is slow.\n") == []


@pytest.mark.parametrize("text,expected", [
    # two columns under a heading, the character first
    ("                 Principal Cast\nMary Lake:  Eve Fox          Tom:  Gus Hale\n"
     "Sir Bo Wick:  Ida Jones\n\nA comedy.\n",
     [("Eve Fox", ("actor",), "Mary Lake"), ("Gus Hale", ("actor",), "Tom"), ("Ida Jones", ("actor",), "Sir Bo Wick")]),
    # one a line; a crew line after the table is not read as a part
    ("Mary Lake: Eve Fox\nTom Reed: Gus Hale\nSong Lyrics: Ida Jones\n\nA musical.\n",
     [("Eve Fox", ("actor",), "Mary Lake"), ("Gus Hale", ("actor",), "Tom Reed")]),
])
def test_part_actor_tables(text, expected):
    assert got(text) == expected


def test_a_single_part_line_is_no_table():
    assert got("Country: United Kingdom\n\nA film.\n") == []


def test_parts_in_a_bracket_column():
    text = "Starring :     Ann Bell           (Mary Lake)\n               Carl Dunn          (Tom Reed)\n" \
           "               Eve Fox\nRunning Time :   98 mins\n"
    assert got(text) == [("Ann Bell", ("actor",), "Mary Lake"), ("Carl Dunn", ("actor",), "Tom Reed"),
                         ("Eve Fox", ("actor",), None)]


def test_a_name_broken_before_its_part_and_a_stray_stop():
    text = "Cast: Ann Bell (Mary), Carl\nDunn Wick (Tom), Eve Fox (Sue). Gus Hale (Bo), Ida Jones (Al).\n"
    assert got(text) == [("Ann Bell", ("actor",), "Mary"), ("Carl Dunn Wick", ("actor",), "Tom"),
                         ("Eve Fox", ("actor",), "Sue"), ("Gus Hale", ("actor",), "Bo"),
                         ("Ida Jones", ("actor",), "Al")]


def test_a_semicolon_cast_list_wraps_over_the_line_end():
    text = ("Cast: Ann Bell; Carl Dunn; Eve Fox; Gus Hale; \nIda Jones; Kim Lowe \nDirector: Moe Nash \n\n"
            "The film opens.")
    names = {n for n, roles, _ in got(text) if roles == ("actor",)}
    assert names == {"Ann Bell", "Carl Dunn", "Eve Fox", "Gus Hale", "Ida Jones", "Kim Lowe"}
    # a run-in's facts after a semicolon are no names
    text = "(Ann Bell (Sue), Carl Dunn (Bo); Runtime: 98;\nPolygram Release; 1992)\n\nThe film opens."
    assert all(n != "Polygram Release" for n, _, _ in got(text))
