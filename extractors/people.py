"""People: spaCy's PERSON entities and header names, cleaned and merged within a review.

"Cage" and "Nicolas Cage" in one review are one person: a short mention joins the one
full name it can belong to (surname first, then first name); an ambiguous one ("Coen"
beside Joel and Ethan Coen) is dropped rather than guessed.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Container, Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from filmkg.core.normalize import fold
from filmkg.core.spans import SpanIndex

_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|Professor|Rev|Saint|St)\.?\s+")
_ROLE_PREFIX = re.compile(
    r"^(?:(?:writer|director|producer|actor|actress|star|co-star|composer|editor|cinematographer|"
    r"screenwriter|novelist|author|filmmaker|helmer|comedian|singer|rapper|newcomer|veteran|"
    r"executive|mayor|deputy|detective|sheriff|captain|officer|agent|professor|judge|president|general|"
    r"colonel|sergeant|lieutenant|governor|senator|inspector|coach|doctor|nurse|ambassador|premier|chancellor|"
    r"secretary|admiral|pope|king|queen|prince|princess|emperor|chairman|attorney|minister|reverend)[-/\s]*)+\s*",
    re.IGNORECASE,
)
_PARTICLES = {"de", "van", "von", "der", "den", "la", "le", "di", "da", "du", "del", "des", "dos", "y",
              "bin", "al", "ten", "ter", "st.", "o'", "mc", "jr.", "jr", "sr.", "iii", "ii"}
#: Words spaCy sometimes tags PERSON that never are one in a film review.
NOT_PEOPLE = frozenset(fold(w) for w in """God Jesus Christ Lord Oscar Oscars Emmy Golden Globe Academy
    Mom Dad Mommy Daddy Grandma Grandpa Santa Claus Mother Father Uncle Aunt Sis Bro Baby Honey Sir Madam
    Hollywood Broadway Disney Miramax Touchstone Paramount Universal Warner Columbia TriStar Fox Pixar
    Dreamworks Nazi Nazis Jew Jews Christian Catholic Buddha Allah Satan Devil Mr Mrs Ms Dr Rambo
    Kleenex Xerox Coke Pepsi Internet Web Usenet Netscape Windows Mac Bible Viagra Prozac""".split())
#: Sentence adverbs and conjunctions spaCy sometimes folds into a name ("So Leigh Ann").
_LEADING_WORD = re.compile(r"^(?:So|But|And|Then|When|If|As|Now|Yet|Still|Even|Also|Just|Only|Meanwhile|Finally|"
                           r"Sadly|Luckily|Thankfully|Unfortunately|Fortunately|Naturally|Clearly|Obviously|Here|"
                           r"There|While|Although|Though|Because|Since|After|Before|With|Without|Like|Unlike|"
                           r"Poor|Young|Old|Little|Big|Dear)\s+(?=[A-Z])")
_COMPANY_END = re.compile(r"\b(?:Co|Corp|Inc|Ltd|Company|Pictures|Films|Productions|Studios?|Entertainment|"
                          r"Releasing|Distribution|Brothers|Bros)\.?$")
_SUFFIX_JUNK = re.compile(r"(?:['\u2019]s?|\s+(?:Brothers|Bros\.?|Sisters|family|clan))$")


@dataclass(slots=True)
class PersonMention:
    start: int
    end: int
    name: str
    source: str
    confidence: float


@dataclass(slots=True)
class PersonCluster:
    """One person in one review: the fullest name and every mention of it."""

    name: str
    mentions: list[PersonMention] = field(default_factory=list)

    @property
    def forms(self) -> set[str]:
        return {m.name for m in self.mentions}


def clean_person(surface: str, start: int) -> tuple[str, int, int] | None:
    """Trim a PERSON span to the name itself: (name, start, end), or None if it is no name."""
    s = " ".join(surface.split())
    s = re.split(r"\s*(?:&|\band\b|/)\s*", s)[0]  # "Barry Watson & Liz": the first name only
    s = re.split(r"['\u2019]s\s|(?<=s)['\u2019]\s", s)[0]  # "Nigel Hawthorne's President", "Saens' Carnival"
    s = _LEADING_WORD.sub("", s)
    m = _ROLE_PREFIX.match(s)
    if m and m.end() < len(s):
        s = s[m.end() :]
    s = _SUFFIX_JUNK.sub("", re.sub(r"-[a-z][\w\-]*$", "", s)).strip(" ,.;:-\"'()")
    words = s.split()
    if not words or any(ch.isdigit() for ch in s) or "@" in s or "_" in s:
        return None
    if not all(w[0].isupper() or w.lower() in _PARTICLES or not w[0].isalpha() for w in words):
        # "George than Robert Blake": keep the name at the end
        tail: list[str] = []
        for w in reversed(words):
            if not (w[0].isupper() or w.lower() in _PARTICLES):
                break
            tail.insert(0, w)
        words = tail
        s = " ".join(words)
    if not words or len(words) > 5 or any(not re.search(r"[A-Za-z]", w) or re.search(r"[+=<>#%]", w) for w in words):
        return None
    if words[0] in {"The", "A", "An", "In", "On", "Of"} or not words[-1][0].isupper() or (s.isupper() and len(s) > 4):
        return None
    if fold(s) in NOT_PEOPLE or all(fold(w) in NOT_PEOPLE for w in words) or _COMPANY_END.search(s):
        return None
    tm = re.search(r"\s+".join(re.escape(w) for w in words), surface)
    if not tm:
        return None
    return s, start + tm.start(), start + tm.end()


def canonical_person(name: str) -> str:
    return _HONORIFIC.sub("", name).strip() or name


def cluster_people(mentions: Iterable[PersonMention], known_full: Container[str] | None = None) -> list[PersonCluster]:
    """Merge mentions of one person; returns clusters named by their fullest form."""
    mentions = sorted(mentions, key=lambda m: m.start)
    full_counts: Counter[str] = Counter()
    for m in mentions:
        n = canonical_person(m.name)
        if len(n.split()) >= 2:
            full_counts[n] += 1
    fulls = _merge_spelling_variants(list(full_counts), full_counts, known_full or set())
    clusters: dict[str, PersonCluster] = {}
    for m in mentions:
        n = canonical_person(m.name)
        target = fulls.get(n)
        if target is None and len(n.split()) >= 2:
            target = _contained_in(n, fulls) or n
        if target is None:
            target = _resolve_short(n, set(fulls.values()))
            if target == "":
                continue  # ambiguous short form: leave it out
            target = target or n
        clusters.setdefault(target, PersonCluster(target)).mentions.append(m)
    return list(clusters.values())


def _merge_spelling_variants(names: list[str], counts: Counter[str], known: Container[str]) -> dict[str, str]:
    """'Peter Storemare' and 'Peter Stormare' are one name: keep the KB's or the commoner form."""
    out = {n: n for n in names}
    # only names of as many words with the same first word can be variants: compare within
    # those groups (all pairs of thousands of names was quadratic)
    groups: dict[tuple[int, str], list[str]] = defaultdict(list)
    for n in names:
        words = fold(n).split()
        groups[(len(words), words[0] if words else "")].append(n)
    for group in groups.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if out[a] != a or out[b] != b:
                    continue
                fa, fb = fold(a).split(), fold(b).split()
                if len(fa) != len(fb) or fa == fb:
                    continue
                if fa[0] != fb[0] or fuzz.ratio(fa[-1], fb[-1]) < 80:
                    continue
                keep = a if (a in known, counts[a]) >= (b in known, counts[b]) else b
                drop = b if keep == a else a
                out[drop] = keep
    return out


