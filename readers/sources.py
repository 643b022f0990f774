"""Turn command-line inputs (files, folders, globs, the archive tarball) into reviews.

Everything streams: a tarball is read member by member, never unpacked to disk. A file
that cannot be read (no permission, too big, binary) still becomes a :class:`RawReview`
that carries its problem, so the build reports it by name and goes on.
"""

from __future__ import annotations

import glob
import hashlib
import os
import tarfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from filmkg.core.errors import InputError, ReviewFormatError
from filmkg.core.records import Review
from filmkg.readers.decode import NotText, decode_bytes
from filmkg.readers.html_page import read_html_page
from filmkg.readers.plain_text import read_plain_text

REVIEW_SUFFIXES = {".html", ".htm", ".txt", ".text"}
TAR_SUFFIXES = (".tar.gz", ".tgz", ".tar", ".tar.bz2", ".tar.xz")
#: The largest review text read (characters): over 4 times the archive's largest page (57 KB);
#: spaCy takes about a minute and under 1 GB on a review this long (benchmarks/bench_hostile.py).
MAX_TEXT_CHARS = 250_000
#: Files larger than this are not even read (HTML markup can be several times its text).
MAX_FILE_BYTES = 4 * MAX_TEXT_CHARS
#: What `filmkg viz` writes into its pages; such a file is an output, never a review.
OWN_OUTPUT_MARK = b'<meta name="generator" content="filmkg'


@dataclass(frozen=True, slots=True)
class RawReview:
    """A review's bytes and where they came from, before parsing."""

    identifier: str
    source: str
    data: bytes
    is_html: bool
    #: Why the file could not be read (then ``data`` is empty).
    error: str | None = None

    @property
    def digest(self) -> str | None:
        """What the review's graph depends on: its bytes and its name (None when unreadable)."""
        if self.error is not None:
            return None
        h = hashlib.sha1(self.data)
        h.update(f"\x00{self.identifier}\x00{self.source}\x00{self.is_html}".encode("utf-8", "surrogatepass"))
        return h.hexdigest()


def parse(raw: RawReview) -> Review:
    """Decode and parse one review; raises ReviewFormatError naming the source."""
    if raw.error is not None:
        raise ReviewFormatError(raw.source, raw.error)
    if len(raw.data) > MAX_FILE_BYTES:
        raise ReviewFormatError(raw.source, _too_big(len(raw.data), "bytes", MAX_FILE_BYTES))
    try:
        text = decode_bytes(raw.data)
    except NotText as exc:
        raise ReviewFormatError(raw.source, str(exc)) from None
    if raw.is_html or _looks_like_html(text):
        review = read_html_page(text, raw.identifier, raw.source)
    else:
        review = read_plain_text(text, raw.identifier, raw.source)
    if len(review.text) > MAX_TEXT_CHARS:
        raise ReviewFormatError(raw.source, _too_big(len(review.text), "characters of text", MAX_TEXT_CHARS))
    return review


def _too_big(size: int, unit: str, limit: int) -> str:
    return f"too big: {size:,} {unit}, over the limit of {limit:,}; split it into smaller reviews"


def read_review(path: str | Path) -> Review:
    """Read one review file (HTML page or plain text)."""
    return parse(_read_file(Path(path)))


def iter_raw(inputs: Iterable[str | Path], exclude: Iterable[str | Path] = ()) -> Iterator[RawReview]:
    """Yield raw reviews from files, folders, glob patterns and tarballs, in a stable order.

    Folders in ``exclude`` (the build's own output folder) and pages that filmkg wrote
    (``graph.html``) are never read as reviews.
    """
    excluded = [Path(os.path.abspath(p)) for p in exclude]

    def inside(a: Path, folder: Path) -> bool:
        return a == folder or folder in a.parents

    for item in inputs:
        item = str(item)
        path = Path(item)
        # an input named inside the output folder is still read (`filmkg eval` keeps its inputs there)
        skip = [x for x in excluded if not inside(Path(os.path.abspath(item.split("*")[0] or ".")), x)]

        def wanted(p: Path, skip=skip) -> bool:
            return not any(inside(Path(os.path.abspath(p)), x) for x in skip)

        try:
            if path.is_dir():
                files = sorted(p for p in path.rglob("*") if _is_review_file(p) and wanted(p) and p.is_file())
                if not files:
                    raise InputError(f"{_show(item)}: folder holds no .html, .txt or tarball files")
                yield from _iter_files(files)
            elif path.is_file():
                yield from _iter_files([path])
            elif any(c in item for c in "*?["):
                files = sorted(Path(p) for p in glob.glob(item, recursive=True) if Path(p).is_file() and wanted(p))
                if not files:
                    raise InputError(f"{_show(item)}: the pattern matches no files")
                yield from _iter_files(files)
            else:
                raise InputError(f"{_show(item)}: no such file or folder")
        except PermissionError as exc:
            raise InputError(f"{_show(exc.filename or item)}: cannot list the folder ({exc.strerror}); "
                             "check its permissions") from None


def _iter_files(files: Iterable[Path]) -> Iterator[RawReview]:
    for f in files:
        if f.name.endswith(TAR_SUFFIXES):
            yield from iter_tarball(f)
        else:
            raw = _read_file(f)
            if not (raw.is_html and OWN_OUTPUT_MARK in raw.data[:4096]):
                yield raw


def _read_file(f: Path) -> RawReview:
    identifier, source, is_html = _show(f.stem), _show(str(f)), f.suffix.lower() in {".html", ".htm"}
    try:
        size = f.stat().st_size
        if size > MAX_FILE_BYTES:
            return RawReview(identifier, source, b"", is_html, _too_big(size, "bytes", MAX_FILE_BYTES))
        return RawReview(identifier, source, f.read_bytes(), is_html)
    except OSError as exc:
        fix = "; check its permissions" if isinstance(exc, PermissionError) else ""
        return RawReview(identifier, source, b"", is_html, f"cannot read the file ({exc.strerror or exc}){fix}")


def _show(name: str) -> str:
    """A file name as text: names that are not UTF-8 (bytes kept as surrogates) read as cp1252."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", errors="filmkg-latin1")


def iter_tarball(path: Path) -> Iterator[RawReview]:
    """Stream the review members of a tarball (the archive), in the tarball's order."""
    try:
        with tarfile.open(path, mode="r|*") as tar:
            for member in tar:
                if not member.isfile():
                    continue
                p = Path(member.name)
                if p.suffix.lower() not in REVIEW_SUFFIXES:
                    continue
                is_html = p.suffix.lower() in {".html", ".htm"}
                source = _show(f"{path}:{member.name}")
                if member.size > MAX_FILE_BYTES:
                    yield RawReview(_show(p.stem), source, b"", is_html, _too_big(member.size, "bytes", MAX_FILE_BYTES))
                    continue
                fh = tar.extractfile(member)
                if fh is None:
                    continue
                data = fh.read()
                if not (is_html and OWN_OUTPUT_MARK in data[:4096]):
                    yield RawReview(_show(p.stem), source, data, is_html)
    except (tarfile.TarError, EOFError, OSError) as exc:
        raise InputError(f"{_show(str(path))}: not a readable tar archive ({exc})") from exc


def _is_review_file(p: Path) -> bool:
    return p.suffix.lower() in REVIEW_SUFFIXES or p.name.endswith(TAR_SUFFIXES)


def _looks_like_html(text: str) -> bool:
    head = text[:500].lower()
    return "<html" in head or "<head" in head or "<body" in head
