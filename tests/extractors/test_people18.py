"""People, eighteenth pass: a lone first name the KB holds as a mononym is a part; a quoted nickname or a film
between a given name and a surname is inside the one name; a name cut before a hyphened syllable is grown; a
misspelt lone surname is the person the review names in full."""

from __future__ import annotations

import pytest

from filmkg.core.records import Mention
from filmkg.extractors import people, resolve
from filmkg.extractors.models import ArchiveLexicon


def _mention(name: str, text: str, rule: str = "people.ner", at: int = 0) -> Mention:
    start = text.index(name, at)
    return Mention("person", name, start, start + len(name), rule, 0.7)


# ------------------------------------------------------------ lone first names

class _KB:
    """The KB's counts the rule asks: how often a word is a first name, and whose surname it is."""

    def __init__(self, given: dict[str, int], surnames: dict[str, int]) -> None:
        self.given, self.surnames = given, surnames

    def count_given_name(self, word: str) -> int:
        return self.given.get(word, 0)

    def people_with_surname(self, word: str) -> list[str]:
        return ["x"] * self.surnames.get(word, 0)


class _Known(set):
    def __init__(self, names: set[str], kb: _KB) -> None:
        super().__init__(names)
        self.kb = kb


KB = _KB({"Lucy": 18, "Rachel": 45, "Henry": 25, "Elvis": 4}, {"Rachel": 1, "Henry": 16})
KNOWN = _Known({"Lucy", "Rachel", "Henry", "Elvis"}, KB)


def lone_given(text: str, names: list[str], rule: str = "people.ner") -> set[str]:
    found = [_mention(n, text, rule) for n in names]
    return resolve._lone_given_names(found, set(names), KNOWN, text)


def test_a_first_name_alone_is_a_part():
    text = "Later Lucy meets Rachel at the station."
    assert lone_given(text, ["Lucy", "Rachel"]) == {"Lucy", "Rachel"}


def test_a_surname_as_often_or_a_rare_first_name_stays():
    # "Henry" is a surname of 16 people too; "Elvis" is a first name only 4 times
    assert lone_given("Then Henry sings, and Elvis too.", ["Henry", "Elvis"]) == set()


def test_a_principal_of_a_film_of_the_review_stays():
    text = "Later Lucy meets Rachel at the station."
    found = [_mention(n, text) for n in ("Lucy", "Rachel")]
    assert resolve._lone_given_names(found, {"Lucy", "Rachel"}, KNOWN, text, lambda n: n == "Lucy") == {"Rachel"}


def test_a_performer_cue_or_another_rule_keeps_it(monkeypatch):
    assert lone_given("The nurse is played by Lucy in a cameo.", ["Lucy"]) == set()
    assert lone_given("Later Lucy meets him.", ["Lucy"], rule="people.header") == set()
    monkeypatch.setattr(resolve, "LONE_GIVEN_NAMES", False)
    assert lone_given("Later Lucy meets Rachel.", ["Lucy", "Rachel"]) == set()


# ------------------------------------------------------------ quoted nicknames

ARCHIVE = ArchiveLexicon({"given_names": ["Tom", "Nick", "Ann"], "surnames": ["Vale"], "common_words": ["head"]})
GIVEN = {"tom", "nick", "ann"}


def nicknamed(text: str, found: list[Mention], known: set[str] = frozenset()) -> list[tuple[str, str]]:
    return sorted((m.name, text[m.start : m.end]) for m in people._nicknamed(text, found, GIVEN, known, ARCHIVE))


def test_a_header_given_name_grows_over_the_nickname():
    text = 'Cast: Ann Lund, Tom "Tiny" Vale, Bo Rask.'
    assert nicknamed(text, [_mention("Tom", text, "people.header"), _mention("Vale", text)]) == \
        [('Tom "Tiny" Vale', 'Tom "Tiny" Vale')]


