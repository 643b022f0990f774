"""The persistent store users keep: a pyoxigraph (RocksDB) folder with a merged default graph.

``load(paths, store_dir)`` bulk-loads TriG / N-Quads (and Turtle / N-Triples, ``.gz`` too)
into a store folder, creating it or adding to it. Two things make it more than
``Store.bulk_load``:

* **The default graph is the merge.** SPARQL's default graph is a set, but pyoxigraph's and
  Oxigraph's "union default graph" return a triple once per graph that holds it (74 actor
  credits for 69 distinct ones on the demo). So every fact of a review graph
  (``https://w3id.org/filmkg/graph/review/…``) is also written, once, into the store's default
  graph, next to what the dataset's default graph already holds (the IMDb/Wikidata links).
  Queries then run on the plain default graph: each triple once, however many reviews state
  it. The evidence statements (``…/id/evidence/…`` nodes: span, offsets, extractor) are not
  copied: each belongs to one review, so the merge would only duplicate them, and they are
  three quarters of a review graph's triples. ``GRAPH ?g`` reaches them in their review's own
  graph. Graphs imported from external databases (``…/graph/imdb/…``) stay in their own graphs
  only, so the default graph says what the reviews say.
* **Version pinning.** ``filmkg-store.json`` in the folder records the pyoxigraph version that
  wrote it; a store from another storage series is refused with a message saying what to do,
  instead of being opened by a RocksDB that may not read it.

Nothing here reaches the network: :func:`check_no_service` refuses SPARQL ``SERVICE``.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from filmkg import __version__
from filmkg.core.atomic import atomic_write
from filmkg.core.errors import FilmKGError, InputError
from filmkg.graph.vocab import FKG, FKID

META_FILE = "filmkg-store.json"
#: Bumped when the layout of a filmkg store changes (what the default graph holds).
#: 2: the evidence statements are no longer copied into the default graph.
LAYOUT = 2
#: Named graphs whose triples are merged into the default graph.
MERGED_GRAPHS_PREFIX = str(FKG["review/"])
#: Subjects whose triples stay in their review graph only (see the module's docstring).
UNMERGED_SUBJECTS_PREFIX = str(FKID["evidence/"])

_FORMAT_OF_SUFFIX = {".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS, ".nquads": ox.RdfFormat.N_QUADS,
                     ".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".jsonld": ox.RdfFormat.JSON_LD,
                     ".rdf": ox.RdfFormat.RDF_XML, ".xml": ox.RdfFormat.RDF_XML}


class StoreError(FilmKGError):
    """A store folder that cannot be opened or written (wrong version, in use, not a store)."""


@dataclass
class LoadReport:
    store: Path
    files: list[Path] = field(default_factory=list)
    #: Quads read from the files (before duplicates are dropped).
    quads_read: int = 0
    #: Quads in the store afterwards, the merged default graph included.
    quads: int = 0
    seconds: float = 0.0


def storage_series(version: str) -> str:
    """"0.5.13" -> "0.5": Oxigraph keeps its on-disk format within a minor series."""
    return ".".join(version.split(".")[:2])


def rdf_format(path: Path) -> tuple[ox.RdfFormat, bool]:
    """The RDF format of ``path`` from its suffix, and whether it is gzipped."""
    compressed = path.suffix.lower() == ".gz"
    ext = Path(path.stem).suffix.lower() if compressed else path.suffix.lower()
    fmt = _FORMAT_OF_SUFFIX.get(ext)
    if fmt is None:
        raise InputError(f"{path}: unknown RDF format {ext!r}; use one of {', '.join(sorted(_FORMAT_OF_SUFFIX))}"
                         " (optionally .gz)")
    return fmt, compressed


# ----------------------------------------------------------------------------- metadata
def read_meta(store_dir: Path) -> dict | None:
    meta = store_dir / META_FILE
    if not meta.is_file():
        return None
    try:
        return json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StoreError(f"{meta}: unreadable ({exc}); reload the store with `filmkg load`") from exc


def _write_meta(store_dir: Path, loaded: list[dict]) -> None:
    meta = read_meta(store_dir) or {}
    data = {
        "filmkg_store_layout": LAYOUT,
        "pyoxigraph": ox.__version__,
        "written_by": f"filmkg {__version__}",
        "default_graph": f"merge of the graphs {MERGED_GRAPHS_PREFIX}* but their evidence statements "
                         f"({UNMERGED_SUBJECTS_PREFIX}*), and the dataset's default graph",
        "loaded": meta.get("loaded", []) + loaded,
    }
    with atomic_write(store_dir / META_FILE, "w") as fh:
        json.dump(data, fh, indent=1)


def check_meta(store_dir: Path) -> dict:
    """The store's metadata, or a :class:`StoreError` saying why it cannot be used."""
    if not store_dir.exists():
        raise StoreError(f"{store_dir}: no such store folder (create one with `filmkg load GRAPH --store DIR`)")
    if not store_dir.is_dir():
        raise StoreError(f"{store_dir}: not a folder (a store is the folder `filmkg load --store` writes)")
    meta = read_meta(store_dir)
    if meta is None:
        if (store_dir / "CURRENT").exists():
            raise StoreError(f"{store_dir}: a pyoxigraph store that filmkg did not write (no {META_FILE}, so no merged "
                             "default graph); load the graph files into a new store: filmkg load GRAPH --store NEWDIR")
        raise StoreError(f"{store_dir}: not a filmkg store (no {META_FILE}); create one with "
                         "`filmkg load GRAPH --store DIR`")
    written, ours = str(meta.get("pyoxigraph", "?")), ox.__version__
    if storage_series(written) != storage_series(ours):
        raise StoreError(f"{store_dir}: written by pyoxigraph {written}, and this filmkg uses pyoxigraph {ours}, "
                         f"which may not read it; reload the graph files into a new store (filmkg load GRAPH --store "
                         f"NEWDIR) or install pyoxigraph=={written}")
    if meta.get("filmkg_store_layout") != LAYOUT:
        raise StoreError(f"{store_dir}: store layout {meta.get('filmkg_store_layout')!r}, this filmkg writes "
                         f"layout {LAYOUT}; reload the graph files into a new store with `filmkg load`")
    return meta


