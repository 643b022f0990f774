"""The KB's principals as credit roles: a title's year picks the film of that name."""

from __future__ import annotations

from types import SimpleNamespace as NS

from filmkg.linking.principals import principal_roles


class _FakeKB:
    """Two films called "The Haunting" (1963, Robert Wise; 1999, Jan de Bont), one undated "Nosferatu"."""

    titles = {"the haunting": [NS(tconst="t63", year=1963), NS(tconst="t99", year=1999)],
              "nosferatu": [NS(tconst="t22", year=None)]}
    principals_of = {"t63": [NS(nconst="n1", category="director", job=None)],
                     "t99": [NS(nconst="n2", category="director", job=None)],
                     "t22": [NS(nconst="n3", category="director", job=None)]}
    people = {"n1": NS(name="Robert Wise"), "n2": NS(name="Jan de Bont"), "n3": NS(name="F.W. Murnau")}

    def find_titles(self, title: str, prefix: bool = True):
        return [NS(title=t) for t in self.titles.get(title.lower(), [])]

    def principals(self, tconst: str):
        return self.principals_of[tconst]

    def person(self, nconst: str):
        return self.people[nconst]


def test_the_year_picks_the_film_of_that_name():
    roles = principal_roles(_FakeKB())
    assert roles("Robert Wise", "The Haunting", 1963) == {"director"}
    assert roles("Robert Wise", "The Haunting", 1999) == frozenset()
    assert roles("Jan de Bont", "The Haunting", 1999) == {"director"}
    # no year given: any film of that name
    assert roles("Robert Wise", "The Haunting", None) == {"director"}


def test_a_title_the_kb_has_only_from_another_year_says_nothing():
    kb = _FakeKB()
    kb.titles = {**kb.titles, "the haunting": [NS(tconst="t63", year=1963)]}
    assert principal_roles(kb)("Robert Wise", "The Haunting", 1999) == frozenset()
    # ... an undated title still speaks
    assert principal_roles(kb)("F.W. Murnau", "Nosferatu", 1922) == {"director"}
