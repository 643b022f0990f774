"""What the KB's title principals say a person did on a film, for credits the prose only hints at.

The prose often ties a person to a film without naming the craft ("Kieslowski's RED",
"Kate Winslet (TITANIC)"); the principals of that title in the KB settle it. Only exact
title keys are used (never a prefix), and a surname alone matches only a principal of
that very title, so one lookup cannot wander to another film or another person.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from filmkg.linking.imdb_kb import ImdbKB, person_key, person_reduced_key, surname_key

#: IMDb principal categories -> roles of the data model (writers by their job, see below).
_CATEGORY_ROLE = {"actor": "actor", "actress": "actor", "self": "actor", "director": "director",
                  "producer": "producer", "composer": "composer", "cinematographer": "cinematographer",
                  "editor": "editor"}
_SOURCE_JOBS = ("novel", "book", "play", "memoir", "short story", "stories", "characters")

PrincipalRoles = Callable[[str, str, "int | None"], frozenset[str]]


def _titles(kb: ImdbKB, title: str, year: int | None) -> list:
    """The KB's titles of exactly that key, of ``year`` give or take one when given."""
    matches = [m.title for m in kb.find_titles(title, prefix=False)]
    if year is not None:
        dated = [t for t in matches if t.year is not None and abs(t.year - year) <= 1]
        # a title the KB has only from other years is another film of that name (a remake, an original):
        # its principals say nothing of this one ("The Haunting" of 1999 is not Robert Wise's)
        matches = dated or [t for t in matches if t.year is None]
    return matches


def principal_roles(kb: ImdbKB, cache_size: int = 50_000) -> PrincipalRoles:
    """A cached ``(person, title, year) -> roles`` lookup over ``kb``'s principals."""

    @lru_cache(maxsize=cache_size // 16)
    def index(title: str, year: int | None) -> _RoleIndex | None:
        # asked once per title and year, not once per person beside it: each principal's keys filed once, so
        # that a person's roles are three dictionary lookups, not a walk over the title's principals (the cast
        # resolver asks every name of a review against every film of it)
        matches = _titles(kb, title, year)
        if not matches:
            return None
        found = _RoleIndex()
        for t in matches:
            for pr in kb.principals(t.tconst):
                who = kb.person(pr.nconst)
                if who is None:
                    continue
                role = _CATEGORY_ROLE.get(pr.category)
                if pr.category == "writer":
                    job = (pr.job or "").lower()
                    role = "source_author" if any(j in job for j in _SOURCE_JOBS) else "screenwriter"
                if not role:
                    continue
                found.any.add(role)
                found.full.setdefault(person_key(who.name), set()).add(role)
                if (reduced := person_reduced_key(who.name)) is not None:
                    found.reduced.setdefault(reduced, set()).add(role)
                found.surname.setdefault(surname_key(who.name), set()).add(role)
        return found

    @lru_cache(maxsize=cache_size)
    def roles(person: str, title: str, year: int | None = None) -> frozenset[str]:
        """The person's roles on the title; for ``person`` "" the roles the title has at all."""
        found = index(title, year)
        if found is None:
            return frozenset()
        words = person_key(person).split()
        if not words:
            return frozenset(found.any)
        out = set(found.full.get(" ".join(words), ()))
        if (reduced := person_reduced_key(person)) is not None:
            out |= found.reduced.get(reduced, set())
        if len(words) == 1:
            out |= found.surname.get(words[0], set())
        return frozenset(out)

    return roles


class _RoleIndex:
    """A title's principals' roles (writers by their job) filed by each principal's full, reduced and surname key,
    and all of them together."""

    __slots__ = ("any", "full", "reduced", "surname")

    def __init__(self) -> None:
        self.any: set[str] = set()
        self.full: dict[str, set[str]] = {}
        self.reduced: dict[str, set[str]] = {}
        self.surname: dict[str, set[str]] = {}


#: ``(title, year) -> {surname key: ((name, IMDb category), ...)}``
PrincipalSurnames = Callable[[str, "int | None"], dict[str, tuple[tuple[str, str], ...]]]


def principal_surnames(kb: ImdbKB, cache_size: int = 1024) -> PrincipalSurnames:
    """A cached lookup of a title's principals by surname key (the titles as :func:`principal_roles` picks them):
    whom a lone surname in a review of that title can stand for, and whether more than one."""

    @lru_cache(maxsize=cache_size)
    def surnames(title: str, year: int | None) -> dict[str, tuple[tuple[str, str], ...]]:
        out: dict[str, list[tuple[str, str]]] = {}
        for t in _titles(kb, title, year):
            for pr in kb.principals(t.tconst):
                who = kb.person(pr.nconst)
                if who is not None and (key := surname_key(who.name)):
                    out.setdefault(key, []).append((who.name, pr.category))
        return {k: tuple(v) for k, v in out.items()}

    return surnames


#: IMDb's categories of a title's performers
ACTING_CATEGORIES = frozenset({"actor", "actress", "self"})


def lone_performer(surnames: dict[str, tuple[tuple[str, str], ...]], word: str, only: bool = False) -> str | None:
    """The one principal of a title (``surnames``, as :func:`principal_surnames` gives them) whose surname ``word``
    is, when that principal performs (with ``only``: and has no other part in the film, no director appearing in
    his own film); None when no principal, or two, have that surname."""
    who = surnames.get(person_key(word), ())
    names = {n for n, _ in who}
    if len(names) != 1 or not any(c in ACTING_CATEGORIES for _, c in who):
        return None
    return None if only and any(c not in ACTING_CATEGORIES for _, c in who) else next(iter(names))


__all__ = ["principal_roles", "principal_surnames", "lone_performer", "PrincipalRoles", "PrincipalSurnames",
           "ACTING_CATEGORIES"]
