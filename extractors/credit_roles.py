"""Credits the prose rules miss: a small classifier reads the words around a person mention.

The rules of :mod:`filmkg.extractors.credits` know the common phrasings ("directed by X",
"X's performance"); the long tail ("X and Y trade barbs", "X is appropriately slimy") defeats
them. ``extractors/models/filmkg_roles`` is a spaCy text classifier (bag of n-grams, one sigmoid
per role) trained on the archive's own silver labels (training/credit_roles_silver.py,
training/README.md): in reviews whose credits header names the film's people, the prose
mentions of those people are labelled with the header's roles, and the mentions of people the
header does not name are the negatives (mostly people of other films, and characters). It is
trained on the mentions of people the prose rules credit nothing: the ones it is asked about.

The classifier sees :func:`mention_text`: the mention's sentence (at most a window around it),
lower-cased, with the mention replaced by ``qqtarget``, other people by ``qqperson``, the
reviewed film by ``qqfilm`` and other films by ``qqother``: it learns the phrasing, not the
names. The ``credit_roles`` component runs last (after ``resolve_cast``: characters are dropped,
the KB's credits are in) and only on people the rules gave no credit on the reviewed film; a
person gets a role when one of their mentions scores at least the role's threshold in
:data:`THRESHOLDS` (chosen on dev; only ``actor``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

from filmkg.core.records import Fact
from filmkg.extractors import state
from filmkg.extractors.confidence import confidence
from filmkg.extractors.context import PersonSpan, ReviewContext
from filmkg.extractors.credits import crew_career
from filmkg.extractors.models import ROLES_DIR, load_textcat, textcat_scores

if TYPE_CHECKING:
    from spacy.language import Language as Pipeline

RULE = "credit_roles.classifier"
#: Characters of the sentence kept on each side of the mention.
WINDOW = 160
TARGET, PERSON, FILM, OTHER_FILM = "qqtarget", "qqperson", "qqfilm", "qqother"
#: Least score per role for a credit; a role not listed is never proposed. Only ``actor``: the
#: silver data has too few crew mentions the rules miss to learn the crew roles (training/README.md).
#: Chosen on dev (63): credits F1 0.893 / 0.895 / 0.895 / 0.894 at 0.4 / 0.5 / 0.6 / 0.7; at 0.5 a
#: person the classifier credits is an actor of the film 83% of the time on held-back silver.
THRESHOLDS: dict[str, float] = {"actor": 0.5}

_SPACE = re.compile(r"\s+")


def mention_text(ctx: ReviewContext, target: PersonSpan) -> str:
    """What the classifier reads for one person mention (the same in training and in a build)."""
    s, e = ctx.sentence_of(target.start)
    left, right = max(s, target.start - WINDOW), min(max(e, target.end), target.end + WINDOW)
    # cut at word boundaries, never through a word
    if left > s:
        cut = ctx.text.find(" ", left, target.start)
        left = cut + 1 if cut >= 0 else target.start
    if right < e:
        cut = ctx.text.rfind(" ", target.end, right)
        right = cut if cut >= 0 else target.end
    marks: list[tuple[int, int, str]] = [(target.start, target.end, TARGET)]
    for p in ctx.people_in(left, right):
        if p.end <= target.start or p.start >= target.end:
            marks.append((p.start, p.end, PERSON))
    for f in ctx.films_in(left, right):
        if f.end <= target.start or f.start >= target.end:
            marks.append((f.start, f.end, FILM if ctx.reviewed and f.film == ctx.reviewed else OTHER_FILM))
    marks.sort()
    out, pos = [], left
    for a, b, token in marks:
        if a < pos:  # overlapping mentions: the first one stands
            continue
        out.append(ctx.text[pos:a].lower())
        out.append(f" {token} ")
        pos = b
    out.append(ctx.text[pos:right].lower())
    return _SPACE.sub(" ", "".join(out)).strip()


def load_classifier() -> Pipeline:
    """The packaged classifier (loaded once per process)."""
    return load_textcat(ROLES_DIR, "training/train_roles.sh")


def scores(texts: list[str]) -> list[dict[str, float]]:
    """The classifier's score per role for each text."""
    return textcat_scores(load_classifier(), texts) if texts else []


