"""IMDb's own TSV files as a knowledge base to link against: reading, filtering, indexed lookups.

The files are read as IMDb publishes them (https://developer.imdb.com/non-commercial-datasets/):
``title.basics``, ``name.basics`` and ``title.principals`` (optionally ``title.akas`` and
``title.ratings``), each ``.tsv`` or ``.tsv.gz``, tab-separated with a header line, no quoting,
``\\N`` for null.

Two stores answer the same questions (:class:`ImdbKB`):

* :class:`MemoryKB` reads the files into dicts keyed by normalised title / name, built once.
  Right for the bundled subset (``filmkg/data/imdb-subset``, ~16k titles, loads in about a
  second) and anything of that size.
* :class:`SqliteKB` queries a SQLite index built once by :func:`index_imdb` (``filmkg
  index-imdb DIR``), next to the files or, when that folder is read-only, in
  ``~/.cache/filmkg``. Right for the full dumps (~10M titles, ~13M names): the index keeps only
  film-like titles (:data:`DEFAULT_TITLE_TYPES`), their principals, and the people who appear
  in those principals or have one of them as a known-for title.

:func:`load_kb` picks the store: ``None`` is the bundled subset; a folder with a fresh index is
opened as SQLite; a small folder is read into memory; a big one is indexed first.

Every lookup goes through the key functions below (:func:`title_key`, :func:`person_key`...),
the same for the KB side and the text side, so a match is a dict (or index) hit, never a scan.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import gc
import gzip
import hashlib
import io
import json
import os
import pickle
import re
import sqlite3
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from filmkg.core.errors import FilmKGError
from filmkg.core.normalize import NAME_SUFFIXES, fold, unsuffix_article

csv.field_size_limit(2**31 - 1)

NULL = "\\N"
#: Title types kept by default: things a film review can name as a film.
DEFAULT_TITLE_TYPES: frozenset[str] = frozenset(
    {"movie", "tvMovie", "video", "short", "tvShort", "tvSpecial"})
#: Folders whose files add up to less than this are read into memory by ``load_kb``.
MEMORY_LIMIT_BYTES = 200 * 1024 * 1024
INDEX_NAME = "filmkg-imdb.sqlite"
INDEX_VERSION = "2"
FILES = ("title.basics", "name.basics", "title.principals", "title.akas", "title.ratings")
REQUIRED = ("title.basics", "name.basics", "title.principals")


class KBError(FilmKGError):
    """An IMDb folder that cannot be used; the message names the folder and the fix."""


# ---------------------------------------------------------------------------------- records
@dataclass(frozen=True, slots=True)
class Title:
    tconst: str
    type: str
    primary_title: str
    original_title: str
    year: int | None
    is_adult: bool = False
    runtime: int | None = None
    genres: tuple[str, ...] = ()

    @property
    def display_title(self) -> str:
        """'Vampires, Les' -> 'Les Vampires' (IMDb sometimes keeps the index form)."""
        return unsuffix_article(self.primary_title)


@dataclass(frozen=True, slots=True)
class Person:
    nconst: str
    name: str
    birth_year: int | None = None
    death_year: int | None = None
    professions: tuple[str, ...] = ()
    known_for: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Principal:
    tconst: str
    ordering: int
    nconst: str
    category: str
    job: str | None = None
    characters: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TitleMatch:
    """A title found for a text form; ``how`` says which index matched."""

    title: Title
    how: str  # "title" (primary/original/aka title, alias-normalised) or "prefix" (before ':')


# ---------------------------------------------------------------------------------- keys
_TRANSLIT = str.maketrans({
    "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "ł": "l", "Ł": "L",
    "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH", "ı": "i", "&": " and ",
})
_ARTICLES = re.compile(r"^(the|a|an|les|le|la|l|il|lo|gli|der|die|das|el|los|las|un|une|det|den) ")
_ROMAN = {"ii": "2", "iii": "3", "iv": "4", "vi": "6", "vii": "7", "viii": "8", "ix": "9"}
_TRAILING_YEAR = re.compile(r"\s*\((?:19|20)\d\d\)\s*$")


@functools.lru_cache(maxsize=1 << 17)
def _fold(text: str) -> str:
    # cached: fuzzy person lookups fold the same candidate names again for every review
    return fold(text.translate(_TRANSLIT))


@functools.lru_cache(maxsize=1 << 16)
def title_key(title: str) -> str:
    """Key under which a title is indexed and looked up.

    Alias-like variants get one key: article moved to the end or dropped ("Daytrippers, The",
    "The Daytrippers", "Daytrippers"), "&"/"and", punctuation and spacing ("Fantasia/2000",
    "Fantasia 2000"), Roman/Arabic sequel numbers ("Rocky II", "Rocky 2"), case and accents.
    """
    title = _TRAILING_YEAR.sub("", title)
    key = _fold(unsuffix_article(title))
    key = _ARTICLES.sub("", key)
    return "".join(_ROMAN.get(w, w) for w in key.split())


def title_prefix_key(title: str) -> str | None:
    """Key of the main title before a subtitle ("The Naked Gun: From the Files..." -> "nakedgun")."""
    for sep in (":", " - ", " -- "):
        if sep in title:
            head = title.split(sep, 1)[0].strip()
            key = title_key(head) if head else ""
            return key if len(key) >= 3 and key != title_key(title) else None
    return None


def person_key(name: str) -> str:
    """'Lars Von Trier' / 'Lars von Trier' -> 'lars von trier'; 'Jørgensen' -> 'jorgensen'."""
    return _fold(name)


@lru_cache(maxsize=1 << 16)  # asked again for every principal of a film each time a name is looked up on it
def person_reduced_key(name: str) -> str | None:
    """Key without middle initials and Jr./Sr.: 'Samuel L. Jackson' -> 'samuel jackson'.

    None when it equals :func:`person_key` (nothing to drop) or leaves a single word.
    """
    return _reduced(person_key(name).split())


def _reduced(words: list[str]) -> str | None:
    full = " ".join(words)
    words = _strip_suffix(words)
    kept = [w for i, w in enumerate(words) if i == 0 or i == len(words) - 1 or len(w) > 1]
    if len(kept) < 2:
        return None
    key = " ".join(kept)
    return key if key != full else None


def _strip_suffix(words: list[str]) -> list[str]:
    words = list(words)
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words.pop()
    return words


@lru_cache(maxsize=1 << 16)
def surname_key(name: str) -> str:
    words = _strip_suffix(person_key(name).split())
    return words[-1] if words else ""


def given_key(name: str) -> str:
    words = person_key(name).split()
    return words[0] if words else ""


def _person_index_keys(name: str) -> list[tuple[str, str]]:
    """(index, key) pairs a KB person is filed under."""
    words = person_key(name).split()
    keys = [("name", " ".join(words))]
    reduced = _reduced(words)
    if reduced:
        keys.append(("reduced", reduced))
    if len(words) >= 2:
        surname = _strip_suffix(words)[-1]
        keys.append(("surname", surname))
        keys.append(("given", words[0]))
        keys.append(("block", _block_key(words[0], surname)))
    return keys


def _block_key(given: str, surname: str) -> str:
    """Blocking key for spelling variants: the first two letters of given name and surname
    ('Jennifer Gray' and 'Jennifer Grey' -> 'je|gr'); small blocks even in the full dumps."""
    return f"{given[:2]}|{surname[:2]}"


def _title_index_keys(title: str) -> list[tuple[str, str]]:
    keys = [("title", title_key(title))]
    prefix = title_prefix_key(title)
    if prefix:
        keys.append(("prefix", prefix))
    return keys


# ---------------------------------------------------------------------------------- reading
def find_file(kb_dir: Path, stem: str) -> Path | None:
    """``kb_dir/stem.tsv.gz`` or ``kb_dir/stem.tsv``, whichever exists."""
    for suffix in (".tsv.gz", ".tsv"):
        p = Path(kb_dir) / f"{stem}{suffix}"
        if p.is_file():
            return p
    return None


def read_tsv(path: Path) -> Iterator[dict[str, str | None]]:
    """Rows of one IMDb file as dicts keyed by its header; ``\\N`` becomes None."""
    for header, row in _rows(path):
        yield {h: (None if v == NULL else v) for h, v in zip(header, row, strict=False)}


def _rows(path: Path) -> Iterator[tuple[list[str], list[str]]]:
    path = Path(path)
    raw = gzip.open(path, "rb") if path.name.endswith(".gz") else open(path, "rb")
    with raw, io.TextIOWrapper(raw, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        try:
            header = next(reader)
        except StopIteration:
            return
        width = len(header)
        for row in reader:
            if len(row) < width:
                row = row + [NULL] * (width - len(row))
            yield header, row


def _columns(path: Path, wanted: Iterable[str]) -> Iterator[tuple[str | None, ...]]:
    """Only the ``wanted`` columns of each row, in that order, ``\\N`` as None (fast path)."""
    idx: list[int] | None = None
    for header, row in _rows(path):
        if idx is None:
            try:
                idx = [header.index(w) for w in wanted]
            except ValueError as exc:
                raise KBError(f"{path}: not an IMDb file of the expected kind ({exc})") from None
        yield tuple(None if (v := row[i]) == NULL else v for i in idx)


def _int(v: str | None) -> int | None:
    try:
        return int(v) if v is not None else None
    except ValueError:
        return None


def _split(v: str | None) -> tuple[str, ...]:
    return tuple(x for x in v.split(",") if x) if v else ()


def parse_characters(v: str | None) -> tuple[str, ...]:
    """The ``characters`` column: a JSON list ``["Ben Sanderson"]`` (or plain text in old files)."""
    if not v:
        return ()
    if v.startswith("["):
        try:
            return tuple(str(c) for c in json.loads(v))
        except ValueError:
            pass
    return (v,)


def _title(row: tuple[str | None, ...]) -> Title:
    tconst, ttype, primary, original, adult, year, runtime, genres = row
    return Title(sys.intern(tconst or ""), sys.intern(ttype or ""), primary or "", original or primary or "",
                 _int(year), adult == "1", _int(runtime), _split(genres))


_TITLE_COLS = ("tconst", "titleType", "primaryTitle", "originalTitle", "isAdult", "startYear",
               "runtimeMinutes", "genres")
_NAME_COLS = ("nconst", "primaryName", "birthYear", "deathYear", "primaryProfession", "knownForTitles")
_PRINCIPAL_COLS = ("tconst", "ordering", "nconst", "category", "job", "characters")


def _check_dir(kb_dir: Path) -> dict[str, Path]:
    kb_dir = Path(kb_dir)
    if not kb_dir.is_dir():
        raise KBError(f"{kb_dir}: no such folder; give the folder holding IMDb's title.basics.tsv.gz, "
                      "name.basics.tsv.gz and title.principals.tsv.gz")
    files = {stem: p for stem in FILES if (p := find_file(kb_dir, stem))}
    missing = [s for s in REQUIRED if s not in files]
    if missing:
        raise KBError(f"{kb_dir}: missing {', '.join(s + '.tsv[.gz]' for s in missing)}; download them from "
                      "https://datasets.imdbws.com/ or leave --imdb out to use the bundled subset")
    return files


@dataclass(frozen=True)
class KBFilter:
    """What to keep from the dumps. ``title_types=None`` keeps every type."""

    title_types: frozenset[str] | None = DEFAULT_TITLE_TYPES
    include_adult: bool = False

    def keeps(self, t: Title) -> bool:
        type_ok = self.title_types is None or t.type in self.title_types
        return type_ok and (self.include_adult or not t.is_adult)

    def signature(self) -> str:
        types = ",".join(sorted(self.title_types)) if self.title_types is not None else "*"
        return f"types={types};adult={int(self.include_adult)}"


# ---------------------------------------------------------------------------------- the API
class ImdbKB:
    """What the linker and the importer ask of IMDb. Subclasses store it."""

    source: Path
    kb_filter: KBFilter

    # -- primitives (per store)
    def title(self, tconst: str) -> Title | None:
        raise NotImplementedError

    def person(self, nconst: str) -> Person | None:
        raise NotImplementedError

    def principals(self, tconst: str) -> list[Principal]:
        """Principals of a title, by ``ordering``."""
        raise NotImplementedError

    def filmography(self, nconst: str) -> frozenset[str]:
        """Titles (tconsts) a person is a principal of, plus their known-for titles in the KB."""
        raise NotImplementedError

    def title_popularity(self, tconst: str) -> float:
        """Popularity proxy: IMDb votes when title.ratings is there, else how many principal rows
        and known-for mentions the title has (a better-documented title is a better-known one)."""
        raise NotImplementedError

    def person_popularity(self, nconst: str) -> float:
        """Popularity proxy: number of titles in the KB the person is a principal of or known for."""
        raise NotImplementedError

    def _title_ids(self, index: str, key: str) -> list[str]:
        raise NotImplementedError

    def _person_ids(self, index: str, key: str) -> list[str]:
        raise NotImplementedError

    def _person_rows(self, index: str, key: str) -> list[Person]:
        """The people filed under ``key`` in ``index`` (stores may fetch them in one go)."""
        return self._people(self._person_ids(index, key))

    def _count_people(self, index: str, key: str) -> int:
        return len(self._person_ids(index, key))

    def iter_titles(self) -> Iterator[Title]:
        raise NotImplementedError

    def iter_people(self) -> Iterator[Person]:
        raise NotImplementedError

    def stats(self) -> dict[str, int]:
        raise NotImplementedError

    # -- lookups built on them
    def find_titles(self, text: str, prefix: bool = True) -> list[TitleMatch]:
        """Titles whose primary, original or aka title has the same :func:`title_key`; if none, and
        ``prefix``, titles whose main title (before a subtitle) has it."""
        key = title_key(text)
        if not key:
            return []
        found = self._titles(self._title_ids("title", key), "title")
        if not found and prefix:
            found = self._titles(self._title_ids("prefix", key), "prefix")
        return found

    def _titles(self, ids: Iterable[str], how: str) -> list[TitleMatch]:
        out = []
        for tconst in dict.fromkeys(ids):
            t = self.title(tconst)
            if t is not None:
                out.append(TitleMatch(t, how))
        return out

    def find_people(self, name: str) -> list[Person]:
        """People whose :func:`person_key` is the name's; if none, whose reduced key is (middle
        initials and Jr. dropped on both sides)."""
        ids = self._person_ids("name", person_key(name))
        if not ids:
            reduced = person_reduced_key(name) or person_key(name)
            if len(reduced.split()) >= 2:
                ids = self._person_ids("reduced", reduced) or self._person_ids("name", reduced)
        return self._people(ids)

    def people_with_surname(self, surname: str) -> list[Person]:
        return self._person_rows("surname", person_key(surname))

    def count_given_name(self, given: str) -> int:
        """How many people have ``given`` as their first name (a one-word name that many
        people carry as a first name is a first name, not a mononym)."""
        return self._count_people("given", person_key(given))

    def given_name_counts(self, min_count: int = 1) -> dict[str, int]:
        """{folded first name: number of KB people carrying it}, for names at least ``min_count``
        times (one indexed pass, fast on the full dumps too)."""
        raise NotImplementedError

    def people_near(self, name: str, cutoff: float = 90.0, limit: int = 5) -> list[tuple[Person, float]]:
        """People whose name is a small spelling variant of ``name`` (rapidfuzz ratio >= cutoff).

        Candidates come from two blocks of the index, people with the same surname and people
        whose given name and surname start alike (:func:`_block_key`), so this is a few hundred
        comparisons, not a scan of every name.
        """
        from rapidfuzz import fuzz

        key = person_key(name)
        words = key.split()
        if len(words) < 2:
            return []
        surname = surname_key(name)
        pool = {p.nconst: p for p in self._person_rows("surname", surname)}
        pool.update((p.nconst, p) for p in self._person_rows("block", _block_key(words[0], surname)))
        scored = []
        for p in pool.values():
            score = fuzz.ratio(key, person_key(p.name))
            if score >= cutoff:
                scored.append((p, score))
        scored.sort(key=lambda ps: (-ps[1], ps[0].nconst))
        return scored[:limit]

    def _people(self, ids: Iterable[str]) -> list[Person]:
        out = []
        for nconst in dict.fromkeys(ids):
            p = self.person(nconst)
            if p is not None:
                out.append(p)
        return out

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self.source)!r}, {self.stats()})"


# ---------------------------------------------------------------------------------- memory
class MemoryKB(ImdbKB):
    """All of a (small or filtered) IMDb folder in dicts, indexed once at load time."""

    def __init__(self, kb_dir: Path, kb_filter: KBFilter | None = None) -> None:
        self.source = Path(kb_dir)
        self.kb_filter = kb_filter or KBFilter()
        files = _check_dir(self.source)
        self.titles: dict[str, Title] = {}
        self.people: dict[str, Person] = {}
        self._principals: dict[str, list[Principal]] = defaultdict(list)
        self._films_of: dict[str, list[str]] = defaultdict(list)
        #: index name -> key -> ids (one dict per index: no tuple keys to keep in memory)
        self._tindex: dict[str, dict[str, list[str]]] = {"title": {}, "prefix": {}}
        self._pindex: dict[str, dict[str, list[str]]] = {
            "name": {}, "reduced": {}, "surname": {}, "given": {}, "block": {}}
        self._known = Counter()
        self._votes: dict[str, int] = {}

        keeps = self.kb_filter.keeps
        for row in _columns(files["title.basics"], _TITLE_COLS):
            t = _title(row)
            if not keeps(t):
                continue
            self.titles[t.tconst] = t
            for form in {t.primary_title, t.original_title}:
                for ix, key in _title_index_keys(form):
                    _add(self._tindex[ix], key, t.tconst)
        if "title.akas" in files:
            for tconst, aka in _columns(files["title.akas"], ("titleId", "title")):
                if tconst in self.titles and aka:
                    for ix, key in _title_index_keys(aka):
                        _add(self._tindex[ix], key, self.titles[tconst].tconst)
        if "title.ratings" in files:
            for tconst, votes in _columns(files["title.ratings"], ("tconst", "numVotes")):
                if tconst in self.titles:
                    self._votes[tconst] = _int(votes) or 0
        for tc, order, nc, cat, job, chars in _columns(files["title.principals"], _PRINCIPAL_COLS):
            title = self.titles.get(tc)
            if title is None or not nc:
                continue
            nc, tc = sys.intern(nc), title.tconst
            self._principals[tc].append(
                Principal(tc, _int(order) or 0, nc, sys.intern(cat or ""), job, parse_characters(chars)))
            films = self._films_of[nc]
            if not films or films[-1] != tc:
                films.append(tc)
        for rows in self._principals.values():
            rows.sort(key=lambda p: p.ordering)
        for nc, name, birth, death, prof, known in _columns(files["name.basics"], _NAME_COLS):
            known_t = tuple(t for t in _split(known) if t in self.titles)
            if (nc not in self._films_of and not known_t) or not name:
                continue
            p = Person(nc, name, _int(birth), _int(death), _split(prof), known_t)
            self.people[nc] = p
            for t in known_t:
                self._known[t] += 1
            for ix, key in _person_index_keys(name):
                _add(self._pindex[ix], key, nc)
        self._principals = dict(self._principals)
        self._films_of = dict(self._films_of)

    def title(self, tconst: str) -> Title | None:
        return self.titles.get(tconst)

    def person(self, nconst: str) -> Person | None:
        return self.people.get(nconst)

    def principals(self, tconst: str) -> list[Principal]:
        return self._principals.get(tconst, [])

    def filmography(self, nconst: str) -> frozenset[str]:
        p = self.people.get(nconst)
        return frozenset(self._films_of.get(nconst, ())) | frozenset(p.known_for if p else ())

    def title_popularity(self, tconst: str) -> float:
        if self._votes:
            return float(self._votes.get(tconst, 0))
        return float(len(self._principals.get(tconst, ())) + 3 * self._known.get(tconst, 0))

    def person_popularity(self, nconst: str) -> float:
        return float(len(self.filmography(nconst)))

    def given_name_counts(self, min_count: int = 1) -> dict[str, int]:
        return {k: len(v) for k, v in self._pindex["given"].items() if len(v) >= min_count}

    def _title_ids(self, index: str, key: str) -> list[str]:
        return self._tindex[index].get(key, [])

    def _person_ids(self, index: str, key: str) -> list[str]:
        return self._pindex[index].get(key, [])

    def iter_titles(self) -> Iterator[Title]:
        return iter(self.titles.values())

    def iter_people(self) -> Iterator[Person]:
        return iter(self.people.values())

    def stats(self) -> dict[str, int]:
        return {"titles": len(self.titles), "people": len(self.people),
                "principals": sum(len(v) for v in self._principals.values())}


def _add(index: dict[str, list[str]], key: str, ident: str) -> None:
    ids = index.get(key)
    if ids is None:
        index[key] = [ident]
    elif ident not in ids:
        ids.append(ident)


# ---------------------------------------------------------------------------------- sqlite
_SCHEMA = """
CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE title(tconst TEXT PRIMARY KEY, type TEXT, primary_title TEXT, original_title TEXT,
                   year INT, adult INT, runtime INT, genres TEXT, pop REAL DEFAULT 0);
