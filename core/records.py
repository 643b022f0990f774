"""The records that travel between stages: read -> extract -> link -> graph -> output.

Readers produce a :class:`Review`; extractors turn it into an :class:`Extraction` made of
:class:`Entity` (with its :class:`Mention` records) and :class:`Fact` records that point
into ``Review.text`` by character offsets; the :class:`Critic` record says who wrote it.
``graph/`` turns an Extraction into RDF; nothing downstream needs spaCy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

EntityKind = Literal["film", "person", "work"]
MentionKind = Literal["film", "person", "work", "character"]

#: Credit roles of DATA-MODEL.md, in the order the README documents them.
ROLES: tuple[str, ...] = (
    "actor",
    "director",
    "screenwriter",
    "producer",
    "composer",
    "cinematographer",
    "editor",
    "contributor",
    "source_author",
)


@dataclass(frozen=True, slots=True)
class Review:
    """One review as read from its source; ``text`` is what every offset indexes."""

    identifier: str
    text: str
    source: str
    title: str | None = None
    year: int | None = None
    imdb_id: str | None = None
    critic: str | None = None
    #: Where the review is published, when the input says so (archive pages do not).
    url: str | None = None
    date: str | None = None
    #: (start, end) of the title and the critic in ``text``, where the page shows them.
    title_span: tuple[int, int] | None = None
    critic_span: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of the review text that names a film, person, work or character, and the rule that found it.

    ``rule`` is ``component.rule`` (``people.ner``, ``titles.caps``, ``header.cast``): the
    extractor file that holds the rule, then the rule. ``name`` is what the span names, in
    its normal form (a person's cleaned name, a film's canonical title); ``year`` a film's
    year given beside the title; ``roles`` the credit roles a credits-header label gives the
    name ("Director/Writer: X" -> director, screenwriter).
    """

    kind: MentionKind
    name: str
    start: int
    end: int
    rule: str
    confidence: float
    year: int | None = None
    roles: tuple[str, ...] = ()


@dataclass(slots=True)
class Entity:
    """A film, person or source work named in one review."""

    kind: EntityKind
    name: str
    year: int | None = None
    alternate_names: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    #: External ids found for it: {"imdb": "tt0113627", "wikidata": "Q..."}.
    links: dict[str, Link] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return entity_key(self.kind, self.name, self.year)

    def surface_forms(self) -> set[str]:
        return {self.name, *self.alternate_names}


@dataclass(frozen=True, slots=True)
class Link:
    """A link to an external database with the method that made it."""

    target: str
    method: str
    confidence: float


@dataclass(frozen=True, slots=True)
class Fact:
    """``subject predicate object`` within one review, with the span and rule that support it.

    In an :class:`Extraction`, ``subject`` and ``object`` are entity keys (see
    :func:`entity_key`) or, for literal-valued facts, ``object`` is the literal's text.
    ``predicate`` is one of :data:`ROLES`, or ``character`` (``character``: the character's
    name, ``description``: what the review says the character is; either may be None), or a
    review-level predicate (``itemReviewed``, ``author``, ``datePublished``, ``rating``,
    ``contentRating``), whose subject is ``review``.

    Inside the extractors (before ``extractors/exit.py`` assembles the Extraction) a credit's
    ``subject`` is the film's :func:`~filmkg.core.normalize.name_key` and its ``object`` the
    person's name.
    """

    subject: str
    predicate: str
    object: str
    start: int
    end: int
    rule: str
    confidence: float
    character: str | None = None
    description: str | None = None


@dataclass(frozen=True, slots=True)
class Critic:
    """Who wrote the review, as the page and its bylines and signatures name them, and where.

    Read by people (never a person of the review), titles (never a title) and linking
    (linked only when the review's films confirm it): the one critic rule of the project.
    """

    names: tuple[str, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()

    def keys(self) -> set[str]:
        from filmkg.core.normalize import fold

        return {fold(n) for n in self.names}

    def is_critic(self, name: str) -> bool:
        """The whole name is one of the critic's names (case, accents, punctuation aside)."""
        from filmkg.core.normalize import fold

        return fold(name) in self.keys()

    def covers(self, start: int, end: int) -> bool:
        """The span overlaps a byline or the page's critic line."""
        return any(a < end and start < b for a, b in self.spans)


@dataclass(slots=True)
class Extraction:
    """Everything the extractors found in one review."""

    review: Review
    entities: dict[str, Entity] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    reviewed_film: str | None = None
    critic: Critic = field(default_factory=Critic)

    def entity(self, kind: EntityKind, name: str, year: int | None = None) -> Entity:
        key = entity_key(kind, name, year)
        ent = self.entities.get(key)
        if ent is None:
            ent = self.entities[key] = Entity(kind, name, year)
        return ent


def entity_key(kind: str, name: str, year: int | None = None) -> str:
    from filmkg.core.normalize import name_key

    base = f"{kind}:{name_key(name, film=kind == 'film')}"
    return f"{base}:{year}" if year else base
