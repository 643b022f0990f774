"""core/regex.py: a regex led by a look at its first characters finds exactly what the plain regex finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from filmkg.core.regex import first_chars, gated

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
