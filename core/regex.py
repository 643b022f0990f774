"""Regexes searched at every offset of a text, led by a look at the one character a match can open with.

``pattern.search(text)`` tries the whole pattern at every offset. When the pattern opens with a literal or a
character class, the regex engine skips ahead to the offsets where that character stands; when it opens with
``\\b``, a look behind or a long alternation of words ("\\b(?:originally|was\\s+supposed|...)"), it cannot, and
each offset costs every branch. :func:`gated` works out from the parsed pattern which characters a match can
open with and puts a look ahead at them in front: ``(?=[ow...])(?:PATTERN)``. The matches are the same (every
match of the pattern opens with one of those characters, and the look ahead consumes nothing); only offsets
where no match can open are left sooner. The set follows the pattern as it is edited, so a branch added later
is never shut out by a stale list of letters. :func:`opening` does the same for a list of patterns tried in turn
at one place, and :func:`required` names strings one of which every match holds, for a substring test before a
search ("played" or "portrayed" before a regex that ends "(?:played|portrayed)\\s+by\\s*$").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

try:  # the parser and its opcodes: re._parser / re._constants from Python 3.11, sre_parse / sre_constants before
    from re import _constants as C  # noqa: N812 - the parser's opcodes
    from re import _parser
except ImportError:  # Python 3.10 (pyproject allows it)
    import sre_constants as C  # noqa: N812
    import sre_parse as _parser


class _Unknown(Exception):
    """A sub-pattern whose first character cannot be told (a class of all but some characters, any character, a
    back reference): the pattern is left as it is."""


def gated(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, with a look ahead at the characters a match can open with when they can be
    told (else the plain pattern)."""
    lead = first_chars(pattern, flags)
    if lead is None:
        return re.compile(pattern, flags)
    return re.compile(f"{lead}(?:{pattern})", flags)


def opening(patterns: Iterable[re.Pattern[str]]) -> re.Pattern[str] | None:
    """A look at what any of ``patterns`` can open with, to ``match`` before trying them in turn at one place; None
    when one of them may open with anything."""
    leads = [first_chars(p.pattern, p.flags) for p in patterns]
    return None if not leads or None in leads else re.compile("|".join(leads))


