"""Trained components shipped with filmkg (package data, never downloaded at run time).

``filmkg_ner/`` is a small spaCy pipeline (tok2vec + tagger + senter + ner; labels PERSON,
FILM, PLACE and EVENT) trained on the archive's own silver labels; it is the default model
under the extractors (``extractors/pipeline.py``). ``filmkg_roles/`` is a bag-of-n-grams text
classifier that scores the credit roles of a person mention (``extractors/credit_roles.py``),
trained on the credits headers of the archive; ``filmkg_relations/`` one that scores what a person
named beside another film did on it (``extractors/film_relations.py``), trained on archive pairs the
KB labels. Both load through :func:`load_textcat`. training/README.md holds their model cards and
training/ the code that rebuilds them. ``archive_lexicon.json.gz`` holds what the archive's critics
call films, TV shows, books, characters and companies (training/archive_lexicon.py), read through
:func:`archive_lexicon`; ``archive_roles.json.gz`` how often its credits headers give a name each role
(training/archive_roles.py), read through :func:`archive_roles`; ``title_usage.json.gz`` how often critics who
mark titles leave a known one unmarked (training/title_usage.py), read through :func:`title_usage`;
``marked_titles.json.gz`` how the archive's critics write the titles of two words or more that many of them mark and
the KB lacks (training/marked_titles.py), read through :func:`marked_titles`.
"""

from __future__ import annotations

import functools
import gzip
import json
from pathlib import Path
from typing import TYPE_CHECKING

from filmkg.core.errors import ModelMissingError
from filmkg.core.normalize import name_key

if TYPE_CHECKING:
    from spacy.language import Language

NER_DIR = Path(__file__).resolve().parent / "filmkg_ner"
#: The credit-role classifier (spaCy textcat_multilabel, extractors/credit_roles.py).
ROLES_DIR = Path(__file__).resolve().parent / "filmkg_roles"
#: The film-relation classifier (extractors/film_relations.py), trained by training/train_relations.sh.
RELATIONS_DIR = Path(__file__).resolve().parent / "filmkg_relations"
#: Counts of the archive's own marks (training/archive_lexicon.py), a few dozen KB.
ARCHIVE_LEXICON = Path(__file__).resolve().parent / "archive_lexicon.json.gz"
#: Per name, the reviews whose credits headers give it each role (training/archive_roles.py).
ARCHIVE_ROLES = Path(__file__).resolve().parent / "archive_roles.json.gz"
#: Per title key, critics who mark it and critics who leave it unmarked in reviews where they mark other titles
#: (training/title_usage.py).
TITLE_USAGE = Path(__file__).resolve().parent / "title_usage.json.gz"
#: Per title key of two words or more that 3 critics or more mark, how the archive's critics write it (marked, in
#: quotes or underscores, beside a film, TV or book word, in Title Case unmarked, in lower case), counted with the
#: silver samples and the precision audits left out (training/marked_titles.py).
MARKED_TITLES = Path(__file__).resolve().parent / "marked_titles.json.gz"
#: The parts other archive reviews of a film name (training/film_parts.py): {film key: {year: [part, ...]}}.
FILM_PARTS = Path(__file__).resolve().parent / "film_parts.json.gz"
#: The labels the NER model predicts.
NER_LABELS = ("EVENT", "FILM", "PERSON", "PLACE")


def load_ner(senter: bool = True) -> Language:
    """The packaged pipeline; ``senter=False`` leaves sentence boundaries out."""
    return _load(senter)


def _load(senter: bool) -> Language:
    import spacy

    if not (NER_DIR / "config.cfg").is_file():
        raise ModelMissingError(f"{NER_DIR}: the packaged NER model is missing; rebuild it with training/train.sh")
    return spacy.load(NER_DIR, exclude=[] if senter else ["senter"])


#: Critics who must mark a title for one critic's film context to make it a film (training/archive_lexicon.py).
MARKED_MIN = 5
#: Page ids per block of the lexicon's ``posted`` years (training/archive_lexicon.py).
POSTED_BLOCK = 500


