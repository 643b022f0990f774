"""Eighteenth pass, source authors and contributors: a given name spelt two ways, a source cue apposed to another
film, a writer's bracket in a credits line (extractors/README.md, "Source author and contributor, eighteenth
pass"). Sentences are written for the patterns."""

from __future__ import annotations

from collections import Counter

import pytest

from filmkg.core.records import Mention
from filmkg.extractors import characters, credits, people, resolve
from filmkg.extractors.people import _career_spelling, cluster_people

from .conftest import credits_of


def _m(name: str, start: int, rule: str = "people.ner") -> Mention:
    return Mention("person", name, start, start + len(name), rule, 0.9)


def test_spelling_the_archive_vouches_for() -> None:
    # the archive's headers credit "Marcel Pagnol" as a source author; "Maurice Pagnol" nowhere
    assert _career_spelling("Maurice Pagnol", "Marcel Pagnol", "maurice", "marcel", set()) == "Marcel Pagnol"
    # "Edwards" is "Edward" and an "s": the one form with an "s" more
    assert _career_spelling("Edwards Burns", "Edward Burns", "edwards", "edward", set()) == "Edward Burns"
    # the KB's form wins over one no header knows
    assert _career_spelling("Gina Rowlands", "Gena Rowlands", "gina", "gena", {"Gena Rowlands"}) == "Gena Rowlands"


def test_spelling_needs_one_vouched_form_and_a_near_spelling() -> None:
    # neither form known anywhere: two people as far as the rule can tell
    assert _career_spelling("Maurice Qwxyzt", "Marcel Qwxyzt", "maurice", "marcel", set()) is None
    # a feminine form is no misspelling ("Louis", "Louise": only an "s" may be added)
    assert _career_spelling("Louise Pagnol", "Louis Pagnol", "louise", "louis", {"Louis Pagnol"}) is None
    # given names too far apart
    assert _career_spelling("Jack Pagnol", "Marcel Pagnol", "jack", "marcel", set()) is None


def test_spelling_merges_the_clusters(monkeypatch: pytest.MonkeyPatch) -> None:
    mentions = [_m("Maurice Pagnol", 0, "people.header"), _m("Marcel Pagnol", 40), _m("Pagnol", 80)]
    names = Counter(c.name for c in cluster_people(mentions, set()))
    assert names == Counter({"Marcel Pagnol": 1})
    monkeypatch.setattr(people, "SPELLING_BY_CAREER", False)
    names = Counter(c.name for c in cluster_people(mentions, set()))
    assert "Maurice Pagnol" in names and "Marcel Pagnol" in names


APPOSED = ("Back in 1990 she directed \"The Glass Harbor\", an adaptation of Anne Tyler's stories, on a bigger "
           "budget.")


def test_apposed_source_goes_to_the_film_before(extract, monkeypatch: pytest.MonkeyPatch) -> None:
    got = credits_of(extract(APPOSED, "Night Wire (1999)"))
    assert ("Anne Tyler", "source_author", "The Glass Harbor") in got
    assert ("Anne Tyler", "source_author", "Night Wire") not in got
    monkeypatch.setattr(credits, "APPOSED_SOURCE", False)
    got = credits_of(extract(APPOSED, "Night Wire (1999)"))
    assert ("Anne Tyler", "source_author", "Night Wire") in got


def test_apposed_source_not_after_a_preposition(extract) -> None:
    # the apposition belongs to the head ("follow-up"), not to the film after "to"
    text = "NIGHT WIRE -- Ann Vale's follow-up to THE GLASS HARBOR, based on Henry James's novel -- is long."
    got = credits_of(extract(text, "Night Wire (1996)"))
    assert ("Henry James", "source_author", "Night Wire") in got
    assert ("Henry James", "source_author", "The Glass Harbor") not in got


WRITERS_LINE = """CHOCOLAT

 Director: Lasse Hallstrom
 Writer:  Joanne Harris (Novel) Robert Nelson Jacobs
 Cast: Juliette Binoche, Johnny Depp, Judi Dench

   Hallstrom's film is a fable about a village and a chocolate shop.
"""


def test_writers_bracket_is_no_part(extract, monkeypatch: pytest.MonkeyPatch) -> None:
    got = credits_of(extract(WRITERS_LINE, "Chocolat (2000)"))
    assert ("Joanne Harris", "source_author", "Chocolat") in got
    assert ("Joanne Harris", "actor", "Chocolat") not in got
    monkeypatch.setattr(characters, "WRITERS_BRACKET", False)
    got = credits_of(extract(WRITERS_LINE, "Chocolat (2000)"))
    assert ("Joanne Harris", "actor", "Chocolat") in got


ACTRESS = ("XIU XIU\n\nDirected by Joan Chen\n\nThe film is the first feature of the Chinese-born actress Joan Chen "
           "(The Last Emperor), who shot it in Tibet.")


def test_acting_word_makes_the_bracket_acting(extract, monkeypatch: pytest.MonkeyPatch) -> None:
    got = credits_of(extract(ACTRESS, "Xiu Xiu: The Sent Down Girl (1998)"))
    assert ("Joan Chen", "actor", "The Last Emperor") in got
    assert ("Joan Chen", "contributor", "The Last Emperor") not in got
    monkeypatch.setattr(resolve, "ACTOR_WORD_BEFORE", False)
    got = credits_of(extract(ACTRESS, "Xiu Xiu: The Sent Down Girl (1998)"))
    assert ("Joan Chen", "actor", "The Last Emperor") not in got


def test_acting_word_not_in_a_slashed_title(extract) -> None:
    text = "The film was made by writer/director/actor Mike Figgis (Internal Affairs), who also scored it."
    got = credits_of(extract(text, "Leaving Las Vegas (1995)"))
    assert ("Mike Figgis", "actor", "Internal Affairs") not in got


PART_BRACKET = "SCREAM 3\n\nThe cameos are fun: even Silent Bob (Dogma) wanders through the studio lot for a minute."


def test_a_part_with_a_film_bracket_is_no_person(extract, monkeypatch: pytest.MonkeyPatch) -> None:
    ex = extract(PART_BRACKET, "Scream 3 (2000)")
    assert "Silent Bob" not in {e.name for e in ex.entities.values()}
    monkeypatch.setattr(resolve, "CONTRIBUTING_PARTS", False)
    got = credits_of(extract(PART_BRACKET, "Scream 3 (2000)"))
    assert ("Silent Bob", "contributor", "Dogma") in got
