"""Normal forms of names and titles, shared by extraction, identity and linking."""

from __future__ import annotations

import functools
import re
import unicodedata

_ARTICLE_SUFFIX = re.compile(r"^(?P<rest>.+),\s*(?P<art>The|A|An|Les|Le|La|L'|Il|Der|Die|Das|El)$")
_SMALL = {"a", "an", "the", "and", "but", "or", "nor", "for", "of", "in", "on", "at", "to", "by",
          "with", "from", "as", "vs", "vs.", "de", "du", "la", "le", "des", "von", "van", "o'"}
#: Generational suffixes ending a person's name ("Robert Downey Jr.", "Davis Love III"), folded: the name's
#: surname is the word before them.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def is_name_suffix(word: str) -> bool:
    """Is ``word`` ("Jr.", "JR", "III") a generational suffix?"""
    return word.rstrip(".").lower() in NAME_SUFFIXES


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Casefolded, accent-free, punctuation-free form used to compare names."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold().replace("\u2019", "'").replace("`", "'").replace("&", " and ")
    text = re.sub(r"'s\b", "s", text)
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


@functools.lru_cache(maxsize=1 << 16)  # the title rules ask it of the same few hundred strings about 300 times a review
def name_key(name: str, film: bool = False) -> str:
    key = fold(name)
    if film and key.startswith(_LEADING_ARTICLES):  # (a plain prefix test: most keys have no article)
        key = _LEADING_ARTICLE.sub("", key)
    return key


_LEADING_ARTICLES = ("the ", "a ", "an ")
_LEADING_ARTICLE = re.compile(r"^(the|a|an) ")


def slug(name: str) -> str:
    return fold(name).replace(" ", "-") or "unnamed"


def unsuffix_article(title: str) -> str:
    """'Hitcher, The' -> 'The Hitcher' (the archive's index form)."""
    m = _ARTICLE_SUFFIX.match(title.strip())
    if m:
        art = m["art"]
        sep = "" if art.endswith("'") else " "
        return f"{art}{sep}{m['rest']}"
    return title.strip()


def title_case(title: str) -> str:
    """'OF MICE AND MEN' -> 'Of Mice and Men'; leaves mixed-case titles alone."""
    if any(c.islower() for c in title):
        return title
    if re.fullmatch(r"[A-Z0-9.*]{1,4}", title):
        return title  # "JFK", "ET", "M*A*S*H"-like acronyms stay as written
    words = title.lower().split(" ")
    out = []
    for i, w in enumerate(words):
        if i and w in _SMALL and i != len(words) - 1:
            out.append(w)
        else:
            out.append(_cap(w))
    result = " ".join(out)
    # "Three O'clock High" -> "Three O'Clock High", "Mcdonald" -> "McDonald"
    result = re.sub(r"\b(O'|Mc)(\w)", lambda m: m[1] + m[2].upper(), result)
    result = re.sub(r"([:\-/]\s*)(\w)", lambda m: m[1] + m[2].upper(), result)
    return result


def _cap(word: str) -> str:
    if not word:
        return word
    if re.fullmatch(r"[ivxlc]+", word) and len(word) <= 4 and word not in {"i", "civil", "ill", "lil"}:
        return word.upper() if word != "i" else "I"
    if word[0] in "'\u2018\u2019" and len(word) > 3:
        return word[:2].upper() + word[2:]  # "The 'Burbs", "From Dusk 'Til Dawn" ("Boyz 'n the Hood" keeps its 'n)
    return word[0].upper() + word[1:]
