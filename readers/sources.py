"""Turn command-line inputs (files, folders, globs, the archive tarball) into reviews.

Everything streams: a tarball is read member by member, never unpacked to disk.
"""

from __future__ import annotations

import glob
import tarfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from filmkg.core.errors import InputError, ReviewFormatError
from filmkg.core.records import Review
from filmkg.readers.decode import decode_bytes
from filmkg.readers.html_page import read_html_page
from filmkg.readers.plain_text import read_plain_text

REVIEW_SUFFIXES = {".html", ".htm", ".txt", ".text"}
TAR_SUFFIXES = (".tar.gz", ".tgz", ".tar", ".tar.bz2", ".tar.xz")


@dataclass(frozen=True, slots=True)
class RawReview:
    """A review's bytes and where they came from, before parsing."""

    identifier: str
    source: str
    data: bytes
    is_html: bool


def parse(raw: RawReview) -> Review:
    """Decode and parse one review; raises ReviewFormatError naming the source."""
    try:
        text = decode_bytes(raw.data)
    except Exception as exc:  # pragma: no cover - decode_bytes never fails by design
        raise ReviewFormatError(raw.source, f"cannot decode: {exc}") from exc
    if raw.is_html or _looks_like_html(text):
        return read_html_page(text, raw.identifier, raw.source)
    return read_plain_text(text, raw.identifier, raw.source)


def read_review(path: str | Path) -> Review:
    """Read one review file (HTML page or plain text)."""
    path = Path(path)
    return parse(RawReview(path.stem, str(path), path.read_bytes(), path.suffix.lower() in {".html", ".htm"}))


def iter_raw(inputs: Iterable[str | Path]) -> Iterator[RawReview]:
    """Yield raw reviews from files, folders, glob patterns and tarballs, in a stable order."""
    for item in inputs:
        item = str(item)
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _is_review_file(p))
            if not files:
                raise InputError(f"{item}: folder holds no .html, .txt or tarball files")
            yield from _iter_files(files)
        elif path.is_file():
            yield from _iter_files([path])
        elif any(c in item for c in "*?["):
            files = sorted(Path(p) for p in glob.glob(item, recursive=True) if Path(p).is_file())
            if not files:
                raise InputError(f"{item}: the pattern matches no files")
            yield from _iter_files(files)
        else:
            raise InputError(f"{item}: no such file or folder")


def _iter_files(files: Iterable[Path]) -> Iterator[RawReview]:
    for f in files:
        if f.name.endswith(TAR_SUFFIXES):
            yield from iter_tarball(f)
        else:
            yield RawReview(f.stem, str(f), f.read_bytes(), f.suffix.lower() in {".html", ".htm"})


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
                fh = tar.extractfile(member)
                if fh is None:
                    continue
                yield RawReview(p.stem, f"{path}:{member.name}", fh.read(), p.suffix.lower() in {".html", ".htm"})
    except (tarfile.TarError, EOFError, OSError) as exc:
        raise InputError(f"{path}: not a readable tar archive ({exc})") from exc


def _is_review_file(p: Path) -> bool:
    return p.suffix.lower() in REVIEW_SUFFIXES or p.name.endswith(TAR_SUFFIXES)


def _looks_like_html(text: str) -> bool:
    head = text[:500].lower()
    return "<html" in head or "<head" in head or "<body" in head