def open_store(store_dir: str | Path) -> ox.Store:
    """A filmkg store, read-only (several readers may share it; never while `load` writes it)."""
    store_dir = Path(store_dir)
    check_meta(store_dir)
    try:
        return ox.Store.read_only(str(store_dir))
    except (OSError, RuntimeError) as exc:
        raise StoreError(f"{store_dir}: cannot open the store ({exc})") from exc


def _open_for_writing(store_dir: Path) -> ox.Store:
    fresh = not store_dir.exists() or not any(store_dir.iterdir())
    if not fresh:
        check_meta(store_dir)
    try:
        return ox.Store(str(store_dir))
    except (OSError, RuntimeError) as exc:
        hint = " (is a `filmkg serve` or another load using it?)" if "lock" in str(exc).lower() else ""
        raise StoreError(f"{store_dir}: cannot open the store for writing{hint}: {exc}") from exc


# ----------------------------------------------------------------------------- loading
def _merged(quads: Iterable[ox.Quad], counter: list[int]) -> Iterator[ox.Quad]:
    """Each quad, and for a review graph's fact also its triple in the default graph."""
    for q in quads:
        counter[0] += 1
        yield q
        g = q.graph_name
        s = q.subject
        if (type(g) is ox.NamedNode and g.value.startswith(MERGED_GRAPHS_PREFIX)
                and not (type(s) is ox.NamedNode and s.value.startswith(UNMERGED_SUBJECTS_PREFIX))):
            yield ox.Quad(s, q.predicate, q.object)


@contextmanager
def _reader(path: Path, compressed: bool) -> Iterator[IO[bytes] | None]:
    if compressed:
        with gzip.open(path, "rb") as fh:
            yield fh
    else:
        yield None