CREATE TABLE title_key(ix TEXT, k TEXT, tconst TEXT);
CREATE TABLE person(nconst TEXT PRIMARY KEY, name TEXT, birth INT, death INT, professions TEXT,
                    known_for TEXT);
CREATE TABLE person_key(ix TEXT, k TEXT, nconst TEXT);
CREATE TABLE principal(tconst TEXT, ordering INT, nconst TEXT, category TEXT, job TEXT, characters TEXT);
"""
_INDEXES = """
CREATE INDEX title_key_k ON title_key(ix, k);
CREATE INDEX person_key_k ON person_key(ix, k);
CREATE INDEX principal_t ON principal(tconst);
CREATE INDEX principal_n ON principal(nconst);
"""


def _fingerprint(files: dict[str, Path], kb_filter: KBFilter) -> str:
    parts = [INDEX_VERSION, kb_filter.signature()]
    for stem in sorted(files):
        st = files[stem].stat()
        parts.append(f"{files[stem].name}:{st.st_size}:{int(st.st_mtime)}")
    return "|".join(parts)


def cache_dir() -> Path:
    """filmkg's cache folder: ``$XDG_CACHE_HOME/filmkg``, by default ``~/.cache/filmkg``."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "filmkg"


def default_index_path(kb_dir: Path) -> Path:
    """``kb_dir/filmkg-imdb.sqlite`` if that folder is writable, else a file in ``~/.cache/filmkg``."""
    kb_dir = Path(kb_dir).resolve()
    # a folder whose mode is read-only stays untouched even for root
    if os.access(kb_dir, os.W_OK) and kb_dir.stat().st_mode & 0o222:
        return kb_dir / INDEX_NAME
    digest = hashlib.sha1(str(kb_dir).encode("utf-8")).hexdigest()[:12]
    return cache_dir() / f"imdb-{digest}.sqlite"


