"""What the extractors may ask the knowledge base: the one interface between the KB and the rules.

Three questions, each answered from an :class:`~filmkg.linking.imdb_kb.ImdbKB` (or from
nothing, when a build runs without a KB):

* ``lexicon.films``: is this a film title? (unmarked titles in the prose, "roles in A, B and C");
* ``lexicon.people``: is this the name of somebody the KB knows, and is this word a surname?
  (to choose between two spellings of one person, and one-word names spaCy tags PERSON);
* ``lexicon.given_names``: given names common in the KB (names spaCy's NER misses,
  "Reese Witherspoon");
* ``lexicon.principal_roles``: what did this person do on this film, by the title's principals?
  ("Kieslowski's RED", "Kate Winslet (TITANIC)": the prose ties them, the KB names the craft).

The extractors hold a Lexicon in their spaCy components; with ``-j 2`` the worker processes
inherit it when they fork, so lookups run where the rules run. Answers are cached per process.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from filmkg.core.normalize import name_key
from filmkg.linking.principals import PrincipalRoles, PrincipalSurnames, principal_roles, principal_surnames

if TYPE_CHECKING:
    from filmkg.linking.imdb_kb import ImdbKB

#: IMDb title types a review's "film" can be.
FILM_TYPES = frozenset({"movie", "tvMovie", "video", "short"})
_CACHE_LIMIT = 200_000


#: IMDb numbers its titles as they are entered: of the bundled KB's dated films numbered tt0300000 or above (entered
#: from 2002 on), 2,908 of 2,911 are from 2002 or later; its 5,860 undated films so numbered ("One Life", "Cold War",
#: announced or unreleased) are no film a review written before then can name.
ENTERED_FROM = (300_000, 2002)


def entered_after(tconst: str) -> int | None:
    """The earliest year an undated title numbered ``tconst`` can be from, when its number says (else None)."""
    digits = tconst[2:]
    if not digits.isdigit():
        return None
    return ENTERED_FROM[1] if int(digits) >= ENTERED_FROM[0] else None


class FilmTitles:
    """Film titles known to a KB: a set of titles, or a lookup function over a large KB."""

    def __init__(self, titles: Iterable[str] = (), lookup: Callable[[str], bool] | None = None,
                 years: Callable[[str], list[int | None]] | None = None,
                 earliest: Callable[[str], list[int | None]] | None = None) -> None:
        self.keys = {name_key(t, film=True) for t in titles}
        self.keys.discard("")
        self.lookup = lookup
        self.years = years
        #: per title, its year or, for an undated one, the earliest year it can be from (:func:`entered_after`)
        self.earliest = earliest
        self._cache: dict[str, bool] = {}
        self._years_cache: dict[str, list[int | None]] = {}  # shared by every dated view, across reviews

    def until(self, year: int | None) -> FilmTitles:
        """The titles a text written by ``year`` can name: a film the KB knows only from later
        years ("Dark Knight" in a 1995 review) is a phrase, not that film. Undated KB titles stay, unless their
        IMDb number says they were entered later (:func:`entered_after`)."""
        if year is None or self.years is None:
            return self
        years, cache = self.earliest or self.years, self._years_cache

        def known_by(title: str) -> bool:
            key = name_key(title, film=True)
            if key not in cache:
                if len(cache) > _CACHE_LIMIT // 2:
                    cache.clear()
                cache[key] = years(title)
            return any(y is None or y <= year for y in cache[key])

        dated = FilmTitles(lookup=known_by, years=self.years, earliest=self.earliest)
        dated.keys, dated._years_cache = self.keys, cache
        return dated

    def __contains__(self, title: object) -> bool:
        if not isinstance(title, str):
            return False
        key = name_key(title, film=True)
        if key in self.keys:
            return True
        if self.lookup is None or not key:
            return False
        if key not in self._cache:
            if len(self._cache) > _CACHE_LIMIT // 2:
                self._cache.clear()
            self._cache[key] = self.lookup(title)
        return self._cache[key]

    def __bool__(self) -> bool:
        return bool(self.keys) or self.lookup is not None


class KnownPeople:
    """Names of people a KB knows (``name in people``) and its surnames (:meth:`has_surname`)."""

    def __init__(self, names: Iterable[str] = (), kb: ImdbKB | None = None) -> None:
        self.names = set(names)
        self.kb = kb
        self._cache: dict[str, bool] = {}

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str):
            return False
        if name in self.names:
            return True
        if self.kb is None:
            return False
        if name not in self._cache:
            if len(self._cache) > _CACHE_LIMIT:
                self._cache.clear()
            self._cache[name] = bool(self.kb.find_people(name))
        return self._cache[name]

    def has_surname(self, word: str) -> bool:
        """Is ``word`` somebody's surname in the KB? (Never, without a KB.)"""
        return self.kb is not None and bool(self.kb.people_with_surname(word))

    def mostly_given_name(self, word: str) -> bool:
        """Is ``word`` far more often a first name than a surname in the KB, and nobody's whole
        name? ("Sam", "Vincent" alone are a character's or a child's name, not a person's;
        "Madonna" is a whole name.) Never, without a KB."""
        if self.kb is None or word in self:
            return False
        return self.kb.count_given_name(word) > 2 * len(self.kb.people_with_surname(word))


