"""People, nineteenth pass: the critic's page line read as the names it holds, the critic's short or long given
name, a much-credited performer read as a part, and places' names read as people."""

from __future__ import annotations

import pytest

from filmkg.core.records import Critic, Fact, Mention
from filmkg.extractors import people, resolve, review_meta, state
from filmkg.extractors.models import ArchiveLexicon
from tests.extractors.conftest import people_of


def _mention(name: str, text: str, at: int = 0, rule: str = "people.ner") -> Mention:
    start = text.index(name, at)
    return Mention("person", name, start, start + len(name), rule, 0.7)


# ------------------------------------------------------------ the critic's page line

@pytest.mark.parametrize("line,expected", [
    ("Ann Ober", []),
    ("Mark O%27Hara", ["Mark O'Hara"]),
    ("James %22Kibo%22 Parry", ['James "Kibo" Parry', "James Parry"]),
    ("%22Average Joe%22 Vale", ['"Average Joe" Vale', "Joe Vale"]),
    ("Ann Ober %26 Tom Reel", ["Ann Ober & Tom Reel", "Ann Ober", "Tom Reel"]),
    ("OBER, ANN", ["OBER, ANN", "ANN OBER"]),
    ("Tom Reel, proud owner of two cats and a dog", ["Tom Reel, proud owner of two cats and a dog", "Tom Reel"]),
    ("Tom Reel, Jr.", ["Tom Reel, Jr."]),
    ("tr%40host.edu (Tom Reel)", ["Tom Reel"]),
    ("tr%40host.edu (Moderator)", []),
    ("Burton and Rachel", ["Burton and Rachel"]),  # one word alone would hide a lone surname of the review
])
def test_critic_line_names(line, expected):
    assert review_meta.critic_line_names(line) == expected


def test_the_decoded_line_joins_the_critic_record(run, monkeypatch):
    critic = state.critic(run("A short review.", until="review_meta", critic="Mark O%27Hara"))
    assert critic.is_critic("Mark O'Hara")
    monkeypatch.setattr(review_meta, "CRITIC_LINE_NAMES", False)
    assert not state.critic(run("A short review.", until="review_meta", critic="Mark O%27Hara")).is_critic(
        "Mark O'Hara")


# ------------------------------------------------------------ the critic's short or long given name

@pytest.mark.parametrize("name,keys,expected", [
    ("Jeffrey A. Vale", {"jeff vale"}, True),
    ("Mike Ober", {"michael j ober"}, True),
    ("Timothy Reel", {"tim reel"}, True),
    ("Jeffrey Ober", {"jeff vale"}, False),  # another surname
    ("Jennifer Vale", {"jeff vale"}, False),  # another given name
])
def test_critic_nickname_variants(name, keys, expected):
    assert people._critic_variant(name, keys) is expected


def test_critic_nicknames_switch(monkeypatch):
    monkeypatch.setattr(people, "CRITIC_NICKNAMES", False)
    assert not people._critic_variant("Jeffrey A. Vale", {"jeff vale"})


def test_the_critic_given_name_alone_goes_with_the_critic():
    text = "Thanks to Paula Wren. Copy without Chris's leave is banned. -- Christopher Vale"
    found = [_mention("Paula Wren", text), _mention("Chris", text), _mention("Christopher Vale", text)]
    kept = people._without_critic(found, Critic(("Chris Vale",)))
    assert [m.name for m in kept] == ["Paula Wren"]


def test_a_signing_critic_is_no_person(extract, monkeypatch):
    text = "Director Paula Wren keeps the nerves taut.\n\n-- Jeffrey A. Vale"
    assert people_of(extract(text, "Taut", critic="Jeff Vale")) == {"Paula Wren", "Jeff Vale"}  # the author
    monkeypatch.setattr(people, "CRITIC_NICKNAMES", False)
    assert "Jeffrey A. Vale" in people_of(extract(text, "Taut", critic="Jeff Vale"))


# ------------------------------------------------------------ a much-credited performer read as a part

CAREERS = {"Tom Reel": [30, 0, 0, 0, 0], "Ann Ober": [2, 0, 0, 0, 0]}