def test_a_surname_grows_back_to_a_known_name():
    text = 'The villain, played by Nick "Stingray" Vale, is a bore.'
    # the KB's name is the key (a critic's joke nickname is no name); the span keeps the nickname
    assert nicknamed(text, [_mention("Vale", text)], {"Nick Vale"}) == [("Nick Vale", 'Nick "Stingray" Vale')]
    # unknown to the KB and not the header's: a part's nickname is left as it was
    assert nicknamed(text, [_mention("Vale", text)]) == [("Vale", "Vale")]


def test_a_film_or_an_aside_between_the_names_stays_out_of_the_key():
    text = 'Tom ("Some Film") Vale and Ann "so sweet, so cruel" Vale star.'
    found = [_mention("Vale", text), _mention("Vale", text, at=text.index("cruel"))]
    assert nicknamed(text, found, {"Tom Vale", "Ann Vale"}) == [("Ann Vale", "Vale"), ("Tom Vale", "Vale")]


def test_the_same_name_without_nickname_gives_the_key():
    text = 'Tom Vale stars. Tom "Tiny" Vale is fine.'
    found = [_mention("Tom Vale", text, "people.header"), _mention("Tom", text, at=16)]
    assert ("Tom Vale", 'Tom "Tiny" Vale') in nicknamed(text, found, {"Tom Vale"})


# ------------------------------------------------------------ hyphened syllables

def grown(text: str, name: str) -> str:
    return people._with_hyphen_tails(text, [_mention(name, text)], ARCHIVE)[0].name


def test_a_name_cut_at_a_hyphened_syllable_grows():
    assert grown("a Wong Kar-wai picture", "Wong Kar") == "Wong Kar-wai"
    assert grown("with Chow Yun-fatt in it", "Chow Yun") == "Chow Yun-fatt"


@pytest.mark.parametrize("text,name", [
    ("an Oscar Wilde-ian romp", "Oscar Wilde"),       # a word-forming ending
    ("a Tom Cruise-like grin", "Tom Cruise"),          # the surname is no short syllable
    ("a Coen-head, he says", "Coen"),                  # a word of the critics ("head")
    ("in Cary Grant-ese, he says", "Cary Grant"),     # a word-forming ending
    ("in Cary Grant-ese, he says", "Cary Grant"),     # a word-forming ending
])
def test_words_after_a_hyphen_stay_out(text, name):
    assert grown(text, name) == name


# ------------------------------------------------------------ spellings

def test_a_misspelt_lone_surname_is_the_full_name(monkeypatch):
    assert people._resolve_short("Tarantino", {"Quentin Tarentino", "Uma Thurman"}) == "Quentin Tarentino"
    assert people._resolve_short("Hanke", {"Tom Hanks"}) is None  # short surnames differ by a letter too often
    assert people._resolve_short("Costner", {"Kevin Coster", "Ken Costnar"}) is None  # two near: neither
    monkeypatch.setattr(people, "MISSPELT_SURNAMES", False)
    assert people._resolve_short("Tarantino", {"Quentin Tarentino"}) is None


def test_the_surname_test_reads_a_grown_name_before_its_syllable(monkeypatch):
    assert resolve._before_tail("Ren-ying") == "Ren"
    assert resolve._before_tail("Sun-Times") == "Sun-Times"  # a capital after the hyphen: no syllable of a name
    monkeypatch.setattr(people, "HYPHEN_TAILS", False)
    assert resolve._before_tail("Ren-ying") == "Ren-ying"


def test_a_full_name_after_a_nickname_is_not_grown():
    # 'Ramirez/Carlos "the Jackal" Tom Vale as ...': the part's nickname, then the actor's own full name
    text = 'Ann Lund as Rosa/Carlos "the Jackal" Tom Vale as Jack.'
    found = [_mention("Tom Vale", text, "people.header")]
    assert nicknamed(text, found, {"Carlos Tom Vale"}) == [("Tom Vale", "Tom Vale")]
