"""Names nothing vouches for, fourteenth pass: a person found by the model (or a name shape) alone whose name
neither the KB, the header, a credit nor the archive's careers know, and whose words are no given name or surname
of theirs (a lone word that stands for no career's surname) is no person of the review; a performer's cue, a
stated part or a known surname keeps it."""

from __future__ import annotations

import pytest

from filmkg.core.records import Mention
from filmkg.extractors import resolve
from filmkg.extractors.models import ArchiveLexicon
from tests.extractors.conftest import persons_in

FLAGS = ("LONE_UNVOUCHED", "UNVOUCHED_FULL_NAMES", "UNVOUCHED_NAME_SHAPES")


@pytest.mark.parametrize("text,name", [
    ("The hero travels to Mos Tarvel, where the rebels hide.", "Mos Tarvel"),
    ("The trio flees to Iwo Jima before the storm hits.", "Iwo Jima"),
    ("The film, directed by Tom Vale, stars Anna Lund. Kaneda rides a motorbike through Neo-Tokyo.", "Neo-Tokyo"),
])
def test_unvouched_names_are_no_people(extract, monkeypatch, text, name):
    assert name not in persons_in(extract, text)
    for flag in FLAGS:
        monkeypatch.setattr(resolve, flag, False)
    assert name in persons_in(extract, text)  # the model takes it: the rules are what drop it


@pytest.mark.parametrize("text,name", [
    # a lone surname standing for the one full name of a career in the archive's credits
    ("It reminds me of early Spielberg movies, and Welles too.", "Spielberg"),
    ("It reminds me of early Spielberg movies, and Welles too.", "Welles"),
    # the header's and the credits' people
    ("The film, directed by Tom Vale, stars Anna Lund.", "Tom Vale"),
    ("The old witch, played by Chieko Naniwa, foretells their future.", "Chieko Naniwa"),
])
def test_vouched_names_stay(extract, text, name):
    assert name in persons_in(extract, text)


class _Known(set):
    """The KB's people as the rules ask them: full names, and surnames."""

    def __init__(self, names: set[str], surnames: set[str]) -> None:
        super().__init__(names)
        self.surnames = surnames

    def has_surname(self, word: str) -> bool:
        return word in self.surnames


def _mention(name: str, start: int, rule: str = "people.ner") -> Mention:
    return Mention("person", name, start, start + len(name), rule, 0.7)


ARCHIVE = ArchiveLexicon({"given_names": ["Bill"], "surnames": ["Rathbone"]})


def unvouched(names: list[tuple[str, str]], text: str = "") -> set[str]:
    text = text or " ".join(n for n, _ in names)
    people, at = [], 0
    for name, rule in names:
        at = text.index(name, at)
        people.append(_mention(name, at, rule))
    return resolve._unvouched(people, {n for n, _ in names}, {"basil", "bill"},
                              _Known(set(), {"Clinton"}), ARCHIVE, text)


def test_lone_word_and_unknown_words_dropped():
    assert unvouched([("Zorgath", "people.ner"), ("Quon Tarvel", "people.ner")]) == {"Zorgath", "Quon Tarvel"}


def test_given_name_or_surname_keeps_a_model_name():
    # a known given name, or a known surname, is the model's full name's vouch
    assert unvouched([("Bill Zorgath", "people.ner"), ("Quon Rathbone", "people.ner")]) == set()


def test_name_shape_needs_a_known_surname():
    assert unvouched([("Bill Clinton", "people.name_shape"), ("Basil Rathbone", "people.name_shape"),
                      ("Bill Attacks", "people.name_shape")]) == {"Bill Attacks"}


def test_performer_cue_keeps_the_name():
    assert unvouched([("Quon Tarvel", "people.ner")], "The witch, played by Quon Tarvel, warns them.") == set()
    assert unvouched([("Zorgath", "people.ner")], "Among them is actor Zorgath, in a small part.") == set()


def test_header_or_kb_rule_keeps_the_name():
    assert unvouched([("Zorgath", "people.header"), ("Quon Tarvel", "people.kb")]) == set()


@pytest.mark.parametrize("flag,name,rule", [
    ("LONE_UNVOUCHED", "Zorgath", "people.ner"),
    ("UNVOUCHED_FULL_NAMES", "Quon Tarvel", "people.ner"),
    ("UNVOUCHED_NAME_SHAPES", "Bill Attacks", "people.name_shape"),
])
def test_each_switch_decides(monkeypatch, flag, name, rule):
    assert unvouched([(name, rule)]) == {name}
    monkeypatch.setattr(resolve, flag, False)
    assert unvouched([(name, rule)]) == set()


def _phrases(name: str, text: str) -> list[tuple[str, str]]:
    from filmkg.extractors import people

    i = text.index(name)
    found = people._without_phrases([_mention(name, i)], text, set(), {"massimo", "jocelyn"}, ArchiveLexicon())
    return [(m.name, text[m.start : m.end]) for m in found]


def test_a_nationality_before_a_full_name_is_cut():
    text = "It was directed by Italian Massimo Troisi in Rome."
    assert _phrases("Italian Massimo Troisi", text) == [("Massimo Troisi", "Massimo Troisi")]


@pytest.mark.parametrize("name", ["British Secret Service", "Italian Troisi"])
def test_a_nationality_stays_without_a_given_name_and_surname(name):
    # no given name after it, or no surname after the given name: no cut ("Italian Troisi" is left as it was)
    assert _phrases(name, f"He met the {name} at dawn.") == [(name, name)]


def test_nationality_cut_switch(monkeypatch):
    from filmkg.extractors import people

    monkeypatch.setattr(people, "NATIONALITY_CUT", False)
    text = "It was directed by Italian Massimo Troisi in Rome."
    assert _phrases("Italian Massimo Troisi", text) == [("Italian Massimo Troisi", "Italian Massimo Troisi")]