# ---------------------------------------------------------------------------------- memory cache
def _memory_fingerprint(files: dict[str, Path], kb_filter: KBFilter) -> str:
    """What a cached MemoryKB depends on: the files as they are now, the filter, and the code that
    builds the indexes (its keys come from these two modules; a change to either rebuilds)."""
    parts = [kb_filter.signature(), sys.version]
    for stem in sorted(files):
        st = files[stem].stat()
        parts.append(f"{files[stem].resolve()}:{st.st_size}:{st.st_mtime_ns}")
    import filmkg.core.normalize as normalize

    for module in (__file__, normalize.__file__):
        parts.append(hashlib.sha1(Path(module).read_bytes()).hexdigest())
    return "|".join(parts)


def _memory_cache_path(kb_dir: Path) -> Path:
    return cache_dir() / f"kb-{hashlib.sha1(str(kb_dir).encode('utf-8')).hexdigest()[:12]}.pickle"


def _cached_memory_kb(kb_dir: Path, kb_filter: KBFilter) -> MemoryKB:
    """A MemoryKB, unpickled from the cache when the cache matches the files, else built and cached.

    Parsing and indexing the bundled subset takes 1.3-1.8 s of every build's start; unpickling it
    0.3 s. One cache file per KB folder, replaced when the files, the filter or the code change.
    Only a file of this user's own is read (a pickle runs code when loaded).
    """
    fingerprint = _memory_fingerprint(_check_dir(kb_dir), kb_filter)
    path = _memory_cache_path(kb_dir)
    collecting = gc.isenabled()
    try:
        if path.stat().st_uid == os.getuid():
            with open(path, "rb") as fh:
                if pickle.load(fh) == fingerprint:
                    # its 600,000 new objects would set off the collector's passes: a third of the time
                    gc.disable()
                    kb = pickle.load(fh)
                    if isinstance(kb, MemoryKB):
                        return kb
    except Exception:  # noqa: BLE001 - a missing, stale, truncated or foreign cache is rebuilt
        pass
    finally:
        if collecting:
            gc.enable()
    kb = MemoryKB(kb_dir, kb_filter)
    # best effort: a read-only home or a full disk only costs the next start its 1.5 s
    with contextlib.suppress(OSError, pickle.PickleError):
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            with open(tmp, "wb") as fh:
                pickle.dump(fingerprint, fh, protocol=pickle.HIGHEST_PROTOCOL)
                pickle.dump(kb, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
    return kb


def index_is_fresh(kb_dir: Path, db_path: Path | None = None, kb_filter: KBFilter | None = None) -> bool:
    db_path = Path(db_path) if db_path else default_index_path(kb_dir)
    if not db_path.is_file():
        return False
    try:
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as con:
            row = con.execute("SELECT v FROM meta WHERE k='fingerprint'").fetchone()
    except sqlite3.Error:
        return False
    return bool(row) and row[0] == _fingerprint(_check_dir(kb_dir), kb_filter or KBFilter())


def index_imdb(kb_dir: str | Path, db_path: str | Path | None = None, kb_filter: KBFilter | None = None,
               progress: Callable[[str], None] | None = None) -> Path:
    """Build the SQLite index of an IMDb folder (streaming; fine for the full dumps).

    Keeps titles that pass ``kb_filter``, their principals, and the people who appear in them
    or are known for one of them. Returns the index path (see :func:`default_index_path`).
    """
    kb_dir = Path(kb_dir)
    kb_filter = kb_filter or KBFilter()
    files = _check_dir(kb_dir)
    db_path = Path(db_path) if db_path else default_index_path(kb_dir)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = db_path.with_name(db_path.name + ".tmp")
    tmp.unlink(missing_ok=True)
    say = progress or (lambda _msg: None)
    con = sqlite3.connect(tmp)
    con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
    kept: set[str] = set()
    batch: list[tuple] = []
    keys: list[tuple] = []

    def flush(sql: str, rows: list[tuple]) -> None:
        if rows:
            con.executemany(sql, rows)
            rows.clear()

    t_sql = "INSERT INTO title VALUES (?,?,?,?,?,?,?,?,0)"
    k_sql = "INSERT INTO title_key VALUES (?,?,?)"
    for row in _columns(files["title.basics"], _TITLE_COLS):
        t = _title(row)
        if not kb_filter.keeps(t):
            continue
        kept.add(t.tconst)
        batch.append((t.tconst, t.type, t.primary_title, t.original_title, t.year, int(t.is_adult), t.runtime,
                      ",".join(t.genres)))
        for form in {t.primary_title, t.original_title}:
            keys.extend((ix, k, t.tconst) for ix, k in _title_index_keys(form))
        if len(batch) >= 50_000:
            flush(t_sql, batch)
            flush(k_sql, keys)
    flush(t_sql, batch)
    flush(k_sql, keys)
    say(f"titles kept: {len(kept)}")
    if "title.akas" in files:
        n = 0
        for tconst, aka in _columns(files["title.akas"], ("titleId", "title")):
            if tconst in kept and aka:
                keys.extend((ix, k, tconst) for ix, k in _title_index_keys(aka))
                n += 1
                if len(keys) >= 100_000:
                    flush(k_sql, keys)
        flush(k_sql, keys)
        say(f"akas kept: {n}")
    pop: Counter = Counter()
    people: set[str] = set()
    p_sql = "INSERT INTO principal VALUES (?,?,?,?,?,?)"
    for tc, order, nc, cat, job, chars in _columns(files["title.principals"], _PRINCIPAL_COLS):
        if tc in kept and nc:
            batch.append((tc, _int(order) or 0, nc, cat, job, chars))
            people.add(nc)
            pop[tc] += 1
            if len(batch) >= 100_000:
                flush(p_sql, batch)
    flush(p_sql, batch)
    say(f"principals kept for {len(pop)} titles, {len(people)} people")
    n_sql = "INSERT INTO person VALUES (?,?,?,?,?,?)"
    pk_sql = "INSERT INTO person_key VALUES (?,?,?)"
    for nc, name, birth, death, prof, known in _columns(files["name.basics"], _NAME_COLS):
        known_t = [t for t in _split(known) if t in kept]
        if (nc not in people and not known_t) or not name:
            continue
        for t in known_t:
            pop[t] += 3
        batch.append((nc, name, _int(birth), _int(death), prof, ",".join(known_t)))
        keys.extend((ix, k, nc) for ix, k in _person_index_keys(name))
        if len(batch) >= 50_000:
            flush(n_sql, batch)
            flush(pk_sql, keys)
    flush(n_sql, batch)
    flush(pk_sql, keys)
    del people
    if "title.ratings" in files:
        pop = Counter()
        for tconst, votes in _columns(files["title.ratings"], ("tconst", "numVotes")):
            if tconst in kept:
                pop[tconst] = _int(votes) or 0
    con.executemany("UPDATE title SET pop=? WHERE tconst=?", ((float(v), k) for k, v in pop.items()))
    say("indexing")
    con.executescript(_INDEXES)
    con.executemany("INSERT INTO meta VALUES (?,?)", [
        ("fingerprint", _fingerprint(files, kb_filter)), ("source", str(kb_dir.resolve())),
        ("filter", kb_filter.signature())])
    con.commit()
    con.close()
    os.replace(tmp, db_path)
    return db_path


class SqliteKB(ImdbKB):
    """An IMDb folder's SQLite index (see :func:`index_imdb`), queried per lookup with small caches."""

    def __init__(self, db_path: Path, source: Path | None = None) -> None:
        self.db_path = Path(db_path)
        self._pid = os.getpid()
        self._con = self._connect()
        meta = dict(self.con.execute("SELECT k, v FROM meta"))
        self.source = Path(source or meta.get("source", self.db_path.parent))
        sig = meta.get("filter", "")
        types = re.search(r"types=([^;]*)", sig)
        self.kb_filter = KBFilter(
            None if not types or types[1] == "*" else frozenset(types[1].split(",")), "adult=1" in sig)
        self.title = lru_cache(maxsize=65536)(self._title)  # type: ignore[method-assign]
        self.person = lru_cache(maxsize=65536)(self._person)  # type: ignore[method-assign]
        self.principals = lru_cache(maxsize=8192)(self._principals)  # type: ignore[method-assign]

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(f"file:{self.db_path}?mode=ro", uri=True, check_same_thread=False)

    @property
    def con(self) -> sqlite3.Connection:
        # The extractors ask the KB from spaCy's forked workers (-j 2); a SQLite connection must
        # not be used across fork, so each process opens its own.
        if self._pid != os.getpid():
            self._pid, self._con = os.getpid(), self._connect()
        return self._con

    def _title(self, tconst: str) -> Title | None:
        r = self.con.execute("SELECT tconst,type,primary_title,original_title,year,adult,runtime,genres "
                             "FROM title WHERE tconst=?", (tconst,)).fetchone()
        return Title(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6], _split(r[7])) if r else None

    def _person(self, nconst: str) -> Person | None:
        r = self.con.execute("SELECT nconst,name,birth,death,professions,known_for FROM person "
                             "WHERE nconst=?", (nconst,)).fetchone()
        return Person(r[0], r[1], r[2], r[3], _split(r[4]), _split(r[5])) if r else None

    def _principals(self, tconst: str) -> list[Principal]:
        rows = self.con.execute("SELECT tconst,ordering,nconst,category,job,characters FROM principal "
                                "WHERE tconst=? ORDER BY ordering", (tconst,))
        return [Principal(r[0], r[1], r[2], r[3] or "", r[4], parse_characters(r[5])) for r in rows]

    def filmography(self, nconst: str) -> frozenset[str]:
        films = {r[0] for r in self.con.execute("SELECT tconst FROM principal WHERE nconst=?", (nconst,))}
        p = self.person(nconst)
        return frozenset(films | set(p.known_for if p else ()))

    def title_popularity(self, tconst: str) -> float:
        r = self.con.execute("SELECT pop FROM title WHERE tconst=?", (tconst,)).fetchone()
        return float(r[0]) if r else 0.0

    def person_popularity(self, nconst: str) -> float:
        return float(len(self.filmography(nconst)))

    def _title_ids(self, index: str, key: str) -> list[str]:
        rows = self.con.execute("SELECT tconst FROM title_key WHERE ix=? AND k=?", (index, key))
        return [r[0] for r in rows]

    def _person_ids(self, index: str, key: str) -> list[str]:
        rows = self.con.execute("SELECT nconst FROM person_key WHERE ix=? AND k=?", (index, key))
        return [r[0] for r in rows]

    def _person_rows(self, index: str, key: str) -> list[Person]:
        rows = self.con.execute(
            "SELECT p.nconst,p.name,p.birth,p.death,p.professions,p.known_for FROM person_key k "
            "JOIN person p ON p.nconst = k.nconst WHERE k.ix=? AND k.k=?", (index, key))
        return [Person(r[0], r[1], r[2], r[3], _split(r[4]), _split(r[5])) for r in rows]

    def _count_people(self, index: str, key: str) -> int:
        return self.con.execute("SELECT count(*) FROM person_key WHERE ix=? AND k=?", (index, key)).fetchone()[0]

    def given_name_counts(self, min_count: int = 1) -> dict[str, int]:
        rows = self.con.execute("SELECT k, count(*) FROM person_key WHERE ix='given' GROUP BY k HAVING count(*) >= ?",
                                (min_count,))
        return dict(rows.fetchall())

    def iter_titles(self) -> Iterator[Title]:
        cur = self.con.execute("SELECT tconst,type,primary_title,original_title,year,adult,runtime,genres "
                               "FROM title ORDER BY tconst")
        for r in cur:
            yield Title(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6], _split(r[7]))

    def iter_people(self) -> Iterator[Person]:
        for r in self.con.execute("SELECT nconst,name,birth,death,professions,known_for FROM person "
                                  "ORDER BY nconst"):
            yield Person(r[0], r[1], r[2], r[3], _split(r[4]), _split(r[5]))

    def stats(self) -> dict[str, int]:
        return {name: self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for name, table in (("titles", "title"), ("people", "person"), ("principals", "principal"))}


