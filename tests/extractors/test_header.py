"""header: labelled credit lines at the top of a review, and an unlabelled cast line."""

from __future__ import annotations

import pytest

from filmkg.extractors import state


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