def load_into(store: ox.Store, paths: Iterable[str | Path],
              progress: Callable[[Path, int], None] | None = None) -> tuple[list[Path], int, list[dict]]:
    """Adds the files to ``store`` (in memory or on disk) with the merged default graph."""
    files: list[Path] = []
    total = 0
    loaded: list[dict] = []
    for p in paths:
        path = Path(p)
        if not path.is_file():
            raise InputError(f"{path}: no such file (give the graph.trig or graph.nq that `filmkg build` writes)")
        fmt, compressed = rdf_format(path)
        counter = [0]
        try:
            with _reader(path, compressed) as fh:
                quads = ox.parse(fh, format=fmt) if fh is not None else ox.parse(path=str(path), format=fmt)
                # bulk_extend skips transactions: several times faster on archive-sized files
                store.bulk_extend(_merged(quads, counter))
        except (SyntaxError, ValueError) as exc:
            raise InputError(f"{path}: not valid {fmt.name} ({exc}); nothing after that point was loaded") from exc
        except (OSError, EOFError) as exc:
            raise InputError(f"{path}: cannot read ({exc})") from exc
        files.append(path)
        total += counter[0]
        loaded.append({"file": str(path.resolve()), "quads": counter[0],
                       "at": datetime.now(timezone.utc).isoformat(timespec="seconds")})
        if progress:
            progress(path, counter[0])
    return files, total, loaded


def load(paths: Iterable[str | Path], store_dir: str | Path,
         progress: Callable[[Path, int], None] | None = None) -> LoadReport:
    """Bulk-loads graph files into the store folder ``store_dir`` (created, or added to)."""
    t0 = time.monotonic()
    store_dir = Path(store_dir)
    paths = [Path(p) for p in paths]
    for p in paths:  # check every input before writing anything
        if not p.is_file():
            raise InputError(f"{p}: no such file (give the graph.trig or graph.nq that `filmkg build` writes)")
        rdf_format(p)
    if store_dir.exists() and not store_dir.is_dir():
        raise StoreError(f"{store_dir}: exists and is not a folder")
    store = _open_for_writing(store_dir)
    report = LoadReport(store_dir)
    report.files, report.quads_read, loaded = load_into(store, paths, progress)
    store.flush()
    store.optimize()  # see _background_load
    report.quads = len(store)
    del store
    _write_meta(store_dir, loaded)
    report.seconds = time.monotonic() - t0
    return report