# ---------------------------------------------------------------------------------- loading
def bundled_kb_dir() -> Path:
    """The offline IMDb subset shipped with filmkg (``filmkg/data/imdb-subset``)."""
    return Path(str(resources.files("filmkg") / "data" / "imdb-subset"))


def load_kb(path: str | Path | None = None, *, backend: str = "auto", kb_filter: KBFilter | None = None,
            progress: Callable[[str], None] | None = None) -> ImdbKB:
    """The IMDb KB at ``path`` (None: the bundled subset), cached per process.

    ``path`` is a folder of IMDb TSV files or an index built by :func:`index_imdb`.
    ``backend``: "memory", "sqlite" or "auto" (a fresh index if there is one, memory for a
    folder under :data:`MEMORY_LIMIT_BYTES`, else build the index first).
    """
    if backend not in ("auto", "memory", "sqlite"):
        raise KBError(f"backend {backend!r}: use auto, memory or sqlite")
    p = bundled_kb_dir() if path is None else Path(path)
    return _load(p.resolve(), backend, kb_filter or KBFilter(), progress)


@lru_cache(maxsize=4)
def _load(p: Path, backend: str, kb_filter: KBFilter, progress: Callable[[str], None] | None) -> ImdbKB:
    if p.is_file() and p.suffix in (".sqlite", ".db"):
        return SqliteKB(p)
    files = _check_dir(p)
    if backend == "memory":
        return _cached_memory_kb(p, kb_filter)
    if backend == "auto" and not index_is_fresh(p, kb_filter=kb_filter):
        if sum(f.stat().st_size for f in files.values()) < MEMORY_LIMIT_BYTES:
            return _cached_memory_kb(p, kb_filter)
    db = default_index_path(p)
    if not index_is_fresh(p, db, kb_filter):
        index_imdb(p, db, kb_filter, progress)
    return SqliteKB(db, p)


__all__ = [
    "DEFAULT_TITLE_TYPES", "ImdbKB", "KBError", "KBFilter", "MemoryKB", "Person", "Principal", "SqliteKB",
    "Title", "TitleMatch", "bundled_kb_dir", "cache_dir", "find_file", "given_key", "index_imdb", "index_is_fresh",
    "load_kb", "parse_characters", "person_key", "person_reduced_key", "read_tsv", "surname_key",
    "title_key", "title_prefix_key",
]
