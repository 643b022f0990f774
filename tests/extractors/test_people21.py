"""People, twenty-first pass: a lone surname of the one principal of the reviewed film of that surname, the archive's
credits headers' or the KB's, where the review gives the full name nowhere (``resolve.principal_surnames``)."""

from __future__ import annotations

import pytest

from filmkg.extractors import resolve
from tests.extractors.conftest import credits_of, people_of

#: the archive's headers (2 critics or more) credit Jamie Lee Curtis, John Cleese, Kevin Kline and Michael Palin
#: for this film of 1988; the bundled KB has no principals for it
FILM = "A Fish Called Wanda"
LEAD = "A FISH CALLED WANDA\n\nThe heist goes wrong within the hour. "


@pytest.mark.parametrize("text,person", [
    ("Palin and Kline steal every scene they are in.", "Kline"),
    ("Palin and Kline steal every scene they are in.", "Palin"),
    ("Only Kline, as a vain thug, gets real laughs.", "Kline"),
    ("The heist plot is thin. Kline is very funny anyway.", "Kline"),
    ("But Kline makes every line of it count.", "Kline"),  # a sentence's opening word before the surname
    ("Kline's thug is the funniest part of it.", "Kline"),
])
def test_a_lone_surname_of_the_films_one_principal(extract, text, person):
    assert person in people_of(extract(LEAD + text, FILM))


def test_the_principal_keeps_the_archive_headers_role(extract):
    assert ("Kline", "actor", FILM) in credits_of(extract(LEAD + "Only Kline, as a vain thug, gets real laughs.", FILM))


@pytest.mark.parametrize("text,title,person", [
    # another film: nothing vouches for the word
    ("THE LONG DAY\n\nOnly Kline, as a vain thug, gets real laughs.", "The Long Day", "Kline"),
    # a given name of the KB ("Curtis") is no lone surname
    (LEAD + "Curtis and Palin are both very good.", FILM, "Curtis"),
    # a capitalised word before it that is no opener: a fuller name, or another person's
    (LEAD + "His friend Tom Kline was a thug.", FILM, "Kline"),
])
def test_no_lone_surname(extract, text, title, person):
    assert person not in people_of(extract(text, title))


def test_the_critics_own_words_are_no_surname(extract):
    assert "Kline" not in people_of(extract(LEAD + "Only Kline, as a vain thug, gets real laughs.", FILM,
                                            critic="Kline and Rachel"))


def test_the_switch_turns_the_rule_off(extract, monkeypatch):
    monkeypatch.setattr(resolve, "PRINCIPAL_SURNAMES", False)
    assert "Kline" not in people_of(extract(LEAD + "Only Kline, as a vain thug, gets real laughs.", FILM))
