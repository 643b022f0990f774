"""Films, fourteenth pass: titles the archive's critics mark, found where a critic marks nothing."""

from __future__ import annotations

import pytest

import filmkg.extractors.titles as titles
from filmkg.extractors.models import ArchiveLexicon
from filmkg.extractors.titles import find_titles
from filmkg.linking.lexicon import FilmTitles

KB = FilmTitles(["Marsh Hill"])
#: [marked, quoted, caps, film, tv, work, phrase, lower] critics per title key (training/marked_titles.py)
COUNTS = {
    "glass harbour": [9, 4, 6, 0, 0, 0, 1, 0],     # a film many critics mark, never beside a film word
    "quiet tin lake": [9, 0, 9, 0, 0, 0, 0, 0],    # capitals only: a heading or a name as often
    "paper moon song": [9, 9, 0, 0, 0, 0, 0, 0],   # quotes only: what critics of capitals quote is a song
    "stage door play": [9, 8, 2, 0, 0, 0, 0, 0],   # capitals from 2 of 9: mostly quoted, a play as often
    "bottom line": [12, 3, 9, 0, 0, 0, 9, 30],     # a phrase the archive writes unmarked far more often
    "night owls": [8, 3, 5, 0, 6, 0, 0, 0],        # a TV show
    "red kettle": [2, 2, 1, 0, 0, 0, 0, 0],        # too few critics
}


@pytest.fixture(autouse=True)
def _counts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(titles, "marked_titles", lambda: COUNTS)
    titles._marked_title.cache_clear()
    yield
    titles._marked_title.cache_clear()


def _names(text: str) -> set[str]:
    return {m.name for m in find_titles(text, None, [], KB, archive=ArchiveLexicon({"titles": {}}))}


def test_a_title_many_critics_mark_is_found_unmarked(monkeypatch: pytest.MonkeyPatch):
    text = "I thought of Glass Harbour all through it."
    assert "Glass Harbour" in _names(text)
    monkeypatch.setattr(titles, "MARKED_TITLE_MIN", None)
    titles._marked_title.cache_clear()
    assert "Glass Harbour" not in _names(text)


@pytest.mark.parametrize("text", [
    "She recalls Quiet Tin Lake here.",        # marked in capitals alone
    "Here is The Bottom Line for you.",        # mostly a phrase
    "She recalls Night Owls here.",            # a TV show
    "She hums Paper Moon Song here.",          # quoted only
    "She recalls Stage Door Play here.",       # seldom in capitals
    "We had Red Kettle for tea.",              # too few critics
])
def test_capitals_phrases_shows_and_rare_titles_are_not(text: str):
    assert _names(text) & {"Quiet Tin Lake", "The Bottom Line", "Bottom Line", "Night Owls", "Red Kettle",
                             "Paper Moon Song", "Stage Door Play"} == set()


def test_the_share_in_capitals_decides(monkeypatch: pytest.MonkeyPatch):
    text = "She recalls Stage Door Play here."
    monkeypatch.setattr(titles, "MARKED_TITLE_CAPS", 0.2)
    titles._marked_title.cache_clear()
    assert "Stage Door Play" in _names(text)


def test_the_phrase_after_a_lower_case_article_is_no_title():
    # "the Glass Harbour crowd": the gazetteer's article rule holds for these titles too
    assert "Glass Harbour" not in _names("He loved the Glass Harbour crowd.")