@dataclass
class Lexicon:
    """The KB as the extractors see it; ``Lexicon()`` knows nothing (rules fall back to the text)."""

    films: FilmTitles = field(default_factory=FilmTitles)
    people: KnownPeople = field(default_factory=KnownPeople)
    given_names: frozenset[str] = frozenset()
    principal_roles: PrincipalRoles | None = None
    #: the KB's principals of a title by surname (whom a lone surname in a review of it stands for); None: no KB
    principal_surnames: PrincipalSurnames | None = None
    #: The lists :meth:`with_principals` joined into ``principal_roles``.
    joined: tuple[PrincipalRoles, ...] = field(default=(), repr=False, compare=False)

    def with_principals(self, more: PrincipalRoles) -> Lexicon:
        """This lexicon, its principals' roles joined by ``more``'s (another list of who made which film).
        A lexicon without a KB stays as it is: its rules read the text alone. Joining a list already joined
        changes nothing: ``use_lexicon`` is handed lexicons it joined before (a component's, a test's)."""
        # ``in`` compares bound methods by their object and function: ``archive_lexicon().principal_roles``
        # is a new bound method at each access, but the same list
        if self.principal_roles is None or more in self.joined:
            return self
        kb_roles = self.principal_roles

        @lru_cache(maxsize=50_000)
        def roles(person: str, title: str, year: int | None = None) -> frozenset[str]:
            return kb_roles(person, title, year) | more(person, title, year)

        return replace(self, principal_roles=roles, joined=(*self.joined, more))

    @classmethod
    def from_kb(cls, kb: ImdbKB | None) -> Lexicon:
        if kb is None:
            return cls()

        def is_film(title: str) -> bool:
            return any(m.title.type in FILM_TYPES for m in kb.find_titles(title, prefix=True))

        def film_years(title: str) -> list[int | None]:
            return [m.title.year for m in kb.find_titles(title, prefix=True) if m.title.type in FILM_TYPES]

        def earliest(title: str) -> list[int | None]:
            return [m.title.year or entered_after(m.title.tconst) for m in kb.find_titles(title, prefix=True)
                    if m.title.type in FILM_TYPES]

        # the KB's own index of given names: one pass, also fast on the full IMDb dumps
        floor = max(3, kb.stats()["people"] // 20_000)
        return cls(FilmTitles(lookup=is_film, years=film_years, earliest=earliest), KnownPeople(kb=kb),
                   frozenset(kb.given_name_counts(floor)), principal_roles(kb), principal_surnames(kb))


__all__ = ["Lexicon", "FilmTitles", "KnownPeople", "FILM_TYPES"]
