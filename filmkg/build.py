"""``filmkg build``: read -> extract -> link -> graph -> output, streaming and resumable.

Reviews are processed in batches; each finished batch is written atomically as an
N-Quads part under ``OUT/.filmkg-parts/`` with the list of reviews it holds. A rerun with
the same settings skips the reviews already done, so an interrupted build resumes. When
all parts are in, the dataset is assembled (pyoxigraph) and each output format written
atomically.
"""

from __future__ import annotations

import functools
import hashlib
import json
import shutil
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from filmkg import __version__
from filmkg.core.atomic import atomic_write
from filmkg.core.errors import FilmKGError, ReviewFormatError
from filmkg.core.records import Extraction, Review
from filmkg.output.formats import DEFAULT_FORMATS, FORMATS
from filmkg.readers.sources import RawReview, iter_raw, parse

PARTS_DIR = ".filmkg-parts"


@dataclass
class BuildOptions:
    formats: tuple[str, ...] = DEFAULT_FORMATS
    imdb: str | None = "default"  # a folder of IMDb TSV files; "default" = bundled subset; None = no KB
    wikidata: str | None = None  # CSV/TSV of IMDb id -> Wikidata QID
    #: findings (mentions, facts, links) under this confidence are left out of the graph
    min_confidence: float = 0.5
    n_process: int = 1
    batch_size: int = 200
    store_text: bool = True
    resume: bool = True

    def fingerprint(self) -> str:
        """Parts of an earlier run are reused only with the same settings and the same code."""
        data = json.dumps([__version__, _code_digest(), self.imdb, self.wikidata, self.min_confidence,
                           self.store_text])
        return hashlib.sha1(data.encode()).hexdigest()[:16]


@functools.lru_cache(maxsize=1)
def _code_digest() -> str:
    import filmkg

    h = hashlib.sha1()
    roots = [Path(p) for p in filmkg.__path__]
    for sub in ("core", "extractors", "readers", "linking", "graph"):
        mod = __import__(f"filmkg.{sub}", fromlist=["__path__"])
        roots += [Path(p) for p in mod.__path__]
    for root in roots:
        for f in sorted(root.glob("*.py")) + sorted(root.glob("*.ttl")):
            h.update(f.name.encode())
            h.update(f.read_bytes())
    return h.hexdigest()


@dataclass
class BuildReport:
    out_dir: Path
    reviews: int = 0
    skipped: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    files: dict[str, Path] = field(default_factory=dict)
    quads: int = 0
    seconds: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)


Progress = Callable[[int, int, str], None]


def build(inputs: Iterable[str | Path], out_dir: str | Path, options: BuildOptions | None = None,
          progress: Progress | None = None, extractor=None) -> BuildReport:
    """Build the knowledge graph of ``inputs`` into ``out_dir``; see the module docstring."""
    from filmkg.graph.build import review_graphs

    options = options or BuildOptions()
    for f in options.formats:
        if f not in FORMATS:
            raise FilmKGError(f"unknown format {f!r}; choose from {', '.join(FORMATS)}")
    t0 = time.monotonic()
    out = Path(out_dir)
    parts = out / PARTS_DIR
    report = BuildReport(out)
    done = _prepare_parts(parts, options)
    raws = list(iter_raw(inputs))  # file names only are cheap; the bytes are small (55 MB archive)
    _check_unique_ids(raws)
    todo = [r for r in raws if r.identifier not in done]
    report.skipped = len(raws) - len(todo)

    linker = _Linker(options)
    if extractor is None and todo:
        from filmkg.extractors.pipeline import ReviewExtractor
        from filmkg.linking.lexicon import Lexicon

        extractor = ReviewExtractor(Lexicon.from_kb(linker.kb), min_confidence=options.min_confidence)
    part_no = len(list(parts.glob("part-*.nq")))
    batch: list[str] = []
    ids: list[str] = []
    errors: list[tuple[str, str]] = []
    processed = 0

    def flush() -> None:
        nonlocal part_no, batch, ids, errors
        if not ids and not errors:
            return
        part_no += 1
        stem = parts / f"part-{part_no:05d}"
        with atomic_write(stem.with_suffix(".nq"), "w") as fh:
            fh.write("".join(batch))
        with atomic_write(stem.with_suffix(".json"), "w") as fh:
            json.dump({"reviews": ids, "failed": errors}, fh)
        batch, ids, errors = [], [], []

    for item in _extract_all(todo, extractor, options, report):
        processed += 1
        if isinstance(item, tuple):
            errors.append(item)
            report.failed.append(item)
        else:
            ex: Extraction = item
            try:
                linker.link(ex)
                g, links = review_graphs(ex, store_text=options.store_text)
                quads = _nquads(g) + _nquads(links, default=True)
            except Exception as exc:  # noqa: BLE001 - one bad review is reported, never fatal
                problem = (ex.review.source, f"linking/graph failed: {type(exc).__name__}: {exc}")
                errors.append(problem)
                report.failed.append(problem)
            else:
                batch.append(quads)
                ids.append(ex.review.identifier)
                report.reviews += 1
        if progress:
            progress(processed, len(todo), item[0] if isinstance(item, tuple) else item.review.identifier)
        if len(ids) + len(errors) >= options.batch_size:
            flush()
    flush()
    for meta in sorted(parts.glob("part-*.json")):
        report.failed.extend(tuple(x) for x in json.loads(meta.read_text())["failed"] if tuple(x) not in report.failed)
    report.files, report.quads, report.counts = _assemble(parts, out, options.formats)
    report.seconds = time.monotonic() - t0
    return report