def _contained_in(name: str, fulls: dict[str, str]) -> str | None:
    """'Billy Bob Thornton' for 'Bob Thornton'; only when one fuller name fits."""
    words = fold(name).split()
    hits = {t for f, t in fulls.items() if len(f.split()) > len(words) and _is_sub(words, fold(f).split())}
    return hits.pop() if len(hits) == 1 else None


def _is_sub(short: list[str], full: list[str]) -> bool:
    n = len(short)
    return any(full[i : i + n] == short for i in range(len(full) - n + 1)) and full[-1] == short[-1]


def _resolve_short(name: str, fulls: set[str]) -> str | None:
    """A one-word mention: the full name it is the surname (else first name) of.

    Returns None when nothing matches (the person is known by one name only) and ""
    when several full names match.
    """
    key = fold(name)
    by_last = {f for f in fulls if fold(f).split()[-1] == key}
    if len(by_last) == 1:
        return by_last.pop()
    if len(by_last) > 1:
        return ""
    by_first = {f for f in fulls if fold(f).split()[0] == key}
    if len(by_first) == 1:
        return by_first.pop()
    if len(by_first) > 1:
        return ""
    by_any = {f for f in fulls if key in fold(f).split()[1:-1]}
    if len(by_any) == 1:
        return by_any.pop()
    return None


def propagate_mentions(text: str, clusters: list[PersonCluster], blocked: list[tuple[int, int]]) -> None:
    """Find the other mentions spaCy missed: every full name and unambiguous surname in the text."""
    taken = SpanIndex([(m.start, m.end) for c in clusters for m in c.mentions] + blocked)
    owner: dict[str, str | None] = {}
    for c in clusters:
        forms = {c.name} | {m.name for m in c.mentions}
        words = c.name.split()
        if len(words) >= 2 and words[-1][0].isupper() and len(words[-1]) > 2:
            forms.add(words[-1])
        for f in forms:
            owner[f] = c.name if owner.get(f, c.name) == c.name else None
    by_name = {c.name: c for c in clusters}
    for form, name in owner.items():
        if name is None or fold(form) in NOT_PEOPLE:
            continue
        for m in re.finditer(rf"(?<![\w'\u2019\-]){re.escape(form)}(?![\w\-])", text):
            s, e = m.span()
            if taken.overlaps(s, e):
                continue
            # part of a longer capitalised name ("Nicolas Cage" vs "Johnny Cage")?
            longer_before = re.search(r"[A-Z][\w'\-]*[ \t]+$", text[max(0, s - 30) : s])
            if longer_before or re.match(r"[ \t]+[A-Z][a-z]", text[e : e + 20]):
                continue
            by_name[name].mentions.append(PersonMention(s, e, form, "propagated", 0.6))
            taken.add(s, e)
    for c in clusters:
        c.mentions.sort(key=lambda m: m.start)
