"""``filmkg build``: read -> extract -> link -> graph -> output, streaming and resumable.

Reviews are processed in batches; each finished batch is written atomically as an
N-Quads part under ``OUT/.filmkg-parts/`` with the reviews it holds, each keyed by a
digest of its bytes and name (and, for the whole folder, the code and settings). A rerun
reuses a part only while every review in it is still an input with the same digest, so an
interrupted build resumes, an edited review is re-extracted and a removed one leaves the
graph. Reviews that fail are reported on every run and never stored.

When all parts are in, the dataset is assembled (pyoxigraph) into a staging folder and
the formats are swapped into ``OUT`` together only once all are written: a failure (disk
full, Ctrl-C) leaves the previous outputs as they were. A lock file keeps two builds out
of one folder; stale temporary files are removed at the next run.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import gc
import hashlib
import json
import os
import shutil
import signal
import sys
import time
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from filmkg import __version__
from filmkg.core.atomic import atomic_write
from filmkg.core.errors import FilmKGError, NothingBuiltError, OutputError, ReviewFormatError
from filmkg.core.records import Extraction, Review
from filmkg.output.formats import DEFAULT_FORMATS, FORMATS
from filmkg.readers.sources import RawReview, iter_raw, parse

if TYPE_CHECKING:
    from filmkg.output.merge import PartSummary

PARTS_DIR = ".filmkg-parts"
STAGING_DIR = ".filmkg-staging"
#: The store being filled while a build extracts (moved into the staging set at the end).
STORE_STAGING = ".filmkg-store-staging"
LOCK_FILE = ".filmkg.lock"
#: Names the outputs of the last build (format -> file): what the next build replaces.
MANIFEST = "filmkg-build.json"


@dataclass
class BuildOptions:
    formats: tuple[str, ...] = DEFAULT_FORMATS
    imdb: str | None = "default"  # a folder of IMDb TSV files; "default" = bundled subset; None = no KB
    wikidata: str | None = None  # CSV/TSV of IMDb id -> Wikidata QID
    #: findings (mentions, facts, links) under this confidence are left out of the graph
    min_confidence: float = 0.5
    n_process: int = 1
    #: the spaCy pipeline under the rules (extractors.pipeline.load_nlp)
    model: str = "filmkg"
    batch_size: int = 200
    store_text: bool = True
    resume: bool = True

    def fingerprint(self) -> str:
        """Parts of an earlier run are reused only with the same settings and the same code."""
        data = json.dumps([__version__, _code_digest(), self.imdb, self.wikidata, self.min_confidence,
                           self.store_text, self.model])
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
    from filmkg.extractors.models import NER_DIR

    # the shipped models and the archive lexicon: a retrained or recounted one changes findings
    models = NER_DIR.parent
    for f in sorted(p for p in models.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        h.update(f.relative_to(models).as_posix().encode())
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
    #: The same file given more than once, built once.
    duplicates: int = 0
    #: Wall seconds per stage: reading the inputs, extraction (read -> extract -> link ->
    #: N-Quads, in the workers), and writing the outputs (the merge; the store's final flush).
    stages: dict[str, float] = field(default_factory=dict)


#: progress(done, total, current review, failures so far)
Progress = Callable[[int, int, str, int], None]


class BuildInterrupted(KeyboardInterrupt):
    """Ctrl-C during a build; the reviews finished so far are saved for the next run."""

    def __init__(self, saved: int) -> None:
        super().__init__()
        self.saved = saved


def build(inputs: Iterable[str | Path], out_dir: str | Path, options: BuildOptions | None = None,
          progress: Progress | None = None, extractor=None) -> BuildReport:
    """Build the knowledge graph of ``inputs`` into ``out_dir``; see the module docstring.

    Raises :class:`NothingBuiltError` when no review could be built and :class:`OutputError`
    when the outputs cannot be written; the previous outputs are untouched in both cases.
    """
    options = options or BuildOptions()
    for f in options.formats:
        if f not in FORMATS:
            raise FilmKGError(f"unknown format {f!r}; choose from {', '.join(FORMATS)}")
    t0 = time.monotonic()
    out = Path(out_dir)
    # the inputs are listed first: a missing one is a usage error that leaves no trace in ``out``
    raws, failed, duplicates = _unique_inputs(iter_raw(inputs, exclude=[out]))
    read_s = time.monotonic() - t0
    with _disk_errors(out), _locked(out):
        _clean_stale(out)
        report = BuildReport(out, failed=failed, duplicates=duplicates, stages={"read inputs": read_s})
        report = _build_locked(raws, report, options, progress, extractor)
    report.seconds = time.monotonic() - t0
    return report


def _build_locked(raws: list[RawReview], report: BuildReport, options: BuildOptions, progress: Progress | None,
                  extractor) -> BuildReport:
    from filmkg.output.merge import PartSummary

    out = report.out_dir
    parts = out / PARTS_DIR
    current = {r.identifier: r.digest for r in raws if r.digest is not None}
    done = _prepare_parts(parts, options, current)
    todo = [r for r in raws if r.identifier not in done]
    report.skipped = len(raws) - len(todo)
    todo = _readable(todo, report)

    linker = _Linker(options) if todo else None  # the KB takes seconds to load; a no-change rerun needs none
    if extractor is None and linker is not None:
        from filmkg.extractors.pipeline import ReviewExtractor, load_nlp
        from filmkg.linking.lexicon import Lexicon

        extractor = ReviewExtractor(nlp=load_nlp(options.model, Lexicon.from_kb(linker.kb)),
                                    min_confidence=options.min_confidence)
    part_no = max((int(p.stem.split("-")[1]) for p in parts.glob("part-*.json")), default=0)
    digests = {r.identifier: r.digest for r in todo}
    if not todo and _outputs_current(out, parts, options.formats):
        return _as_written(report, options.formats)  # nothing changed since: nothing to redo
    # the store's load starts with the first new part, not before: a re-run that only tries pages that fail again
    # would otherwise open (and copy) the last build's whole store for nothing
    feeder = None
    feeder_made = False
    batch: list[str] = []
    ids: dict[str, str] = {}
    summary = PartSummary()
    processed = 0

    def make_feeder() -> None:
        nonlocal feeder, feeder_made
        if not feeder_made:
            feeder_made = True
            feeder = _store_feeder(out, parts, options, {i: current[i] for i in done if i in current}, len(raws))

    def flush() -> None:
        nonlocal part_no, batch, ids, summary
        if not ids:
            return
        make_feeder()  # before this part is written: the feeder's scan of earlier parts must not add it twice
        part_no += 1
        stem = parts / f"part-{part_no:05d}"
        for stale in (".trig", ".sum"):  # left by a part of this number that was being removed
            stem.with_suffix(stale).unlink(missing_ok=True)
        # the .nq first: a part counts only once its .json names it (see _prepare_parts)
        with atomic_write(stem.with_suffix(".nq"), "w") as fh:
            fh.write("".join(batch))
        with atomic_write(stem.with_suffix(".json"), "w") as fh:
            json.dump({"reviews": ids}, fh)
        # the part's TriG and counts (made in the workers): the merge then concatenates
        summary.write(stem.with_suffix(".nq"))
        if feeder is not None:
            feeder.add(stem.with_suffix(".nq"))
        batch, ids, summary = [], {}, PartSummary()

    t_extract = time.monotonic()
    try:
        with _workers_stop_on_interrupt(options.n_process):
            for ident, source, built, problem in process_reviews(todo, extractor, linker, options):
                processed += 1
                if built is None:
                    report.failed.append((source, problem))
                else:
                    batch.append(built[0])
                    summary.extend(built[1])
                    ids[ident] = digests[ident]
                    report.reviews += 1
                if progress:
                    progress(processed, len(todo), ident or source, len(report.failed))
                if len(ids) >= options.batch_size:
                    flush()
        flush()
        report.stages["extract (in the workers)"] = time.monotonic() - t_extract
        # the model, the KB and the pages read are done with: their memory goes back before
        # the store's load, the build's peak (the caller's list of pages is this one)
        global _WORK
        _WORK, extractor, linker = (), None, None
        raws.clear()
        todo.clear()
        gc.collect()
        _trim_heap()
        t_store = time.monotonic()
        store = None
        if report.reviews + report.skipped > 0:
            if report.reviews == 0 and _outputs_current(out, parts, options.formats):
                # only reviews that fail again were tried: the outputs already hold everything else
                return _as_written(report, options.formats)
            make_feeder()  # reviews removed since the last build, and none new: the store still changes
        if feeder is not None:
            note = getattr(progress, "note", None)
            store = feeder.finish(None if note is None else lambda n, of: note(f"store: {n}/{of} parts loaded"))
            report.stages["store: the load"] = time.monotonic() - t_store
    except BaseException as exc:
        feeder_made = True  # the last flush below starts no store load
        if feeder is not None:
            feeder.cancel()
        if isinstance(exc, KeyboardInterrupt):
            # keep what is finished, however small, so that the next run resumes from here
            with contextlib.suppress(OSError):
                flush()
            # ... and leave no temporary file of a part: Ctrl-C may land between a temporary file's creation and
            # the guard that removes it (the run holds the lock, so every one of them is this run's)
            with contextlib.suppress(OSError):
                for tmp in parts.glob(".*.tmp"):
                    if tmp.is_file():
                        tmp.unlink(missing_ok=True)
            raise BuildInterrupted(report.reviews + report.skipped) from None
        raise
    if report.reviews + report.skipped == 0:
        if store is not None:
            shutil.rmtree(store, ignore_errors=True)
        raise NothingBuiltError(f"no review could be built; {out} is unchanged", report.failed)
    t_out = time.monotonic()
    _assemble_and_swap(parts, out, options.formats, report, store)
    report.stages["write outputs"] = time.monotonic() - t_out
    return report


def _trim_heap() -> None:
    """Hands freed heap pages back to the system (glibc keeps them for reuse otherwise)."""
    import ctypes
    import ctypes.util

    with contextlib.suppress(OSError, AttributeError, TypeError):
        ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim(0)


def _unique_inputs(raws: Iterable[RawReview]) -> tuple[list[RawReview], list[tuple[str, str]], int]:
    """The inputs with each review once: the same file given twice is built once, and a
    second file with a review identifier already taken is reported, not merged into the first."""
    from filmkg.graph.iris import safe_identifier

    kept: list[RawReview] = []
    failed: list[tuple[str, str]] = []
    seen: dict[str, RawReview] = {}
    safe_seen: dict[str, str] = {}
    duplicates = 0
    for r in raws:
        first = seen.get(r.identifier)
        if first is not None:
            if first.source == r.source or (first.digest is not None and first.data == r.data):
                duplicates += 1
            else:
                failed.append((r.source, f"the review identifier {r.identifier!r} (the file name stem) is already "
                                         f"taken by {first.source}; rename one of them"))
            continue
        safe = safe_identifier(r.identifier)
        if safe in safe_seen:  # cannot happen by construction; kept as the last line of defence
            failed.append((r.source, f"the review identifier {r.identifier!r} gives the same IRI as "
                                     f"{safe_seen[safe]!r}; rename one of them"))
            continue
        seen[r.identifier] = r
        safe_seen[safe] = r.identifier
        kept.append(r)
    return kept, failed, duplicates


#: What a worker hands back: (identifier, source, (N-Quads, their summary) or None when it
#: failed, problem).
Outcome = tuple[str, str, "tuple[str, PartSummary] | None", str]
#: Reviews per task sent to a worker: small, so Ctrl-C loses little and progress moves evenly.
CHUNK = 4
_WORK: tuple = ()  # (extractor, linker, options), set in the parent before the workers fork


def process_reviews(raws: list[RawReview], extractor, linker: _Linker, options: BuildOptions) -> Iterator[Outcome]:
    """Read, extract, link and serialise every review, in input order.

    With ``n_process > 1`` all of it runs in forked worker processes that inherit the loaded
    model and KB; the parent only receives each review's finished N-Quads (a few KB) and
    writes parts. A worker that dies (out of memory, a crash in native code) costs only the
    reviews it held: they are reported and a fresh pool goes on with the rest.
    """
    # the loaded model and KB (some 400,000 objects) out of the collector's reach: its full
    # passes over them were 5% of a review's CPU, and in forked workers they touched (copied)
    # every shared page
    gc.freeze()
    try:
        yield from _process_all(raws, extractor, linker, options)
    finally:
        gc.unfreeze()


def _process_all(raws: list[RawReview], extractor, linker: _Linker, options: BuildOptions) -> Iterator[Outcome]:
    global _WORK
    _WORK = (extractor, linker, options)
    chunks = [raws[i:i + CHUNK] for i in range(0, len(raws), CHUNK)]
    if options.n_process <= 1 or len(chunks) <= 1:
        for chunk in chunks:
            yield from _process_chunk(chunk)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    ctx = multiprocessing.get_context("fork")
    window = 4 * options.n_process
    pending = list(reversed(chunks))
    while pending:
        pool = ProcessPoolExecutor(options.n_process, mp_context=ctx, initializer=_ignore_sigint)
        try:
            inflight: list[tuple[list[RawReview], object]] = []
            while pending or inflight:
                while pending and len(inflight) < window:
                    chunk = pending.pop()
                    inflight.append((chunk, pool.submit(_process_chunk, chunk)))
                chunk, future = inflight.pop(0)
                try:
                    outcomes = future.result()
                except BrokenProcessPool:
                    for raw in chunk:
                        yield (raw.identifier, raw.source, None, "a worker process died on this batch "
                               "(out of memory or a crash in native code)")
                    pending.extend(reversed([c for c, _ in inflight]))
                    break
                yield from outcomes
        finally:
            pool.shutdown(wait=False, cancel_futures=True)


def _ignore_sigint() -> None:
    # the parent handles Ctrl-C and stops the workers; they must not die mid-write on their own
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _read(raw: RawReview) -> tuple[Review | None, str, str]:
    """The review parsed, or None with the source and the problem."""
    try:
        return parse(raw), raw.source, ""
    except ReviewFormatError as exc:
        return None, exc.source, exc.problem
    except Exception as exc:  # noqa: BLE001 - a reader bug ends one review, not the build
        return None, raw.source, f"reading failed: {type(exc).__name__}: {exc}"


def _readable(todo: list[RawReview], report: BuildReport) -> list[RawReview]:
    """The pages to do that can be read; the others are failed at once. Reading is cheap (the whole archive in 2 s)
    and runs again in the workers; done here first, a re-run whose only work is a page that fails again (no
    review text in it) ends before the model and the KB are loaded."""
    kept = []
    for raw in todo:
        review, source, problem = _read(raw)
        if review is None:
            report.failed.append((source, problem))
        else:
            kept.append(raw)
    return kept


def _process_chunk(raws: list[RawReview]) -> list[Outcome]:
    """Everything one review needs, in whichever process runs it; one bad review never ends the rest."""
    from filmkg.graph.nquads import review_nquads
    from filmkg.output.merge import PartSummary

    extractor, linker, options = _WORK
    out: list[Outcome] = []
    reviews: list[Review] = []
    for raw in raws:
        review, source, problem = _read(raw)
        if review is None:
            out.append((raw.identifier, source, None, problem))
        else:
            reviews.append(review)
    try:
        # one spaCy batch for the chunk; if the model itself stops, redo it review by review
        items = list(extractor.extract_many(reviews))
    except Exception:  # noqa: BLE001
        items = []
        for review in reviews:
            try:
                items.append(next(extractor.extract_many([review])))
            except Exception as exc:  # noqa: BLE001 - the extractor itself stopped on this review
                items.append((review.source, f"extraction failed: {type(exc).__name__}: {exc}"))
    for review, item in zip(reviews, items, strict=True):
        if isinstance(item, tuple):
            out.append((review.identifier, item[0], None, item[1]))
            continue
        try:
            linker.link(item)
            quads = review_nquads(item, store_text=options.store_text)
            # its TriG block and counts too (4% of a review's CPU): spread over the workers,
            # not serial in the one parent that collects every review
            summary = PartSummary.of_quads(quads)
        except Exception as exc:  # noqa: BLE001 - one bad review is reported, never fatal
            out.append((review.identifier, review.source, None, f"linking/graph failed: {type(exc).__name__}: {exc}"))
        else:
            out.append((review.identifier, review.source, (quads, summary), ""))
    return out


def _prepare_parts(parts: Path, options: BuildOptions, current: dict[str, str]) -> set[str]:
    """Keep the parts of an earlier run that still match the inputs; return the reviews they hold.

    A part is kept only with the same code and settings. When some of its reviews were
    edited or removed, the quads of the others (each review is its own named graph) move to a
    new part and only the changed ones are built again.
    """
    stamp = parts / "settings.json"
    fp = options.fingerprint()
    try:
        same = stamp.exists() and json.loads(stamp.read_text()).get("fingerprint") == fp
    except (ValueError, OSError):
        same = False
    if parts.exists() and not (options.resume and same):
        shutil.rmtree(parts)
    parts.mkdir(parents=True, exist_ok=True)
    if not stamp.exists():
        with atomic_write(stamp, "w") as fh:
            json.dump({"fingerprint": fp, "version": __version__}, fh)
    done: set[str] = set()
    for nq in parts.glob("part-*.nq"):
        if not nq.with_suffix(".json").exists():
            _remove_part(nq)  # interrupted between the two writes
    metas = sorted(parts.glob("part-*.json"))
    next_no = max((int(m.stem.split("-")[1]) for m in metas), default=0)
    for meta in metas:
        try:
            reviews = json.loads(meta.read_text())["reviews"]
            valid = isinstance(reviews, dict) and meta.with_suffix(".nq").exists()
        except (ValueError, KeyError, OSError):
            valid = False
        keep = {i: d for i, d in reviews.items() if current.get(i) == d and i not in done} if valid else {}
        if keep and len(keep) == len(reviews):
            done.update(reviews)
            continue
        if keep:
            # some reviews of this part changed or left: carry the others' quads to a new part
            next_no += 1
            _salvage(meta, parts / f"part-{next_no:05d}", keep)
            done.update(keep)
        _remove_part(meta)
    return done


def _remove_part(part: Path) -> None:
    # the .json goes first: without it the part no longer counts (see flush)
    for suffix in (".json", ".nq", ".trig", ".sum"):
        part.with_suffix(suffix).unlink(missing_ok=True)


def _salvage(meta: Path, stem: Path, keep: dict[str, str]) -> None:
    """Write the quads of the ``keep`` reviews of a part as a new part (its .nq first, as in flush)."""
    from filmkg.graph.iris import review_graph_iri
    from filmkg.output.merge import iter_reviews

    graphs = {f"<{review_graph_iri(i)}>" for i in keep}
    with atomic_write(stem.with_suffix(".nq"), "w") as dst:
        # a review's quads are its graph's and, after them, its identity links in the default
        # graph: both go with it
        for graph, named, links in iter_reviews([meta.with_suffix(".nq")]):
            if graph in graphs:
                dst.writelines(named)
                dst.writelines(links)
    with atomic_write(stem.with_suffix(".json"), "w") as fh:
        json.dump({"reviews": keep}, fh)


def _assemble_and_swap(parts: Path, out: Path, formats: tuple[str, ...], report: BuildReport,
                       store: Path | None = None) -> None:
    """Write every format into a staging folder, then move them all into ``out``."""
    staging = out / STAGING_DIR
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    try:
        files, report.quads, report.counts = _assemble(parts, staging, formats, store)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)  # a full disk gets its space back at once
        if store is not None:
            shutil.rmtree(store, ignore_errors=True)
        raise
    old = _read_manifest(out)
    final: dict[str, Path] = {}
    with _sigint_blocked():  # the renames are quick; Ctrl-C waits for them, so no half-swapped set
        for name, path in files.items():
            target = out / path.name
            if path.is_dir():  # a store folder: the old one is moved aside first, then removed
                if target.exists():
                    target.rename(staging / f"{path.name}.old")
                path.rename(target)
            else:
                os.replace(path, target)
            final[name] = target
    # formats the last build wrote and this one does not would no longer match the inputs
    for stale in set(old) - {p.name for p in final.values()}:
        p = out / stale
        if p.is_dir():
            shutil.rmtree(p, ignore_errors=True)
        else:
            p.unlink(missing_ok=True)
    with atomic_write(out / MANIFEST, "w") as fh:
        json.dump({"files": sorted(p.name for p in final.values()), "reviews": report.counts.get("reviews"),
                   "quads": report.quads, "counts": report.counts, "version": __version__,
                   "parts": _parts_digest(parts), "review_digests": _review_digests(parts)}, fh, indent=1)
    shutil.rmtree(staging, ignore_errors=True)
    report.files = final


def _store_feeder(out: Path, parts: Path, options: BuildOptions, done: dict[str, str], n_inputs: int):
    """The background load of the store, when one is asked for: a copy of the last build's
    store with the changed and removed reviews taken out when only a few changed (the new
    parts are added as they come), else a new store filled from every part."""
    from filmkg.output.store import BackgroundLoad, StoreError, check_meta

    if not any(FORMATS[f].is_store for f in options.formats):
        return None
    last = out / FORMATS["oxigraph"].filename
    try:
        old = json.loads((out / MANIFEST).read_text()).get("review_digests")
        check_meta(last)
    except (OSError, ValueError, AttributeError, StoreError):
        old = None
    if isinstance(old, dict) and last.is_dir() and len(done) >= n_inputs / 2:
        # out: what that store holds of a review that is no longer an input, or not as it now is
        feeder = BackgroundLoad(out / STORE_STAGING, base=last,
                                remove=[i for i, d in old.items() if done.get(i) != d])
        # parts made since that store (say by a run that was interrupted) are added too
        for meta in sorted(parts.glob("part-*.json")):
            reviews = json.loads(meta.read_text())["reviews"]
            if any(old.get(i) != d for i, d in reviews.items()):
                feeder.add(meta.with_suffix(".nq"))
        return feeder
    feeder = BackgroundLoad(out / STORE_STAGING)
    for meta in sorted(parts.glob("part-*.json")):
        feeder.add(meta.with_suffix(".nq"))
    return feeder


def _review_digests(parts: Path) -> dict[str, str]:
    found: dict[str, str] = {}
    for meta in sorted(parts.glob("part-*.json")):
        found.update(json.loads(meta.read_text())["reviews"])
    return found


def _parts_digest(parts: Path) -> str:
    """What the outputs were assembled from: every part and the reviews (with digests) it holds."""
    h = hashlib.sha1()
    for meta in sorted(parts.glob("part-*.json")):
        h.update(meta.name.encode())
        h.update(meta.read_bytes())
    return h.hexdigest()


def _outputs_current(out: Path, parts: Path, formats: tuple[str, ...]) -> bool:
    """Are the outputs in ``out`` exactly those of these parts and formats (a no-change re-run)?"""
    try:
        manifest = json.loads((out / MANIFEST).read_text())
    except (OSError, ValueError):
        return False
    wanted = sorted(FORMATS[f].filename for f in formats)
    return (isinstance(manifest, dict) and manifest.get("parts") == _parts_digest(parts)
            and manifest.get("files") == wanted and all((out / n).exists() for n in wanted))


def _as_written(report: BuildReport, formats: tuple[str, ...]) -> BuildReport:
    """The report of outputs left as the last build wrote them (its manifest's figures)."""
    manifest = json.loads((report.out_dir / MANIFEST).read_text())
    report.files = {f: report.out_dir / FORMATS[f].filename for f in formats}
    report.counts = dict(manifest.get("counts") or {})
    report.quads = manifest.get("quads") or 0
    return report


def _read_manifest(out: Path) -> list[str]:
    try:
        names = json.loads((out / MANIFEST).read_text())["files"]
    except (OSError, ValueError, KeyError, TypeError):
        return []
    # only plain names of known outputs: the manifest never points outside the folder
    known = {f.filename for f in FORMATS.values()}
    return [n for n in names if isinstance(n, str) and n in known]


def _clean_stale(out: Path) -> None:
    """Temporary files of a build that was killed (under the lock, so none is in use)."""
    shutil.rmtree(out / STAGING_DIR, ignore_errors=True)
    shutil.rmtree(out / STORE_STAGING, ignore_errors=True)
    for folder in (out, out / PARTS_DIR):
        if not folder.is_dir():
            continue
        for tmp in folder.glob(".*.tmp"):
            if tmp.is_dir():
                shutil.rmtree(tmp, ignore_errors=True)
            else:
                tmp.unlink(missing_ok=True)


@contextlib.contextmanager
def _locked(out: Path) -> Iterator[None]:
    """An exclusive lock on ``out/.filmkg.lock`` for the whole build (released if killed)."""
    import fcntl

    out.mkdir(parents=True, exist_ok=True)
    fd = os.open(out / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputError(f"{out}: another filmkg build is writing this folder (lock {out / LOCK_FILE}); "
                              "wait for it to finish or choose another --out folder") from None
        yield
    finally:
        os.close(fd)


_DISK_FIX = {
    errno.ENOSPC: "free some space (or choose another --out folder) and run the same command again",
    errno.EDQUOT: "free some space (or choose another --out folder) and run the same command again",
    errno.EROFS: "choose a writable --out folder",
    errno.EACCES: "check the folder's permissions or choose another --out folder",
    errno.EPERM: "check the folder's permissions or choose another --out folder",
}


@contextlib.contextmanager
def _disk_errors(out: Path) -> Iterator[None]:
    """An OSError while writing the outputs becomes one line: file, problem, fix."""
    try:
        yield
    except (FilmKGError, KeyboardInterrupt):
        raise
    except OSError as exc:
        fix = _DISK_FIX.get(exc.errno or 0)
        if fix is None and "No space left" not in str(exc):
            raise
        fix = fix or _DISK_FIX[errno.ENOSPC]
        where = exc.filename or out
        problem = exc.strerror or str(exc)
        raise OutputError(f"{where}: {problem}; {fix}. Earlier outputs are unchanged"
                          + (", and finished reviews are kept for the next run" if exc.errno != errno.EROFS
                             else "")) from exc


@contextlib.contextmanager
def _sigint_blocked() -> Iterator[None]:
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


@contextlib.contextmanager
def _workers_stop_on_interrupt(n_process: int) -> Iterator[None]:
    """With worker processes, Ctrl-C stops them at once, so that nobody waits on a dead pipe."""
    import multiprocessing
    import threading

    if n_process <= 1 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum, frame) -> None:
        for child in multiprocessing.active_children():
            child.terminate()
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, stop)
    try:
        with warnings.catch_warnings():
            # spaCy warns that its workers exited abnormally: they were stopped on purpose
            warnings.filterwarnings("ignore", message=r"\[W127\]")
            yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _assemble(parts: Path, out: Path, formats: tuple[str, ...],
              store: Path | None = None) -> tuple[dict[str, Path], int, dict[str, int]]:
    from filmkg.output.merge import merge_parts

    merged = merge_parts(sorted(parts.glob("part-*.nq")), out, formats, store)
    return merged.files, merged.quads, merged.counts


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
    """Reviews done, rate, time left and failures so far on stderr: one line redrawn on a
    terminal, a plain line every ``every`` reviews (and at the end) otherwise, e.g. in a log."""

    def __init__(self, stream=None, every: int = 500) -> None:
        self.start = time.monotonic()
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.every = 25 if self.tty else every

    def __call__(self, done: int, total: int, current: str, failed: int = 0) -> None:
        if not total or (done != total and done % self.every):
            return
        elapsed = max(time.monotonic() - self.start, 1e-6)
        rate = done / elapsed
        left = (total - done) / rate if rate else 0
        line = (f"{done}/{total} reviews ({100 * done // total}%), {rate:.1f}/s, "
                f"{_minutes(left)} left, {failed} failed")
        if self.tty:
            self.stream.write(f"\r  {line}  {current[:30]:30}" + ("\n" if done == total else ""))
        else:
            self.stream.write(f"  [{_minutes(elapsed)}] {line}\n")
        self.stream.flush()

    def note(self, text: str) -> None:
        """A line about a later stage of the build (the store's load), with the time so far."""
        self.stream.write(f"  [{_minutes(time.monotonic() - self.start)}] {text}\n")
        self.stream.flush()


def _minutes(seconds: float) -> str:
    return f"{seconds / 60:.1f} min" if seconds >= 60 else f"{seconds:.0f} s"