class ArchiveLexicon:
    """What the archive's critics (dev and the gold sets left out) call a title or a name, counted in
    distinct critics: a title as a film, a TV show or another work; a name as a part or as a credited
    person; a name as a company; the words its critics write mostly in lower case; the other
    titles their own title lines give a film, by its IMDb id; and the cast and crew their credits headers
    give a film, by title and year."""

    def __init__(self, data: dict | None = None) -> None:
        data = data or {}
        self.titles: dict[str, list[int]] = data.get("titles", {})
        self.characters: dict[str, list[int]] = data.get("characters", {})
        self.companies: frozenset[str] = frozenset(data.get("companies", ()))
        self.common_words: frozenset[str] = frozenset(data.get("common_words", ()))
        self.surnames: frozenset[str] = frozenset(data.get("surnames", ()))
        self.given_names: frozenset[str] = frozenset(data.get("given_names", ()))
        self.labels: dict[str, dict[str, int]] = data.get("labels", {})
        self.reviewed_titles: dict[str, list[str]] = data.get("reviewed_titles", {})
        self.principals: dict[str, dict[str, dict[str, list[str]]]] = data.get("principals", {})
        self.posted: dict[str, int] = data.get("posted", {})
        #: capitals critics who do not write titles so write in prose (acronyms, stresses), by critics
        self.acronyms: dict[str, int] = data.get("acronyms", {})
        self._principal_keys: dict[tuple[str, int | None], dict[str, frozenset[str]]] = {}

    def principal_roles(self, person: str, title: str, year: int | None = None) -> frozenset[str]:
        """The roles credits headers of the archive's reviews of ``title`` (of ``year`` give or take one, when
        given) give ``person`` (matched as the KB's principals are: whole name, name without middle initials, or
        a surname alone); for ``person`` "" the roles the title has at all."""
        index = self._index(title, year)
        if not index:
            return frozenset()
        if not person:
            return frozenset().union(*index.values())
        from filmkg.linking.imdb_kb import person_key, person_reduced_key

        full = person_key(person)
        # "Ann Vale" is the "Ann B. Vale" of a header, and "Samuel Jackson" "Samuel L. Jackson"
        return index.get(full, frozenset()) | index.get(f"r:{person_reduced_key(person) or full}", frozenset()) | \
            (index.get(f"s:{full}", frozenset()) if " " not in full else frozenset())

    def _index(self, title: str, year: int | None) -> dict[str, frozenset[str]]:
        """The names of a film's years (all, or ``year`` give or take one) under their whole, reduced ("r:")
        and surname ("s:") keys; built once per title and year."""
        if (title, year) not in self._principal_keys:
            from filmkg.extractors.reviewed import film_key
            from filmkg.linking.imdb_kb import person_key, person_reduced_key, surname_key

            index: dict[str, set[str]] = {}
            for y, names in self.principals.get(film_key(title), {}).items():
                if year is not None and abs(int(y) - year) > 1:
                    continue
                for name, roles in names.items():
                    reduced = person_reduced_key(name)
                    for k in (person_key(name), f"r:{reduced}" if reduced else None, f"s:{surname_key(name)}"):
                        if k:
                            index.setdefault(k, set()).update(roles)
            if len(self._principal_keys) > 50_000:
                self._principal_keys.clear()
            self._principal_keys[title, year] = {k: frozenset(v) for k, v in index.items()}
        return self._principal_keys[title, year]

    def title_counts(self, title: str) -> tuple[int, int, int]:
        """(critics writing it as a film, as a TV show, as a book, play, song or other work)."""
        counts = self.titles.get(name_key(title, film=True))
        return (counts[0], counts[1], counts[2]) if counts else (0, 0, 0)

    def marked(self, title: str) -> int:
        """Critics who mark the title at all (quotes, underscores, capitals, a year after it)."""
        counts = self.titles.get(name_key(title, film=True), ())
        return counts[3] if len(counts) > 3 else 0

    def is_film(self, title: str, min_critics: int = 3, marked_ok: bool = False) -> bool:
        """Several critics write it as a film, more than as anything else; titles of two words or more
        (one word beside a film word is as often a critic's label or a character: "ROBIN:")."""
        film, tv, work = self.title_counts(title)
        if len(title.split()) < 2 or film <= tv + work:
            return False
        # with ``marked_ok`` (a title marked here too), one critic's film context is enough for a title many
        # critics mark ("The Big Chill": 29 critics mark it, one beside a film word)
        return film >= min_critics or (marked_ok and film >= 1 and self.marked(title) >= MARKED_MIN)

    def is_other_work(self, title: str, min_critics: int = 3) -> bool:
        """Several critics call it a TV show (or a book, a play, a song), four times as many as call it a
        film ("Seinfeld" 0 to 5; "Death Wish", a film and a TV show, 1 to 3, stays a film)."""
        film, tv, work = self.title_counts(title)
        return tv + work >= max(min_critics, 4 * film)

    def critic_label(self, critic: str | None, run: str) -> int:
        """The share (per cent) of the critic's reviews that hold the capitalised run, when it is a label of
        the critic's own layout ("FINAL AWARD FOR", "USELESS TRIVIA", "AT ALL COSTS"), written in many of their
        reviews (training/archive_lexicon.py); else 0."""
        labels = self.labels.get(critic or "")
        return labels.get(" ".join(run.split()).upper(), 0) if labels else 0

    def posted_by(self, page_id: str | None) -> int | None:
        """The year an archive page (by its numeric id) was posted, give or take one: the year of the newest films
        of its block of pages (training/archive_lexicon.py); None for an id outside the archive's blocks."""
        if not page_id or not page_id.isdigit() or len(page_id) > 5:
            return None
        return self.posted.get(str(int(page_id) // POSTED_BLOCK))

    def is_part(self, name: str, min_critics: int = 3) -> bool:
        """Several critics give the name as a part, and no credits header as a person."""
        parts, persons = self.characters.get(name, (0, 0))
        return parts >= min_critics and persons == 0


@functools.lru_cache(maxsize=1)
def archive_lexicon() -> ArchiveLexicon:
    """The packaged archive lexicon (empty when the file is missing: the rules then change nothing)."""
    if not ARCHIVE_LEXICON.is_file():
        return ArchiveLexicon()
    return ArchiveLexicon(json.loads(gzip.decompress(ARCHIVE_LEXICON.read_bytes())))


@functools.lru_cache(maxsize=1)
def title_usage() -> dict[str, list[int]]:
    """{title key: [critics marking it, critics leaving it unmarked where they mark other titles]} for the titles
    a marking critic left unmarked (training/title_usage.py); empty when the file is missing."""
    if not TITLE_USAGE.is_file():
        return {}
    return json.loads(gzip.decompress(TITLE_USAGE.read_bytes()))["titles"]


@functools.lru_cache(maxsize=1)
def marked_titles() -> dict[str, list[int]]:
    """{title key: [critics marking it, marking it in quotes or underscores, writing it beside a film word, a TV
    word, a book word, in Title Case with no mark in a review that marks other titles, in lower case]}
    (training/marked_titles.py); empty when the file is missing."""
    if not MARKED_TITLES.is_file():
        return {}
    return json.loads(gzip.decompress(MARKED_TITLES.read_bytes()))["titles"]


@functools.lru_cache(maxsize=1)
def film_parts() -> dict[str, dict[str, list[str]]]:
    """{film key: {year: [part names]}}: the parts the archive's reviews of each film give (headers' "Actor (Part)",
    prose "Part (Actor)"), no name a header credits as a person (training/film_parts.py); empty when missing."""
    if not FILM_PARTS.is_file():
        return {}
    return json.loads(gzip.decompress(FILM_PARTS.read_bytes()))


#: The role groups of :func:`archive_roles`' counts, in order.
CAREER_ROLES = ("director", "actor", "screenwriter", "source_author", "other")
#: Reviews a name needs in the archive's headers before its career says anything.
CAREER_MIN_REVIEWS = 3


def directs_first(counts: list[int] | None) -> bool:
    """Header counts (:data:`CAREER_ROLES` order) of a director first: directing in 3+ reviews and at least as
    often as acting, writing or any other work."""
    return counts is not None and counts[0] >= CAREER_MIN_REVIEWS and counts[0] >= max(counts[1], counts[2], counts[4])


@functools.lru_cache(maxsize=1)
def archive_roles() -> dict[str, list[int]]:
    """{name: reviews crediting it as director, actor, screenwriter, source author, other crew} over the
    archive's credits headers (and prose naming a book's author); empty when the file is missing."""
    if not ARCHIVE_ROLES.is_file():
        return {}
    return json.loads(gzip.decompress(ARCHIVE_ROLES.read_bytes()))["names"]


#: the careers the surname index was built from, and the index (one at a time: the pipeline's is archive_roles())
_SURNAME_INDEX: tuple[dict[str, list[int]], dict[str, str]] | None = None


def surname_names(careers: dict[str, list[int]]) -> dict[str, str]:
    """{surname: the one full name of ``careers`` (3+ reviews) that ends on it}; a surname two such names share is
    left out ("Shakespeare", "Peckinpah" answer; "Scott" does not)."""
    global _SURNAME_INDEX
    if _SURNAME_INDEX is None or _SURNAME_INDEX[0] is not careers:
        by: dict[str, list[str]] = {}
        for full, counts in careers.items():
            if " " in full and sum(counts) >= CAREER_MIN_REVIEWS:
                by.setdefault(full.split()[-1], []).append(full)
        _SURNAME_INDEX = (careers, {s: ns[0] for s, ns in by.items() if len(ns) == 1})
    return _SURNAME_INDEX[1]


@functools.cache
def load_textcat(folder: Path, rebuild: str) -> Language:
    """A packaged text classifier, loaded once per process; ``rebuild`` names the script that trains it."""
    import spacy

    if not (folder / "config.cfg").is_file():
        raise ModelMissingError(f"{folder}: the packaged {folder.name} classifier is missing; "
                                f"rebuild it with {rebuild}")
    return spacy.load(folder)


def textcat_scores(nlp: Language, texts: list[str]) -> list[dict[str, float]]:
    """A text classifier's score per label for each text."""
    if not texts:
        return []
    textcat = nlp.get_pipe("textcat_multilabel")
    # predict() on made docs: nlp.pipe's batching machinery cost twice the model itself
    rows = textcat.predict([nlp.make_doc(t) for t in texts])
    labels = textcat.labels
    return [{label: float(v) for label, v in zip(labels, row, strict=True)} for row in rows.tolist()]


__all__ = ["NER_DIR", "ROLES_DIR", "RELATIONS_DIR", "NER_LABELS", "ARCHIVE_LEXICON", "ArchiveLexicon",
           "archive_lexicon", "marked_titles", "load_ner", "load_textcat", "textcat_scores"]
