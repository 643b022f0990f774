"""core/regex.py: a regex led by a look at its first characters finds exactly what the plain regex finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from filmkg.core.regex import first_chars, gated, word_run_spans

#: patterns of the shapes the rules search with: word alternations after \b, look behinds, case flags in scope,
#: optional openings, classes with categories
PATTERNS = [
    (r"\b(?:originally|was\s+supposed\s+to|replaced|wish)\b", re.I),
    (r";|\b(?:but|while)\b", 0),
    (r"(?<![\w'])(?P<n>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})(?![\w\-])", 0),
    (r"(?i:\b(?:this|the)\s+film\s+was\s+called)\s+(?P<t>[A-Z]\w+)", 0),
    (r"(?:\b(?:film\s+)?review(?:ed)?\s+by|\(c\)\s*\d{4})[ \t]+(?-i:(?P<name>[A-Z]\w*))", re.I),
    (r"@|https?:|\.com\b|\b[Ee]-?mail", 0),
    (r",?\s*\bbased\s+on\b", 0),
    (r"(?:x|y)?z+", 0),
]


def test_first_chars_names_the_openings():
    lead = first_chars(r"\b(?:but|while)\b|;")
    assert lead is not None
    gate = re.compile(lead)
    assert [c for c in "abw;xB" if gate.match(c)] == ["b", "w", ";"]
    # under IGNORECASE the look ahead ignores case too; a scoped (?i:) only where it stands
    assert re.compile(first_chars(r"\bwish", re.I), re.I).match("W")
    mixed = re.compile(first_chars(r"(?i:the)|Xy"))
    assert mixed.match("T") and mixed.match("X") and not mixed.match("x")


@pytest.mark.parametrize("pattern", [r"a*", r"(?:x)?", r".foo", r"[^a]b", r"(?P<x>a)?(?P=x)b", r"(?i)abc", r"\b"])
def test_no_look_ahead_when_the_opening_cannot_be_told(pattern):
    assert first_chars(pattern) is None
    assert gated(pattern).pattern == pattern


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abtwThe BRz;x,.()'@-\n\t0123456789cfilmvwdsRWy", max_size=80))
def test_gated_finds_what_the_plain_regex_finds(text):
    for pattern, flags in PATTERNS:
        plain, led = re.compile(pattern, flags), gated(pattern, flags)
        assert led.pattern != pattern
        assert [(m.span(), m.groups()) for m in led.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)]


def test_opening_looks_at_what_any_pattern_opens_with():
    from filmkg.core.regex import opening

    gate = opening([re.compile(r"['\u2019]s\s+score"), re.compile(r"\bdirection", re.I)])
    assert gate is not None
    assert [s for s in ("'s score", "\u2019s", "Direction", "x's", " direction") if gate.match(s)] == \
        ["'s score", "\u2019s", "Direction"]
    assert opening([re.compile(r"'s"), re.compile(r".*")]) is None  # one may open with anything


def test_required_names_strings_every_match_holds():
    from filmkg.core.regex import required

    assert required(r"\b(?P<w>\w+)\s+(?:played|portrayed)\s+by\s*$") == ("played", "portrayed")
    assert required(r"x?y") == ("y",)
    assert required(gated(r"\bab(?:cde|fgh)").pattern) == ("abcde", "abfgh")  # seen through gated's group
    for pattern in (r"\bwho", r"a|b", r"(?:ab|)c?", r"(?i:ab)"):
        assert required(pattern) in (None, ("who",))
    assert required(r"played", re.I) is None  # case-insensitive: a substring test would not do


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="playedortvcinsb Hx.,'", max_size=60))
def test_a_text_without_the_required_strings_has_no_match(text):
    from filmkg.core.regex import required

    for pattern in (r"(?:[A-Z]\w*|the\s+\w+),?\s+(?:played|portrayed|voiced)\s+by\s+", r"x?(?:ab|cd)+y", r"in\s+"):
        words = required(pattern)
        assert words
        if re.search(pattern, text):
            assert any(w in text for w in words)


@pytest.mark.parametrize(("text", "words", "underscores", "ignore_case"), [
    ("Leaving Las Vegas; LEAVING_LAS  VEGAS; leaving las vegass; xleaving las vegas", ["Leaving", "Las", "Vegas"],
     True, True),
    ("Amélie and AMÉLIE and amélie", ["Amélie"], True, True),  # words beyond ASCII: the regex runs
    ("Saving Private Ryan, ſaving private ryan", ["saving", "private", "ryan"], True, True),  # ſ folds to s
    ("Café Society and CAFE SOCIETY", ["Cafe", "Society"], True, True),  # text beyond ASCII, words within
    ("THE X\nFILES and THE X_FILES and the x files", ["THE", "X", "FILES"], False, False),
    ("Se7en, SE7EN!, Se7enth", ["Se7en"], True, True),
    ("Star Wars: Episode I (STAR WARS:  EPISODE I)", ["Star", "Wars:", "Episode", "I"], True, True),
])
def test_word_run_spans_match_their_regex(text: str, words: list[str], underscores: bool, ignore_case: bool) -> None:
    sep = r"[\s_]+" if underscores else r"\s+"
    pattern = rf"(?<![\w]){sep.join(re.escape(w) for w in words)}(?![\w])"
    expected = [m.span() for m in re.finditer(pattern, text, re.IGNORECASE if ignore_case else 0)]
    assert expected  # each case holds at least one match, so an empty scan fails
    assert word_run_spans(text, words, underscores=underscores, ignore_case=ignore_case) == expected


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="abS _-\n\u0130\u0131\u017f\u212aé'", max_size=40),
       words=st.lists(st.text(alphabet="abSs-'é", min_size=1, max_size=3), min_size=1, max_size=3),
       underscores=st.booleans(), ignore_case=st.booleans())
def test_word_run_spans_agree_with_the_regex_on_any_text(text: str, words: list[str], underscores: bool,
                                                         ignore_case: bool) -> None:
    sep = r"[\s_]+" if underscores else r"\s+"
    pattern = rf"(?<![\w]){sep.join(re.escape(w) for w in words)}(?![\w])"
    expected = [m.span() for m in re.finditer(pattern, text, re.IGNORECASE if ignore_case else 0)]
    assert word_run_spans(text, words, underscores=underscores, ignore_case=ignore_case) == expected


def test_word_run_spans_start_at_pos_and_see_behind_it() -> None:
    text = "Friends, friends; xFriends and Friends"
    pattern = re.compile(r"(?<![\w])Friends(?![\w])", re.IGNORECASE)
    for pos in (0, 1, 9, 19, 20):
        for endpos in (len(text), 16, 36):
            expected = [m.span() for m in pattern.finditer(text, pos, endpos)]
            assert word_run_spans(text[:endpos], ["Friends"], pos=pos) == expected
    assert word_run_spans(text, ["Friends"], pos=19) == [(31, 38)]  # "xFriends" at 19 is inside a word
