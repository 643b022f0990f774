"""Films, fifteenth pass (precision): the byline's "A" a title line's caps run takes, one unknown word in a person's
bracket, a part's name after "the role of"."""

from __future__ import annotations

import pytest

import filmkg.extractors.titles as titles
from filmkg.extractors.models import ArchiveLexicon
from filmkg.extractors.titles import find_titles
from filmkg.linking.lexicon import FilmTitles

KB = FilmTitles(["Marsh Hill", "Tin Lake", "Glass Harbor", "Crane"])


def _names(text: str, people: tuple[str, ...] = (), archive: ArchiveLexicon | None = None) -> set[str]:
    spans = [(text.index(p), text.index(p) + len(p)) for p in people]
    # blocked=[]: the people are found in the prose, not in a credits header (whose brackets hold parts)
    return {m.name for m in find_titles(text, None, spans, KB, blocked=[], archive=archive)}


def _pieces(text: str) -> list[str]:
    out = []
    for m in titles._CAPS_RUN.finditer(text):
        out += [text[s:e] for s, e in titles._split_caps_run(text, m.start(), titles._sentence_cut(text, m))]
    return out


@pytest.mark.parametrize("text", [
    "QUIET ORCHARD\nA film review by Ann Bell",
    "QUIET ORCHARD\nA review in the public domain by Ann Bell",
    "QUIET ORCHARD A film review by Ann Bell",
])
def test_the_byline_a_is_cut_off_a_title_line(text: str, monkeypatch: pytest.MonkeyPatch):
    assert _pieces(text) == ["QUIET ORCHARD"]
    monkeypatch.setattr(titles, "CAPS_LINE_ARTICLE_CUT", False)
    assert _pieces(text) != ["QUIET ORCHARD"]


def test_a_wrapped_a_before_capitals_stays_in_the_run():
    # no lower-case word after it: nothing says a sentence opens there
    assert _pieces("We saw PLAN\nA TO Z today.") == ["PLAN\nA TO Z"]
    # the same line's "A" before anything but a review byline stays too
    assert _pieces("We saw TYPE A today.") == ["TYPE A"]


def test_one_unknown_word_in_a_persons_bracket_is_no_film(monkeypatch: pytest.MonkeyPatch):
    text = "The medic Frank Pierce (Crane) drives all night."
    assert "Crane" not in _names(text, ("Frank Pierce",))
    monkeypatch.setattr(titles, "FILMOGRAPHY_UNKNOWN_WORD", False)
    assert "Crane" in _names(text, ("Frank Pierce",))


def test_a_bracketed_word_the_archive_writes_as_a_film_stays():
    text = "The medic Frank Pierce (Crane) drives all night."
    archive = ArchiveLexicon({"titles": {"crane": [3, 0, 0, 5]}})
    assert "Crane" in _names(text, ("Frank Pierce",), archive)
    # two words, or a caps critic's capitals, are left to the other rules
    assert "Marsh Hill" in _names("The medic Frank Pierce (Marsh Hill) drives.", ("Frank Pierce",))
    assert "Crane" in _names("The medic Frank Pierce (CRANE, MARSH HILL) drives.", ("Frank Pierce",))


@pytest.mark.parametrize("sentence", [
    "He took on the role of Marsh Hill with a grin.",
    "Tom is the newest incarnation of Marsh Hill here.",
    "We see the character of Marsh Hill in one scene.",
])
def test_a_name_after_a_parts_noun_is_the_part(sentence: str, monkeypatch: pytest.MonkeyPatch):
    assert "Marsh Hill" not in _names(sentence)
    monkeypatch.setattr(titles, "PART_OF_CUE", False)
    assert "Marsh Hill" in _names(sentence)


def test_a_role_in_a_film_keeps_the_film():
    assert "Marsh Hill" in _names("He took a small role in Marsh Hill with a grin.")
    assert "Marsh Hill" in _names("The characters of Marsh Hill had more presence.")


def test_the_title_role_names_the_film():
    assert "Marsh Hill" in _names("She won the title role of Marsh Hill last year.")
    assert "Marsh Hill" in _names("This incarnation of Marsh Hill is a remake.")


def test_a_bracketed_word_marking_critics_mark_stays(monkeypatch: pytest.MonkeyPatch):
    text = "The medic Frank Pierce (Crane) drives all night."
    monkeypatch.setattr(titles, "title_usage", lambda: {"crane": [4, 1]})
    assert "Crane" in _names(text, ("Frank Pierce",))
    monkeypatch.setattr(titles, "title_usage", lambda: {"crane": [1, 4]})
    assert "Crane" not in _names(text, ("Frank Pierce",))


def test_a_known_title_with_a_slash_stays_whole_in_capitals(monkeypatch: pytest.MonkeyPatch):
    kb = FilmTitles(["Fire/Ice", "Marsh Hill"])
    text = "I loved MARSH HILL and FIRE/ICE, both."

    def names() -> set[str]:
        return {m.name for m in find_titles(text, None, [], kb, blocked=[])}

    assert "Fire/Ice" in names() and "Fire" not in names()
    monkeypatch.setattr(titles, "CAPS_SLASH_TITLES", False)
    assert "Fire/Ice" not in names()
    # an unknown pair ("USA/UK") is left to the caps rule
    assert {m.name for m in find_titles("Made in USA/UK. I saw MARSH HILL.", None, [], kb)} == {"Marsh Hill"}
