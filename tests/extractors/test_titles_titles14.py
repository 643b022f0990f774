"""Films, fourteenth pass: people in capitals, what one does with a book or a song, sentence ends inside caps runs,
TV shows after "on"."""

from __future__ import annotations

import pytest

import filmkg.extractors.titles as titles
from filmkg.extractors.models import ArchiveLexicon
from filmkg.extractors.titles import find_titles
from filmkg.linking.lexicon import FilmTitles

KB = FilmTitles(["Marsh Hill", "Tin Lake", "Glass Harbor"])
# a critic who writes titles in capitals
CAPS = "I saw MARSH HILL and GLASS HARBOR. "


def _names(text: str, archive: ArchiveLexicon | None = None) -> set[str]:
    return {m.name for m in find_titles(text, None, [], KB, archive=archive)}


def test_a_credited_person_in_capitals_is_no_film(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(titles, "archive_roles", lambda: {"Rosa Quarrel": [0, 7, 0, 0, 0]})
    text = CAPS + "Then ROSA QUARREL teams up with the rest."
    assert "Rosa Quarrel" not in _names(text)
    assert "Rosa Quarrel" in _names(CAPS + "Then ROSA QUARREL (1990) was remade.")  # a year: the film of that name
    monkeypatch.setattr(titles, "CAPS_CREDITED_PEOPLE", False)
    assert "Rosa Quarrel" in _names(text)


@pytest.mark.parametrize("sentence", [
    'In one scene she reads "Tin Lake" aloud.',
    'He kept reading all of "Tin Lake" to the crowd.',
    'They sing songs like "Tin Lake" all night.',
    'He wrote novels such as "Tin Lake" before.',
    'The stage production of "Tin Lake" flopped.',
])
def test_what_one_does_with_a_book_or_song_is_no_film_cue(sentence: str, monkeypatch: pytest.MonkeyPatch):
    assert "Tin Lake" not in _names(sentence)
    monkeypatch.setattr(titles, "OTHER_WORK_CUES", False)
    assert "Tin Lake" in _names(sentence)


@pytest.mark.parametrize("sentence", [
    'The scene plays like "Tin Lake" on a budget.',     # "plays like": the verb
    'It recalls true stories like "Tin Lake" too.',      # stories are films as often
    'The marquee on the theatre reads "Tin Lake" there.',
    'It was a ho-hum "Tin Lake" sequel.',
])
def test_film_readings_of_the_same_words_keep_the_title(sentence: str):
    assert "Tin Lake" in _names(sentence)


def test_a_full_stop_parts_a_caps_run(monkeypatch: pytest.MonkeyPatch):
    text = CAPS + "It is as searing as MARSH HILL. TIN LAKE keeps its jabs clothed."
    names = _names(text)
    assert {"Marsh Hill", "Tin Lake"} <= names
    assert not any("." in n for n in names)
    monkeypatch.setattr(titles, "CAPS_SENTENCE_SPLIT", False)
    assert "Marsh Hill. Tin Lake" in _names(text)


def _pieces(text: str) -> list[str]:
    out = []
    for m in titles._CAPS_RUN.finditer(text):
        out += [text[s:e] for s, e in titles._split_caps_run(text, m.start(), titles._sentence_cut(text, m))]
    return out


def test_abbreviations_initials_and_credit_labels_in_caps_runs():
    assert "MR. FROSTY GOES NORTH" in _pieces("We saw MR. FROSTY GOES NORTH today.")
    assert "ONCE UPON A TIME... WHEN WE MET" in _pieces("We saw ONCE UPON A TIME... WHEN WE MET today.")
    assert _pieces("Was it ALIENS? TERMINATOR 2? No.")[:2] == ["ALIENS", "TERMINATOR 2?"]
    # the credits lines a full stop parts in a capitalised header are no titles
    assert _pieces("STARRING ANN BELL AND TOM REED. DIRECTED BY JO PARK.\nGood.") == []


def test_a_tv_show_after_on_is_no_film(monkeypatch: pytest.MonkeyPatch):
    archive = ArchiveLexicon({"titles": {"tin lake": [2, 6, 0, 9]}})
    text = 'She played Willa on "Tin Lake" for years.'
    assert "Tin Lake" not in _names(text, archive)
    assert "Tin Lake" in _names('She played Willa in "Tin Lake" for years.', archive)
    assert "Tin Lake" in _names('The film is based on "Tin Lake" loosely.', archive)
    # a title the archive's critics write as a film far more often stays a film after "on"
    assert "Tin Lake" in _names(text, ArchiveLexicon({"titles": {"tin lake": [20, 6, 0, 9]}}))
    monkeypatch.setattr(titles, "TV_ON", False)
    assert "Tin Lake" in _names(text, archive)
