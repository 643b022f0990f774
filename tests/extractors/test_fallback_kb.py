"""The acting-words fallback of resolve_cast and the KB's principals of the reviewed film."""

from __future__ import annotations

from filmkg.extractors.context import FilmSpan
from filmkg.extractors.resolve import _fallback_actors
from tests.extractors.conftest import review_context

_PRINCIPALS = {("Ann Lee", "Gamma"): {"director"}, ("Bo Kim", "Gamma"): {"actor"}, ("Cy Dunn", "Delta"): {"actor"}}


def _roles(person: str, title: str, year: int | None = None) -> frozenset[str]:
    if not person:
        return frozenset(r for (_, t), rs in _PRINCIPALS.items() if t == title for r in rs)
    return frozenset(_PRINCIPALS.get((person, title), ()))


def _actors(text: str, people: list[str], titles: dict[str, tuple[str, None]] | None, reviewed: str = "gamma",
            other_film: str | None = None) -> set[str]:
    ctx = review_context(text, [(n, n) for n in people], reviewed=reviewed)
    if other_film is not None:  # named in a sentence of its own, after the one read
        ctx.films.append(FilmSpan(len(text) + 1, len(text) + 1 + len(other_film), other_film.lower(), other_film))
    facts = _fallback_actors(ctx, [], [], set(people), titles, _roles if titles is not None else None)
    return {f.object for f in facts}


_TEXT = "Ann Lee made the lead character believable, and Eve Moss is a supporting player."


def test_without_the_kb_acting_words_give_actors():
    assert _actors(_TEXT, ["Ann Lee", "Eve Moss"], None) == {"Ann Lee", "Eve Moss"}


def test_the_kb_principals_of_the_reviewed_film_decide():
    # the KB files Ann Lee as the film's director and Eve Moss not at all: the fallback gives neither
    # (the KB's own role comes from credits.kb_principal_reviewed)
    assert _actors(_TEXT, ["Ann Lee", "Eve Moss"], {"gamma": ("Gamma", None)}) == set()


def test_a_principal_of_another_film_of_the_review_is_not_cast():
    # no principals of the reviewed film in the KB; Cy Dunn is filed under the other film the review names
    text = "Cy Dunn played the part far better, and Eve Moss is a supporting player."
    titles = {"epsilon": ("Epsilon", None), "delta": ("Delta", None)}
    assert _actors(text, ["Cy Dunn", "Eve Moss"], titles, reviewed="epsilon", other_film="Delta") == {"Eve Moss"}