def required(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` holds, as written (case counts), read from the pattern's
    top level: a run of literal characters, or a group of alternatives that each open with literal characters
    ("(?:played|portrayed)"); the most telling such item (its shortest string the longest). ``any(s in text for s
    in required(...))`` then rules out a text where the pattern cannot match, for a few substring tests. None
    when the pattern ignores case or has no such item."""
    try:
        parsed = _parser.parse(pattern, flags)
    except re.error:
        return None
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    items = list(parsed)
    while True:  # into a group that is the whole match ("(?=[...])(?:PATTERN)" of :func:`gated`)
        body = [(op, av) for op, av in items if op not in (C.AT, C.ASSERT, C.ASSERT_NOT)]
        if len(body) != 1 or body[0][0] is not C.SUBPATTERN or body[0][1][1] | body[0][1][2]:
            break
        items = list(body[0][1][3])
    best: tuple[str, ...] | None = None
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        before = "".join(run)
        candidates = [(before,)] if run else []
        run = []
        if op is C.SUBPATTERN and not (av[1] | av[2]) and len(av[3]) == 1 and av[3][0][0] is C.BRANCH:
            op, av = av[3][0]
        if op is C.BRANCH:  # (the parser moves the alternatives' common opening before them: "p(?:layed|ortrayed)")
            candidates.append(tuple(before + _literal_opening(list(branch)) for branch in av[1]))
        for found in candidates:
            if all(found) and (best is None or min(map(len, found)) > min(map(len, best))):
                best = found
    return best


def _literal_opening(items: list) -> str:
    out = []
    for op, av in items:
        if op is not C.LITERAL:
            break
        out.append(chr(av))
    return "".join(out)


def first_chars(pattern: str, flags: int = 0) -> str | None:
    """The look ahead at the characters a match of ``pattern`` opens with ("(?=[a-c]|(?i:[xy]))"), or None when a
    match may be empty, may open with any of many characters, or the pattern sets its flags inline."""
    if flags & re.VERBOSE or re.match(r"\(\?[a-zA-Z]+\)", pattern):
        return None  # global inline flags must open the pattern; a verbose one may end in a comment
    try:
        parsed = _parser.parse(pattern, flags)
        ignore = bool(parsed.state.flags & re.IGNORECASE)
        sensitive: set[str] = set()
        insensitive: set[str] = set()
        if _sequence(list(parsed), ignore, sensitive, insensitive):
            return None  # the pattern can match the empty string anywhere
    except (_Unknown, re.error, RecursionError):
        return None
    parts = []
    if insensitive:
        parts.append(f"(?i:[{''.join(sorted(insensitive))}])")
    if sensitive:
        parts.append(f"(?-i:[{''.join(sorted(sensitive))}])")
    return f"(?={'|'.join(parts)})"


def _sequence(items: list, ignore: bool, sensitive: set[str], insensitive: set[str]) -> bool:
    """Add the first characters of a sequence of items to the sets; True when the whole sequence can be empty."""
    for op, av in items:
        if not _item(op, av, ignore, sensitive, insensitive):
            return False
    return True


def _item(op, av, ignore: bool, sensitive: set[str], insensitive: set[str]) -> bool:
    """Add one item's first characters to the sets; True when the item can match nothing (zero width or optional)."""
    target = insensitive if ignore else sensitive
    if op is C.LITERAL:
        target.add(_char(av))
        return False
    if op is C.IN:
        for kind, value in av:
            if kind is C.LITERAL:
                target.add(_char(value))
            elif kind is C.RANGE:
                target.add(f"{_char(value[0])}-{_char(value[1])}")
            elif kind is C.CATEGORY and value in _CATEGORIES:
                target.add(_CATEGORIES[value])
            else:  # a negated class, or one of another kind
                raise _Unknown
        return False
    if op is C.BRANCH:
        empty = False
        for branch in av[1]:
            empty |= _sequence(list(branch), ignore, sensitive, insensitive)
        return empty
    if op is C.SUBPATTERN:
        _group, add, remove, sub = av
        inner = (ignore or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
        return _sequence(list(sub), inner, sensitive, insensitive)
    if op is _ATOMIC_GROUP:
        return _sequence(list(av), ignore, sensitive, insensitive)
    if op in _REPEATS:
        low, _high, sub = av
        empty = _sequence(list(sub), ignore, sensitive, insensitive)
        return empty or low == 0
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return True  # zero width: the next item opens the match
    raise _Unknown  # ANY, NOT_LITERAL, GROUPREF, GROUPREF_EXISTS, ...


#: atomic groups and possessive repeats came with Python 3.11
_ATOMIC_GROUP = getattr(C, "ATOMIC_GROUP", None)
_REPEATS = tuple(op for op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)) if op is not None)

_CATEGORIES = {C.CATEGORY_SPACE: r"\s", C.CATEGORY_DIGIT: r"\d", C.CATEGORY_WORD: r"\w",
               C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_NOT_WORD: r"\W"}


def _char(code: int) -> str:
    return f"\\U{code:08x}"


__all__ = ["gated", "first_chars", "opening", "required"]


def word_run_spans(text: str, words: Iterable[str], underscores: bool = True,
                   ignore_case: bool = True, pos: int = 0) -> list[tuple[int, int]]:
    """The spans of ``(?<!\\w)W1[\\s_]+W2...(?!\\w)`` in ``text``, the words taken literally (``re.escape``; the
    separators ``\\s+`` without ``underscores``; ``re.IGNORECASE`` with ``ignore_case``), found without compiling
    that regex. A review's own title makes a new regex for every review, and compiling it cost more than the
    search. Where the scan could part from the regex (case folding beyond ASCII, a word holding a separator)
    the regex runs. ``pos`` is the regex's own: matches open there or later, the look behind sees before it
    (``text[:endpos]`` stands for its ``endpos``)."""
    words = list(words)
    seps = (lambda c: c.isspace() or c == "_") if underscores else str.isspace
    if not words or any(not w or any(seps(c) for c in w) for w in words) or \
            (ignore_case and not (all(w.isascii() for w in words) and
                                  (text.isascii() or not any(c in text for c in _FOLDS_TO_ASCII)))):
        sep = r"[\s_]+" if underscores else r"\s+"
        pattern = rf"(?<![\w]){sep.join(re.escape(w) for w in words)}(?![\w])"
        return [m.span() for m in re.compile(pattern, re.IGNORECASE if ignore_case else 0).finditer(text, pos)]
    if ignore_case:  # ASCII words: lower-casing keeps every offset and matches as IGNORECASE does
        text, words = text.lower(), [w.lower() for w in words]
    first, out = words[0], []
    i = text.find(first, pos)
    while i >= 0:
        end = None if i and _word_char(text[i - 1]) else _run_end(text, i + len(first), words, seps)
        if end is None:
            i = text.find(first, i + 1)
        else:
            out.append((i, end))
            i = text.find(first, end)
    return out


#: The only characters beyond ASCII that ``re.IGNORECASE`` matches with an ASCII letter (İ, ı, ſ and the Kelvin
#: sign, Python's ``re`` docs); "İ" is also the one whose ``lower()`` is two characters long.
_FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # the regex's \w, which is str.isalnum and the underscore


def _run_end(text: str, pos: int, words: list[str], seps) -> int | None:
    """Where the run of ``words`` that opened with ``words[0]`` ending at ``pos`` ends, or None. A word never opens
    with a separator, so the separators before it are one greedy run, as in the regex."""
    n = len(text)
    for w in words[1:]:
        j = pos
        while j < n and seps(text[j]):
            j += 1
        if j == pos or not text.startswith(w, j):
            return None
        pos = j + len(w)
    return None if pos < n and _word_char(text[pos]) else pos