@Language.factory(
    "credit_roles",
    requires=[state.attr(state.PEOPLE), state.attr(state.TITLES), state.attr(state.REVIEWED),
              state.attr(state.CREDITS)],
    assigns=[state.attr(state.CREDITS)],
)
def make_credit_roles(nlp: Language, name: str) -> CreditRoles:
    return CreditRoles()


class CreditRoles:
    """The component; ``pipe`` scores the candidates of a whole batch of reviews in one call."""

    def __init__(self) -> None:
        if THRESHOLDS:
            load_classifier()  # when the pipeline is built, not inside the first review's time

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 16) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._batch(batch)
                batch = []
        yield from self._batch(batch)

    def _batch(self, docs: list[Doc]) -> list[Doc]:
        work: list[tuple[Doc, ReviewContext, list[Fact], list[PersonSpan], list[str]]] = []
        for doc in docs:
            if getattr(doc._, state.FAILED) or not THRESHOLDS:
                continue
            try:
                ctx = ReviewContext.from_doc(doc)
                facts = state.facts(doc, state.CREDITS)
                cands = candidates(ctx, facts)
                work.append((doc, ctx, facts, cands, [mention_text(ctx, p) for p in cands]))
            except Exception as exc:  # noqa: BLE001 - one bad review is reported, never fatal
                setattr(doc._, state.FAILED, f"credit_roles: {type(exc).__name__}: {exc}")
        all_scores = iter(scores([t for *_, texts in work for t in texts]))
        for doc, ctx, facts, cands, _ in work:
            found = role_credits(ctx, [(p, next(all_scores)) for p in cands], THRESHOLDS)
            if found:
                state.set_records(doc, state.CREDITS, facts + found)
        return docs


def candidates(ctx: ReviewContext, facts: list[Fact]) -> list[PersonSpan]:
    """Mentions of people the rules credited nothing on the reviewed film."""
    if not ctx.reviewed:
        return []
    credited = {f.object for f in facts if f.subject == ctx.reviewed}
    # the classifier proposes acting only: a name the archive's headers never credit as a performer is left out
    return [p for p in ctx.people if p.person not in credited and not crew_career(p.person)]


def find_role_credits(ctx: ReviewContext, facts: list[Fact],
                      thresholds: dict[str, float] | None = None) -> list[Fact]:
    """The classifier's credits for one review (``thresholds``: :data:`THRESHOLDS`)."""
    cands = candidates(ctx, facts)
    return role_credits(ctx, list(zip(cands, scores([mention_text(ctx, p) for p in cands]), strict=True)),
                        THRESHOLDS if thresholds is None else thresholds)


def role_credits(ctx: ReviewContext, scored: list[tuple[PersonSpan, dict[str, float]]],
                 thresholds: dict[str, float]) -> list[Fact]:
    """A credit per person and role whose best-scoring mention reaches the role's threshold."""
    if not ctx.reviewed:
        return []
    best: dict[tuple[str, str], tuple[float, PersonSpan]] = {}
    for p, cats in scored:
        for role, least in thresholds.items():
            score = cats.get(role, 0.0)
            if score >= least and score > best.get((p.person, role), (0.0, p))[0]:
                best[(p.person, role)] = (score, p)
    return [Fact(ctx.reviewed, role, person, p.start, p.end, RULE, _confidence(score))
            for (person, role), (score, p) in best.items()]


def _confidence(score: float) -> float:
    # over the default --min-confidence (0.5), under the rules' cue credits (0.7-0.85)
    return round(confidence(RULE) + 0.1 * score, 3)


__all__ = ["CreditRoles", "mention_text", "find_role_credits", "role_credits", "candidates", "scores",
           "load_classifier", "THRESHOLDS", "RULE"]
