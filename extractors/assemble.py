"""The exit of the pipeline: what the components left on a Doc, rebuilt into one Extraction.

This runs in the parent process, on the Doc that came back from spaCy's worker (see
:mod:`filmkg.extractors.state`). It names the entities (a film's name and year, a person's
fullest name), attaches their mentions, and writes the facts with entity keys; it applies
``min_confidence`` once, to every mention and fact alike.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc

from filmkg.core.normalize import name_key
from filmkg.core.records import Entity, Extraction, Fact, Mention, Review
from filmkg.extractors import state
from filmkg.extractors.confidence import confidence


def to_extraction(doc: Doc, review: Review, min_confidence: float = 0.5) -> Extraction:
    """The Extraction of ``review`` from its processed Doc; findings under ``min_confidence`` are left out."""
    text = review.text
    ex = Extraction(review, critic=state.critic(doc))
    reviewed_title = getattr(doc._, state.REVIEWED)
    titles = [t for t in state.mentions(doc, state.TITLES) if t.confidence >= min_confidence]
    films = _film_names(titles, reviewed_title, review.year)
    facts: list[Fact] = []

    film_entities: dict[str, Entity] = {}
    for t in titles:
        fkey = name_key(t.name, film=True)
        title, year = films[fkey]
        ent = ex.entity("film", title, year)
        ent.mentions.append(t)
        surface = " ".join(text[t.start : t.end].replace("_", " ").split())
        if surface != title:
            ent.alternate_names.add(surface)
        film_entities[fkey] = ent
    reviewed_key = name_key(reviewed_title, film=True) if reviewed_title else None
    if reviewed_key and reviewed_key not in film_entities:
        title, year = films.get(reviewed_key, (reviewed_title, review.year))
        film_entities[reviewed_key] = ex.entity("film", title, year)
    if reviewed_key:
        ent = film_entities[reviewed_key]
        ex.reviewed_film = ent.key
        if review.title_span:
            a, b = review.title_span
            ent.mentions.insert(0, Mention("film", ent.name, a, b, "review_meta.page_title",
                                           confidence("review_meta.page_title")))
            span: tuple[int, int] | None = (a, b)
        else:
            span = (ent.mentions[0].start, ent.mentions[0].end) if ent.mentions else None
        rule = "review_meta.title" if review.title else "titles.inferred"
        if span:
            facts.append(Fact("review", "itemReviewed", ent.key, *span, rule, confidence(rule)))
        else:
            facts.append(Fact("review", "itemReviewed", ent.key, 0, 0, "titles.inferred",
                              confidence("titles.inferred", "no_span")))

    person_entities: dict[str, Entity] = {}
    for m in state.mentions(doc, state.PEOPLE):  # named by person, persons in the order first found
        if m.confidence < min_confidence:
            continue
        ent = person_entities.get(m.name) or ex.entity("person", m.name)
        ent.mentions.append(m)
        form = " ".join(text[m.start : m.end].split())
        if form != m.name:
            ent.alternate_names.add(form)
        person_entities[m.name] = ent

    if review.critic:
        critic = ex.entity("person", review.critic)
        if review.critic_span:
            facts.append(Fact("review", "author", critic.key, *review.critic_span, "review_meta.critic",
                              confidence("review_meta.critic")))
        else:
            facts.append(Fact("review", "author", critic.key, 0, 0, "review_meta.critic",
                              confidence("review_meta.critic", "no_span")))
    if review.date:
        facts.append(Fact("review", "datePublished", review.date, 0, len(text.split("\n", 1)[0]), "review_meta.date",
                          confidence("review_meta.date")))
    for f in state.facts(doc, state.META_FACTS):
        if f.predicate == "contentRating":  # said of the reviewed film
            if ex.reviewed_film:
                facts.append(Fact(ex.reviewed_film, f.predicate, f.object, f.start, f.end, f.rule, f.confidence))
        else:
            facts.append(f)

    seen: set[tuple[str, str, str]] = set()
    for c in sorted(state.facts(doc, state.CREDITS), key=lambda c: -c.confidence):
        film = film_entities.get(c.subject)
        person = person_entities.get(c.object)
        if film is None or person is None or c.confidence < min_confidence:
            continue
        key = (person.key, c.predicate, film.key)
        if key in seen:
            continue
        seen.add(key)
        facts.append(Fact(film.key, c.predicate, person.key, c.start, c.end, c.rule, c.confidence))
    for ch in state.facts(doc, state.CHARACTERS):
        film = film_entities.get(ch.subject)
        person = person_entities.get(ch.object)
        if film is None or person is None:
            continue
        facts.append(Fact(film.key, "character", person.key, ch.start, ch.end, ch.rule, ch.confidence,
                          ch.character, ch.description))

    ex.facts = [f for f in facts if f.confidence >= min_confidence]
    return ex


def _film_names(titles: list[Mention], reviewed: str | None, year: int | None) -> dict[str, tuple[str, int | None]]:
    """One name and year per film: the first form the text gives, and the first year beside it."""
    out: dict[str, tuple[str, int | None]] = {}
    forms: dict[str, list[Mention]] = defaultdict(list)
    for t in titles:
        forms[name_key(t.name, film=True)].append(t)
    for key, ms in forms.items():
        years = [m.year for m in ms if m.year]
        out[key] = (ms[0].name, years[0] if years else None)
    if reviewed:
        out[name_key(reviewed, film=True)] = (reviewed, year)
    return out


__all__ = ["to_extraction"]
