"""training/marked_titles.py: what it reads as a critic's marks, and which unmarked uses it counts as a phrase."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from filmkg.linking.lexicon import FilmTitles

TRAINING = Path(__file__).resolve().parents[2] / "training"


@pytest.fixture(scope="module")
def marked_titles():
    sys.path.insert(0, str(TRAINING))
    try:
        yield importlib.import_module("marked_titles")
    finally:
        sys.path.remove(str(TRAINING))


def test_marks_by_kind(marked_titles):
    text = 'I liked "Glass Harbour" and _Salt Bay_ more than TIN LAKE DAYS did.'
    kinds = {(k, s) for k, s, _, _ in marked_titles.marks_of(text, FilmTitles([]))}
    assert {("q", "Glass Harbour"), ("q", "Salt Bay"), ("c", "Tin Lake Days")} <= kinds


def test_a_run_of_capitals_is_cut_at_its_comma_unless_the_kb_knows_the_whole(marked_titles):
    text = "We saw GOOD DAY, HARBOUR last week."
    cut = {s for _, s, _, _ in marked_titles.marks_of(text, FilmTitles([]))}
    assert "Good Day" in cut and "Good Day, Harbour" not in cut
    whole = {s for _, s, _, _ in marked_titles.marks_of(text, FilmTitles(["Good Day, Harbour"]))}
    assert "Good Day, Harbour" in whole and "Good Day" not in whole


@pytest.mark.parametrize(("text", "inside"), [
    ("the Indiana Glass Harbour film", True),      # a capitalised word of the same run before it
    ("Night of Glass Harbour", True),              # ... over "of"
    ("they went to Glass Harbour.", False),
    ("Then, Glass Harbour fell.", False),          # a comma between: no run
])
def test_inside_a_longer_run(marked_titles, text: str, inside: bool):
    words = list(marked_titles._WORD.finditer(text))
    folded = [w[0].lower() for w in words]
    j = folded.index("glass")
    assert marked_titles._inside_run(text, words, folded, j) is inside
