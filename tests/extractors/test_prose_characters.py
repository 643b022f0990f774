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