def mark_as_store(store_dir: Path, sources: Iterable[str | Path] = ()) -> None:
    """Records that ``store_dir`` is a filmkg store (its default graph merged, the pyoxigraph
    version that wrote it); `filmkg build -f oxigraph` calls it on the closed store it filled
    with :func:`load_into`."""
    _write_meta(store_dir, [{"file": str(s), "at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
                            for s in sources])


def open_dataset(path: str | Path) -> ox.Store:
    """A store over ``path``: a store folder opens at once; a graph file is loaded into memory
    (with the same merged default graph, so a query answers the same on both)."""
    path = Path(path)
    if path.is_dir():
        return open_store(path)
    store = ox.Store()
    load_into(store, [path])
    return store


# ----------------------------------------------------------------------------- SPARQL guard
_TOKEN = re.compile(r'''
    "{3}(?:[^"\\]|\\.|"(?!""))*"{3} | '{3}(?:[^'\\]|\\.|'(?!''))*'{3}   # long strings
  | "(?:[^"\\\n]|\\.)*" | '(?:[^'\\\n]|\\.)*'                           # strings
  | <[^<>"{}|^`\\\x00-\x20]*>                                           # IRIs
  | \#[^\n]*                                                            # comments
  | [?$]\w+                                                             # variables
  | _:[\w.-]* | [^\W\d][\w.-]*:[\w.:%-]* | :[\w.:%-]*                   # blank nodes, prefixed names
  | [^\W\d]\w*                                                          # keywords
  | \S
''', re.X | re.S)


def sparql_tokens(sparql: str) -> Iterator[str]:
    """SPARQL's tokens, strings, IRIs and comments kept whole (so their words are not keywords)."""
    return (m.group() for m in _TOKEN.finditer(sparql))


_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def _unescape(sparql: str) -> str:
    def char(m: re.Match) -> str:
        n = int(m[1] or m[2], 16)
        return chr(n) if n <= 0x10FFFF else "\ufffd"

    return _CODEPOINT.sub(char, sparql)


def check_no_service(sparql: str) -> None:
    """Refuses federated queries: nothing filmkg runs reaches out to another endpoint."""
    # the SPARQL spec decodes \u escapes before parsing (pyoxigraph 0.5 does not): refuse both readings
    if any(tok.upper() == "SERVICE" for text in (sparql, _unescape(sparql)) for tok in sparql_tokens(text)):
        raise ServiceRefused("SERVICE (federated query) is turned off: filmkg answers from its own store and never "
                             "calls another endpoint")


class ServiceRefused(FilmKGError):
    """A query asked for SERVICE."""


def remove_reviews(store: ox.Store, identifiers: Iterable[str]) -> None:
    """Take reviews out of a filmkg store, as if they had never been loaded: each review's
    graph; the triples of the merged default graph that no other review graph states; the
    evidence of its identity links, and those links when no other evidence supports them.
    Every step is an index lookup from the review: nothing scans the whole store."""
    from filmkg.graph.iris import review_graph_iri, review_iri

    for ident in identifiers:
        g, review = f"<{review_graph_iri(ident)}>", f"<{review_iri(ident)}>"
        links = [(r["x"], r["y"]) for r in store.query(f"""
            SELECT ?x ?y WHERE {{ ?ev <{_FKV_REVIEW}> {review} ; <{_RDF}subject> ?x ;
                                     <{_RDF}predicate> <{_SAME_AS}> ; <{_RDF}object> ?y }}""")]
        store.update(f"""
            DELETE {{ ?s ?p ?o }} WHERE {{
              GRAPH {g} {{ ?s ?p ?o }}
              FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }}
                                  FILTER(?h != {g} && STRSTARTS(STR(?h), "{MERGED_GRAPHS_PREFIX}")) }}
            }};
            DELETE {{ ?ev ?p ?o }} WHERE {{ ?ev <{_FKV_REVIEW}> {review} ; ?p ?o }}""")
        store.remove_graph(ox.NamedNode(g[1:-1]))
        for x, y in links:
            supported = store.query(f"""ASK {{
                {{ ?ev <{_RDF}subject> {x} ; <{_RDF}predicate> <{_SAME_AS}> ; <{_RDF}object> {y} }}
                UNION {{ GRAPH ?g {{ {x} <{_SAME_AS}> {y} }} }} }}""")
            if not bool(supported):
                store.remove(ox.Quad(x, ox.NamedNode(_SAME_AS), y, ox.DefaultGraph()))


_FKV_REVIEW = "https://w3id.org/filmkg/vocab#review"
_SAME_AS = "https://schema.org/sameAs"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"


class BackgroundLoad:
    """Fills a store from the build's part files in a child process.

    A new store is loaded once extraction is over, in **one** bulk load of every part. Loading
    each part as it came, alongside extraction, made RocksDB merge an ever larger store again
    and again (each bulk load adds sorted files that overlap everything before): on the
    archive that child came to use as much CPU as each extraction worker, on a machine whose
    cores the workers already fill. One load writes each index once and leaves the store
    compact. A copy of an earlier store (``base``) gets its few changed parts as they come.
    ``finish`` waits for the child (reporting loaded parts) and returns the closed, marked
    store folder; ``cancel`` stops it and removes the folder.
    """

    def __init__(self, store_dir: Path, base: Path | None = None, remove: Iterable[str] = ()) -> None:
        """``base``: start from a copy of this store (a RocksDB checkpoint: hard links, instant)
        and first take out the review graphs of the identifiers in ``remove`` (see
        :func:`remove_reviews`); then only the parts given to :meth:`add` are loaded."""
        import multiprocessing
        import shutil

        shutil.rmtree(store_dir, ignore_errors=True)
        self.store_dir = store_dir
        self.added = 0
        # spawned, not forked: a fork of a process where RocksDB's threads once ran (a store
        # opened earlier) can inherit one of their locks held, and hang on its first store
        ctx = multiprocessing.get_context("spawn")
        self._queue = ctx.SimpleQueue()
        self._loaded = ctx.Value("i", 0, lock=False)
        self._proc = ctx.Process(target=_background_load,
                                 args=(store_dir, self._queue, self._loaded, base, list(remove)), daemon=True)
        self._proc.start()

    def add(self, part: Path) -> None:
        self._queue.put(str(part))
        self.added += 1

    def finish(self, progress: Callable[[int, int], None] | None = None, every: float = 30.0) -> Path:
        """Waits for the load; ``progress(parts loaded, parts)`` every ``every`` seconds."""
        self._queue.put(None)
        while self._proc.is_alive():
            self._proc.join(every)
            if progress and self._proc.is_alive():
                progress(self._loaded.value, self.added)
        if self._proc.exitcode != 0:
            raise FilmKGError(f"{self.store_dir}: loading the store failed (exit {self._proc.exitcode})")
        return self.store_dir

    def cancel(self) -> None:
        import shutil

        if self._proc.is_alive():
            self._proc.terminate()
        self._proc.join()
        shutil.rmtree(self.store_dir, ignore_errors=True)


def _part_quads(paths: Iterable[str], loaded) -> Iterator[ox.Quad]:
    for path in paths:
        yield from _merged(ox.parse(path=path, format=ox.RdfFormat.N_QUADS), [0])
        loaded.value += 1


def _bulk_extend_one_batch_at_a_time(store: ox.Store, quads: Iterable[ox.Quad]) -> None:
    """``store.bulk_extend(quads)`` encoding one batch at a time, on every core.

    pyoxigraph's bulk loader encodes batches of a million quads (some 600 MB each) on as
    many threads at once as the process may use, reading that number (Rust's
    ``available_parallelism``, which follows the CPU affinity) once, before it takes the first
    quad; its Python API has no setting for it. On the archive's parts, two batches in flight
    and a third being read took the loader to 1.9 GB, against 1.3 GB with one. So the thread
    is pinned to one core until the loader has asked, and given every core back at its first
    quad: the parsing thread and the one encoding thread it starts then run side by side.
    """
    cpus = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else set()
    if len(cpus) < 2:
        store.bulk_extend(quads)
        return

    def unpinned() -> Iterator[ox.Quad]:
        os.sched_setaffinity(0, cpus)
        yield from quads

    os.sched_setaffinity(0, {min(cpus)})
    try:
        store.bulk_extend(unpinned())
    finally:
        os.sched_setaffinity(0, cpus)


def _background_load(store_dir: Path, queue, loaded, base: Path | None, remove: list[str]) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the build stops this process itself
    if base is not None:
        ox.Store.read_only(str(base)).backup(str(store_dir))
        history = (read_meta(base) or {}).get("loaded", [])
        # the checkpoint holds RocksDB's files only: the history of what was loaded comes along
        with atomic_write(store_dir / META_FILE, "w") as fh:
            json.dump({"loaded": history + [{"removed_reviews": sorted(remove)}]}, fh)
        store = ox.Store(str(store_dir))
        if remove:
            remove_reviews(store, remove)
        parts = []
        while (part := queue.get()) is not None:  # a few changed parts: each as it comes
            store.bulk_extend(_part_quads([part], loaded))
            parts.append(part)
    else:
        parts = list(iter(queue.get, None))
        store = ox.Store(str(store_dir))
        _bulk_extend_one_batch_at_a_time(store, _part_quads(parts, loaded))
    store.flush()
    if base is None:
        # compacts whatever RocksDB has not yet merged (close to nothing after one load): a
        # store filled by many loads answers queries with up to 1.7 times the CPU until then
        store.optimize()
    del store
    mark_as_store(store_dir, parts)


__all__ = ["BackgroundLoad", "LoadReport", "META_FILE", "MERGED_GRAPHS_PREFIX", "ServiceRefused", "StoreError",
           "check_meta", "check_no_service", "load", "load_into", "remove_reviews", "mark_as_store", "open_dataset",
           "open_store", "sparql_tokens", "storage_series"]