def _as_parts(text: str, names: list[str], part_span: tuple[int, int]) -> set[str]:
    found = [_mention(n, text, at) for n in names for at in _all(text, n)]
    characters = [Fact("gamma", "character", "Sue Mull", *part_span, "characters.plays", 0.8, character=names[0])]
    return resolve._performers_read_as_parts(set(names), found, characters, CAREERS)


def _all(text: str, name: str) -> list[int]:
    out, i = [], text.find(name)
    while i >= 0:
        out.append(i)
        i = text.find(name, i + 1)
    return out


def test_a_famous_performer_named_elsewhere_stays_a_person():
    text = "Sue Mull plays Tom Reel's wife. Tom Reel is the bomb squad's best man."
    assert _as_parts(text, ["Tom Reel"], (0, 30)) == {"Tom Reel"}


def test_a_name_only_inside_the_parts_span_stays_a_part():
    text = "Sue Mull (Tom Reel) runs the inn."
    assert _as_parts(text, ["Tom Reel"], (0, 19)) == set()


def test_a_name_seldom_credited_stays_a_part():
    text = "Sue Mull plays Ann Ober's aunt. Ann Ober is the bomb squad's best man."
    assert _as_parts(text, ["Ann Ober"], (0, 29)) == set()


# ------------------------------------------------------------ places' names read as people

ARCHIVE = ArchiveLexicon({"given_names": ["Wayne"]})


@pytest.mark.parametrize("name,dropped", [
    ("Wichita Falls", True),
    ("Montego Bay", True),
    ("Fort Smith", True),
    ("Santa Barbara", True),
    ("Wayne Beach", False),  # a given name first: a person who may bear the word
    ("Ann Bay", False),  # the KB's given name
    ("Tiger Woods", False),  # "Woods" ends people's names
    ("Long Beach Hall", False),  # a career vouches for it
])
def test_place_names(name, dropped):
    careers = {"Long Beach Hall": [0, 3, 0, 0, 0]}
    assert (name in resolve._place_names({name}, {"ann"}, ARCHIVE, careers)) is dropped


def test_a_place_is_no_person_of_the_review(extract, monkeypatch):
    text = "THE LONG DAY\n\nThe drifter heads for Wichita Falls, where Paula Wren waits."
    assert people_of(extract(text, "The Long Day")) == {"Paula Wren"}
    monkeypatch.setattr(resolve, "PLACE_NAMES", False)
    assert "Wichita Falls" in people_of(extract(text, "The Long Day"))


# ------------------------------------------------------------ a director's surname alone inside a sentence

@pytest.mark.parametrize("text,expected", [
    ("The plot owes a debt to Hitchcock and his heirs.", {"Hitchcock"}),
    ("It is a path into Hitchcock territory, no more.", {"Hitchcock"}),
    ("It lifts every trick used by Scorsese, then some.", {"Scorsese"}),
    ("Hitchcock would have loved it.", set()),  # a sentence's first word: left to the model
    ("The talk turns to Hitchcock (a dog) and to cats.", set()),  # a bracket after it: a part's name
    ("They meet Alfred Hitchcock at the door.", set()),  # inside a longer name
])
def test_lone_makers(run, text, expected, monkeypatch):
    monkeypatch.setattr(people, "_MAKER_SURNAMES", [frozenset({"Hitchcock", "Scorsese"})])
    doc = run(text, until="people")
    found = people._lone_makers(doc, state.text(doc), [], Critic(), _NoKB(), ArchiveLexicon(
        {"surnames": ["Hitchcock", "Scorsese"]}))
    assert {m.name for m in found} == expected


class _NoKB(set):
    def has_surname(self, word: str) -> bool:
        return False

    def mostly_given_name(self, word: str) -> bool:
        return False


def test_lone_makers_switch(extract, monkeypatch):
    text = "THE LONG DAY\n\nThe plot owes a debt to Hitchcock and his heirs."
    monkeypatch.setattr(people, "_MAKER_SURNAMES", [frozenset({"Hitchcock"})])
    with_rule = people_of(extract(text, "The Long Day"))
    monkeypatch.setattr(people, "LONE_MAKERS", False)
    assert "Hitchcock" in with_rule and "Hitchcock" not in people_of(extract(text, "The Long Day"))
