"""Credits on other films the rules miss: a classifier reads a person and a film named in one sentence.

A review ties people to films besides the reviewed one ("X, whose earlier feature FILM ...",
"when he made FILM, X was ..."). The rules of :mod:`filmkg.extractors.credits` read the common
phrasings, and where the KB's principals know a pair, :mod:`filmkg.extractors.resolve` credits it;
the tail of phrasings on films the KB lacks is left. ``extractors/models/filmkg_relations`` is a
spaCy text classifier (bag of n-grams, one sigmoid per role) trained on the archive's own silver
labels (training/film_relations_silver.py, training/README.md): in archive reviews, each person and
other film named in one sentence, where the KB knows the film, is labelled with the roles the KB's
principals give that person on that film (none: a negative). The classifier learns the phrasing,
never the names: it sees :func:`pair_text`, the sentence with the person replaced by ``qqtarget``,
the film by ``qqfilm``, other people by ``qqperson``, other films by ``qqother`` and the reviewed
film by ``qqreviewed``.

The ``film_relations`` component runs last, and asks only about pairs the KB cannot settle (the
film is not among its titles), with no credit between them yet, in sentences without a hedge. A
pair gets the role scoring at least its threshold in :data:`THRESHOLDS` (chosen on dev).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

from filmkg.core.records import ROLES, Fact
from filmkg.extractors import state
from filmkg.extractors.confidence import confidence
from filmkg.extractors.context import FilmSpan, PersonSpan, ReviewContext
from filmkg.extractors.credits import _TITLE_LIKE, HEDGE, crew_career
from filmkg.extractors.models import RELATIONS_DIR, load_textcat, textcat_scores
from filmkg.linking.lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.language import Language as Pipeline

RULE = "film_relations.classifier"
#: Characters kept on each side of the pair, inside its sentence.
WINDOW = 120
TARGET, FILM, PERSON, OTHER_FILM, REVIEWED = "qqtarget", "qqfilm", "qqperson", "qqother", "qqreviewed"
#: Roles the classifier learns (the KB's principal categories, as the data model names them).
LABELS = ("actor", "director", "screenwriter", "producer", "composer", "source_author")
#: Least score per role for a credit; a role not listed is never proposed (chosen on dev).
THRESHOLDS: dict[str, float] = {"actor": 0.5, "director": 0.5}

_SPACE = re.compile(r"\s+")
#: The classifiers' own credits: not evidence for the classifier (training never sees them).
_OWN_RULES = frozenset({RULE, "credit_roles.classifier"})
_KINDS = (("director", "qqdirector"), ("screenwriter", "qqwriter"), ("source_author", "qqauthor"),
          ("actor", "qqcast"), ("producer", "qqcrew"), ("composer", "qqcrew"), ("cinematographer", "qqcrew"),
          ("editor", "qqcrew"), ("contributor", "qqcrew"))
_CREW = frozenset(ROLES) - {"actor"}


def person_kind(ctx: ReviewContext, credits: list[Fact], person: str) -> str:
    """What the review's other findings make the person on the reviewed film, as the classifier's first
    word: a cast member beside another film is mostly its actor too, a director its director."""
    roles = {c.predicate for c in credits if c.object == person and c.subject == ctx.reviewed
             and c.rule not in _OWN_RULES}
    for role, word in _KINDS:
        if role in roles:
            return word
    return "qqnobody"


def pair_text(ctx: ReviewContext, person: PersonSpan, film: FilmSpan, kind: str = "qqnobody") -> str:
    """What the classifier reads for one person and film (the same in training and in a build): ``kind``
    (:func:`person_kind`), then the sentence around the pair with the names hidden."""
    s, e = ctx.sentence_of(min(person.start, film.start))
    a, b = min(person.start, film.start), max(person.end, film.end)
    left, right = max(s, a - WINDOW), min(e, b + WINDOW)
    if left > s:  # cut at word boundaries, never through a word
        cut = ctx.text.find(" ", left, a)
        left = cut + 1 if cut >= 0 else a
    if right < e:
        cut = ctx.text.rfind(" ", b, right)
        right = cut if cut >= 0 else b
    marks: list[tuple[int, int, str]] = [(person.start, person.end, TARGET), (film.start, film.end, FILM)]
    for p in ctx.people_in(left, right):
        if p.end <= person.start or p.start >= person.end:
            marks.append((p.start, p.end, PERSON))
    for f in ctx.films_in(left, right):
        if f.end <= film.start or f.start >= film.end:
            marks.append((f.start, f.end, REVIEWED if ctx.reviewed and f.film == ctx.reviewed else OTHER_FILM))
    marks.sort()
    out, pos = [], left
    for x, y, token in marks:
        if x < pos:  # overlapping mentions: the first one stands
            continue
        out.append(ctx.text[pos:x].lower())
        out.append(f" {token} ")
        pos = y
    out.append(ctx.text[pos:right].lower())
    return kind + " " + _SPACE.sub(" ", "".join(out)).strip()


def candidate_pairs(ctx: ReviewContext) -> list[tuple[PersonSpan, FilmSpan]]:
    """Each person and other film named in one unhedged sentence (the person before or after)."""
    out = []
    for s, e in ctx.sentences:
        films = [f for f in ctx.films_in(s, e) if f.film != ctx.reviewed]
        if not films:
            continue
        people = ctx.people_in(s, e)
        if not people or HEDGE.search(ctx.text, s, e):
            continue
        out.extend((p, f) for p in people for f in films
                   if not (f.start <= p.start < f.end or p.start <= f.start < p.end))
    return out


def load_classifier() -> Pipeline:
    """The packaged classifier (loaded once per process)."""
    return load_textcat(RELATIONS_DIR, "training/train_relations.sh")


def scores(texts: list[str]) -> list[dict[str, float]]:
    """The classifier's score per role for each text."""
    return textcat_scores(load_classifier(), texts) if texts else []


