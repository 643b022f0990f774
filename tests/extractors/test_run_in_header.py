"""run_in_header: credits run into one parenthesis after the title, labels split by semicolons."""

from __future__ import annotations

import pytest

from filmkg.extractors import state
from tests.extractors.conftest import characters_of, credits_of


def header_of(doc) -> set[tuple[str, str, tuple[str, ...]]]:
    """Every name of the credits header once run_in_header has added what header did not read."""
    return {(m.kind, m.name, m.roles) for m in state.mentions(doc, state.HEADER)}


@pytest.mark.parametrize("text,expected", [
    # the opening label, which the line-based header does not read, and no value running on
    # into the next label ("Liza Moor" is not a screenwriter)
    ("THE LONG DAY (director: Ann Vale; screenwriter: Bo Kern; cast: Tom Ree (Sam), Liza Moor, 1999-UK)\n\n"
     "A quiet film.",
     {("person", "Ann Vale", ("director",)), ("person", "Bo Kern", ("screenwriter",)),
      ("person", "Tom Ree", ("actor",)), ("character", "Sam", ()), ("person", "Liza Moor", ("actor",))}),
    # a value that wraps onto the next line, and two writers split by a slash
    ("RED HARBOR (director: Carl\nOsgood; screenwriters: Mia Dunne/Pete Hale)\n\nA noir.",
     {("person", "Carl Osgood", ("director",)), ("person", "Mia Dunne", ("screenwriter",)),
      ("person", "Pete Hale", ("screenwriter",))}),
    # labels run together with no space after the semicolon
    ("SALT (director:Ina Roth;cast:Jon Pike (Abel))\n\nA fable.",
     {("person", "Ina Roth", ("director",)), ("person", "Jon Pike", ("actor",)), ("character", "Abel", ())}),
    # a compound label opens it too, each of its crafts a role
    ("DUST (director/writer/editor: Ann Vale; cast: Tom Ree (Sam))\n\nA fable.",
     {("person", "Ann Vale", ("director", "screenwriter", "editor")), ("person", "Tom Ree", ("actor",)),
      ("character", "Sam", ())}),
    # characters in brackets inside a role's brackets, and no closing bracket before the review
    ("DUST (director: Ann Vale; cast: Tom Ree (Lt. (j.g.) Sam), Liza Moor (Ida), 1959\n\nA fable.",
     {("person", "Ann Vale", ("director",)), ("person", "Tom Ree", ("actor",)), ("character", "Lt. (j.g.) Sam", ()),
      ("person", "Liza Moor", ("actor",)), ("character", "Ida", ())}),
    # the year and countries closing the parenthesis are not names
    ("DUST (director: Ann Vale; cast: Tom Ree, Liza Moor, 1999-Fr./USA/Sp.)\n\nA fable.",
     {("person", "Ann Vale", ("director",)), ("person", "Tom Ree", ("actor",)), ("person", "Liza Moor", ("actor",))}),
])
def test_run_in_names(run, text, expected):
    assert header_of(run(text, until="run_in_header")) == expected


@pytest.mark.parametrize("value,expected", [
    ("Bo Kern/novel by Al Grey", {("Bo Kern", ("screenwriter",)), ("Al Grey", ("source_author",))}),
    ("Bo Kern/from a novel by Al Grey", {("Bo Kern", ("screenwriter",)), ("Al Grey", ("source_author",))}),
    ("from the play \"Dusk\" by Al Grey & Ida Fenn/Bo Kern",
     {("Al Grey", ("source_author",)), ("Ida Fenn", ("source_author",)), ("Bo Kern", ("screenwriter",))}),
    ("Bo Kern/based on the memoirs of Al Grey", {("Bo Kern", ("screenwriter",)), ("Al Grey", ("source_author",))}),
    ("Bo Kern/from a Al Grey novel", {("Bo Kern", ("screenwriter",)), ("Al Grey", ("source_author",))}),
    ("Bo Kern/from Al Grey's Spanish novel", {("Bo Kern", ("screenwriter",)), ("Al Grey", ("source_author",))}),
    ("Bo Kern/Al Grey (novel)", {("Bo Kern", ("screenwriter",)), ("Al Grey", ("source_author",))}),
    # a bare story credit is a writing credit; a story the film is "from" is its source
    ("Bo Kern/story by Al Grey", {("Bo Kern", ("screenwriter",)), ("Al Grey", ("screenwriter",))}),
    ("Bo Kern/from a story by Al Grey", {("Bo Kern", ("screenwriter",)), ("Al Grey", ("source_author",))}),
    # a writer adapting their own book
    ("Al Grey, based on his novel", {("Al Grey", ("screenwriter", "source_author"))}),
])
def test_run_in_source_author(run, value, expected):
    doc = run(f"DUST (director: Ann Vale; screenwriters: {value}; cast: Tom Ree)\n\nA fable.", until="run_in_header")
    got = {(m.name, m.roles) for m in state.mentions(doc, state.HEADER) if m.kind == "person"}
    assert got - {("Ann Vale", ("director",)), ("Tom Ree", ("actor",))} == expected


@pytest.mark.parametrize("text", [
    "THE LONG DAY (1999; director: Ann Vale)\n\nA quiet film.",  # the parenthesis opens with a year
    "The film (director: none of your business) is odd.",
])
def test_no_run_in_header(run, text):
    doc = run(text, until="run_in_header")
    assert not any(m.rule.startswith("run_in_header.") for m in state.mentions(doc, state.HEADER))


def test_run_in_credits_are_credits_of_the_reviewed_film(extract):
    ex = extract("THE LONG DAY (director: Ann Vale; cast: Tom Ree (Sam), Liza Moor, 1999-UK)\n\n"
                 "Ann Vale keeps it simple.", "The Long Day")
    assert credits_of(ex) == {("Ann Vale", "director", "The Long Day"), ("Tom Ree", "actor", "The Long Day"),
                              ("Liza Moor", "actor", "The Long Day")}
    assert characters_of(ex) == {("Tom Ree", "Sam", None)}
