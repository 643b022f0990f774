"""The records that travel between stages: read -> extract -> link -> graph -> output.

Readers produce a :class:`Review`; extractors turn it into an :class:`Extraction` made of
:class:`Entity` and :class:`Fact` records that point into ``Review.text`` by character
offsets. ``graph/`` turns an Extraction into RDF; nothing downstream needs spaCy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

EntityKind = Literal["film", "person", "work"]

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
class Evidence:
    """A span of the review text that supports a fact, and who found it."""

    start: int
    end: int
    extractor: str
    confidence: float


@dataclass(slots=True)
class Entity:
    """A film, person or source work named in one review."""

    kind: EntityKind
    name: str
    year: int | None = None
    alternate_names: set[str] = field(default_factory=set)
    mentions: list[Evidence] = field(default_factory=list)
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
    """``subject predicate object`` within one review, with its evidence.

    ``subject`` and ``object`` are entity keys (see :func:`entity_key`) or, for
    literal-valued facts, ``object`` is the literal's text. ``predicate`` is one of
    :data:`ROLES`, or ``character`` (object: character name, ``detail``: description),
    or a review-level predicate (``itemReviewed``, ``author``, ``datePublished``,
    ``rating``, ``contentRating``).
    """

    subject: str
    predicate: str
    object: str
    evidence: Evidence
    detail: str | None = None


@dataclass(slots=True)
class Extraction:
    """Everything the extractors found in one review."""

    review: Review
    entities: dict[str, Entity] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    reviewed_film: str | None = None

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