@Language.factory(
    "film_relations",
    requires=[state.attr(state.PEOPLE), state.attr(state.TITLES), state.attr(state.REVIEWED),
              state.attr(state.CREDITS)],
    assigns=[state.attr(state.CREDITS)],
)
def make_film_relations(nlp: Language, name: str) -> FilmRelations:
    return FilmRelations()


class FilmRelations:
    """The component: one classifier call per review, for the pairs the KB cannot settle."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or Lexicon()
        if THRESHOLDS:
            load_classifier()  # when the pipeline is built, not inside the first review's time

    @state.guarded("film_relations")
    def __call__(self, doc: Doc) -> Doc:
        if not THRESHOLDS:
            return doc
        ctx = ReviewContext.from_doc(doc)
        credits = state.facts(doc, state.CREDITS)
        tied = {(c.object, c.subject) for c in credits}
        # a director, writer or author of this review is not made an actor by its phrasing (a novelist
        # beside her book's film, a director beside his last one): the KB's rule keeps the same guard
        crew = {c.object for c in credits if c.predicate in _CREW}
        credited = {c.object for c in credits}
        credited_on: dict[str, set[str]] = {}
        for c in credits:
            credited_on.setdefault(c.subject, set()).add(c.object)
        roles_of = self.lexicon.principal_roles
        asked: list[tuple[PersonSpan, FilmSpan]] = []
        for p, f in candidate_pairs(ctx):
            if (p.person, f.film) in tied or _TITLE_LIKE.match(ctx.text, f.end):
                continue  # "a GREMLINS-like glee": a comparison, no credit
            if p.person not in credited and p.person not in self.lexicon.people:
                continue  # as in training, people the KB or the review knows: not a character of that film
            between = ctx.people_in(min(p.end, f.end), max(p.start, f.start))
            if any(q.person in credited_on.get(f.film, ()) for q in between):
                continue  # "A directed, and B had directed FILM before": the nearer, credited name has it
            if roles_of is not None and roles_of("", f.title, None):
                continue  # the KB knows the film: its principals settle the pair (resolve)
            asked.append((p, f))
        if not asked:
            return doc
        best: dict[tuple[str, str], tuple[float, str, PersonSpan, FilmSpan]] = {}
        kind_of = {person: person_kind(ctx, credits, person) for person in {p.person for p, _ in asked}}
        kinds = [kind_of[p.person] for p, _ in asked]
        texts = [pair_text(ctx, p, f, kind) for (p, f), kind in zip(asked, kinds, strict=True)]
        for (p, f), kind, row in zip(asked, kinds, scores(texts), strict=True):
            for role, floor in THRESHOLDS.items():
                # the source's author beside "her" film wrote it; a crew member is no actor and a cast
                # member no director by phrasing alone
                # ... nor is a name the archive's headers credit only with crew work (credit_roles skips them too)
                if kind == "qqauthor" or (role == "actor" and (p.person in crew or crew_career(p.person))) or \
                        (role == "director" and kind == "qqcast"):
                    continue
                score = row.get(role, 0.0)
                if score >= floor and score > best.get((p.person, f.film), (0.0,))[0]:
                    best[p.person, f.film] = (score, role, p, f)
        added = [Fact(f.film, role, p.person, min(p.start, f.start), max(p.end, f.end), RULE,
                      round(confidence(RULE) + 0.1 * (score - 0.5), 3))
                 for score, role, p, f in best.values()]
        if added:
            state.set_records(doc, state.CREDITS, credits + added)
        return doc


__all__ = ["FilmRelations", "pair_text", "candidate_pairs", "scores", "LABELS", "THRESHOLDS", "RULE"]
