"""People, twentieth pass: a full name with a bare possessive or plural "s" read as the name."""

from __future__ import annotations

import pytest

from filmkg.extractors import people
from tests.extractors.conftest import persons_in


@pytest.mark.parametrize("text,expected,gone", [
    ("I went to see it for Jack Nicholsons performance alone.", "Jack Nicholson", "Jack Nicholsons"),
    ("Where are today's John Waynes and Bette Davises?", "John Wayne", "John Waynes"),
    ("The story is told well, and Stanley Kubricks last film holds up.", "Stanley Kubrick", "Stanley Kubricks"),
])
def test_bare_s_cut(extract, text, expected, gone):
    found = persons_in(extract, text)
    assert expected in found and gone not in found


def test_bare_s_before_a_verb_is_a_spelling(extract):
    # "Sally Fields is ...": the name is the subject, a misspelling the guideline keys as spelt
    found = persons_in(extract, "In the end Sally Fields is not my favourite actor.")
    assert "Sally Field" not in found


def test_bare_s_needs_the_headers_name(extract):
    # nobody of the archive's headers is "Ann Oberwald": the "s" stays
    found = persons_in(extract, "I went to see it for Ann Oberwalds performance alone.")
    assert "Ann Oberwald" not in found


def test_bare_s_switch(extract, monkeypatch):
    monkeypatch.setattr(people, "BARE_S", False)
    found = persons_in(extract, "I went to see it for Jack Nicholsons performance alone.")
    assert "Jack Nicholson" not in found