def _extract_all(raws: list[RawReview], extractor, options: BuildOptions,
                 report: BuildReport) -> Iterator[Extraction | tuple[str, str]]:
    """Parse and extract; a review that fails is yielded as (source, problem) and the rest go on."""
    reviews: list[Review] = []
    for raw in raws:
        try:
            reviews.append(parse(raw))
        except ReviewFormatError as exc:
            yield (exc.source, exc.problem)
    if reviews:
        yield from extractor.extract_many(reviews, n_process=options.n_process)


def _prepare_parts(parts: Path, options: BuildOptions) -> set[str]:
    """Reuse the parts of an earlier run with the same settings; return the reviews done."""
    stamp = parts / "settings.json"
    fp = options.fingerprint()
    same = stamp.exists() and json.loads(stamp.read_text()).get("fingerprint") == fp
    if parts.exists() and not (options.resume and same):
        shutil.rmtree(parts)
    parts.mkdir(parents=True, exist_ok=True)
    for tmp in parts.glob(".*.tmp"):
        tmp.unlink()
    if not stamp.exists():
        with atomic_write(stamp, "w") as fh:
            json.dump({"fingerprint": fp, "version": __version__}, fh)
    done: set[str] = set()
    for meta in parts.glob("part-*.json"):
        if meta.with_suffix(".nq").exists():
            done.update(json.loads(meta.read_text())["reviews"])
    return done


def _check_unique_ids(raws: list[RawReview]) -> None:
    seen: dict[str, str] = {}
    for r in raws:
        if r.identifier in seen and seen[r.identifier] != r.source:
            raise FilmKGError(
                f"two inputs have the review identifier {r.identifier!r}: {seen[r.identifier]} and {r.source}; "
                "rename one (the identifier is the file name stem)")
        seen[r.identifier] = r.source


def _nquads(g, default: bool = False) -> str:
    """N-Triples of ``g`` labelled with its name (or unlabelled, for the default graph)."""
    # split on "\n" only: str.splitlines() also breaks at \x0c, \x1c or \u2028 inside a literal
    lines = g.serialize(format="nt", encoding="utf-8").decode("utf-8").split("\n")
    if default:
        return "".join(f"{line}\n" for line in lines if line.strip())
    name = f"<{g.identifier}>"
    return "".join(f"{line[:-1].rstrip()} {name} .\n" for line in lines if line.strip())


def _assemble(parts: Path, out: Path, formats: tuple[str, ...]) -> tuple[dict[str, Path], int, dict[str, int]]:
    import pyoxigraph as ox

    # An on-disk store when one is asked for (it is then the output itself), else in memory.
    store_fmt = next((FORMATS[f] for f in formats if FORMATS[f].is_store), None)
    store_tmp = out / f".{store_fmt.filename}.tmp" if store_fmt else None
    if store_tmp is not None:
        shutil.rmtree(store_tmp, ignore_errors=True)
    store = ox.Store(str(store_tmp)) if store_tmp is not None else ox.Store()
    for part in sorted(parts.glob("part-*.nq")):
        store.bulk_load(path=str(part), format=ox.RdfFormat.N_QUADS)
    files = {}
    for f in formats:
        fmt = FORMATS[f]
        path = out / fmt.filename
        fmt.write(store, path)
        files[f] = path
    counts = {}
    for label, cls in (("reviews", "Review"), ("films", "Movie"), ("people", "Person")):
        q = f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ GRAPH ?g {{ ?x a <https://schema.org/{cls}> }} }}"
        counts[label] = int(next(iter(store.query(q)))["n"].value)
    q = ("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?st a <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> } }")
    counts["evidence statements"] = int(next(iter(store.query(q)))["n"].value)
    size = len(store)
    if store_fmt is not None:
        store.flush()
        del store
        final = out / store_fmt.filename
        shutil.rmtree(final, ignore_errors=True)
        store_tmp.rename(final)
    return files, size, counts


class _Linker:
    """IMDb / Wikidata linking when ``linking`` provides it (optional during development)."""

    def __init__(self, options: BuildOptions) -> None:
        self.kb = None
        self.wikidata = None
        self.min_confidence = options.min_confidence
        if options.imdb is not None:
            try:
                from filmkg.linking.imdb_kb import load_kb
            except ImportError:
                load_kb = None
            if load_kb is not None:
                self.kb = load_kb(None if options.imdb == "default" else options.imdb)
        if options.wikidata:
            from filmkg.linking.wikidata import load_wikidata_map

            self.wikidata = load_wikidata_map(options.wikidata)

    def link(self, ex: Extraction) -> None:
        if self.kb is not None:
            from filmkg.linking.imdb_link import link_extraction

            link_extraction(ex, self.kb, min_confidence=self.min_confidence)
        elif ex.review.imdb_id and ex.reviewed_film:
            from filmkg.core.records import Link

            ex.entities[ex.reviewed_film].links["imdb"] = Link(ex.review.imdb_id, "archive-page-link", 1.0)
        if self.wikidata:
            from filmkg.linking.wikidata import link_wikidata

            link_wikidata(ex, self.wikidata)


class ProgressPrinter:
    """One status line on stderr: done/total, rate and time left."""

    def __init__(self) -> None:
        self.start = time.monotonic()

    def __call__(self, done: int, total: int, current: str) -> None:
        if not total or (done != total and done % 25):
            return
        rate = done / max(time.monotonic() - self.start, 1e-6)
        left = (total - done) / rate if rate else 0
        sys.stderr.write(f"\r  {done}/{total} reviews ({100 * done // total}%), {rate:.1f}/s, "
                         f"{left / 60:.0f} min left  {current[:30]:30}")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()
