"""Bytes to text: UTF-8, UTF-16/32 (BOM or NUL pattern), Latin-1 era cp1252, line by line.

Binary files are refused with a reason (:class:`NotText`) instead of being read as reviews.
The text is NFC-normalised and zero-width and bidi controls are removed here, before any
offset is taken, so every later stage (offsets, names, IRIs) sees one normal form; the curly quotes of
Mac-written pages that a mail gateway turned into other Latin-1 characters are put back (:func:`repair_quotes`).
"""

from __future__ import annotations

import codecs
import re
import unicodedata


class NotText(ValueError):
    """The bytes are not a text review; the message says why."""


def _latin1_fallback(err: UnicodeDecodeError) -> tuple[str, int]:
    return err.object[err.start : err.end].decode("latin-1"), err.end


codecs.register_error("filmkg-latin1", _latin1_fallback)

# UTF-32 first: its little-endian BOM starts with UTF-16's.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
#: Zero-width characters and bidi controls: invisible, they would split or disguise names.
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u061c\ufeff\x00]")
#: C0 controls that text files do not hold (tab, LF, VT, FF, CR and the separators \x1c-\x1f do).
_BINARY_CONTROLS = re.compile(rb"[\x01-\x08\x0e-\x1a\x7f]")


def decode_bytes(data: bytes) -> str:
    """The text of a review file; raises :class:`NotText` for binary data.

    UTF-8 when the bytes are valid UTF-8; UTF-16/32 by their byte-order mark or by the
    pattern of NUL bytes; otherwise each line is decoded on its own, as UTF-8 when it is
    valid UTF-8, else as Windows-1252 (the five bytes cp1252 leaves undefined as Latin-1),
    so a file that mixes both keeps its accents.
    """
    return normalize_text(_decode(data))


def normalize_text(text: str) -> str:
    """NFC, without zero-width and bidi control characters, its curly quotes repaired (see module docstring)."""
    return repair_quotes(unicodedata.normalize("NFC", INVISIBLE.sub("", text)))


#: Curly quotes of Mac-written text that reached the archive as other Latin-1 characters, one family a page:
#: superscripts ("it\u00b9s", "\u00b3Shine\u00b2": 33 pages, 8 critics) and MacRoman read as Latin-1 ("it\u00d5s",
#: "\u00d2X\u00d3": 4 pages, 3 critics). A page is repaired only when it writes two English contractions with the
#: family's apostrophe, so a superscript or an accented capital elsewhere stays as it is. The mapping is one
#: character for one: no offset moves.
_QUOTE_FAMILIES = (
    (re.compile(r"[a-z]\u00b9(?:s|t|re|ve|ll|d|m)\b"), str.maketrans("\u00b9\u00b3\u00b2", "\u2019\u201c\u201d")),
    (re.compile(r"[a-z]\u00d5(?:s|t|re|ve|ll|d|m)\b"),
     str.maketrans("\u00d5\u00d4\u00d2\u00d3", "\u2019\u2018\u201c\u201d")),
)


def repair_quotes(text: str) -> str:
    """``text`` with a Mac page's mistranslated curly quotes put back (see :data:`_QUOTE_FAMILIES`)."""
    for signature, table in _QUOTE_FAMILIES:
        first = signature.search(text)
        if first is not None and signature.search(text, first.end()) is not None:
            return text.translate(table)
    return text


def _decode(data: bytes) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec)
            except UnicodeDecodeError as exc:
                raise NotText(f"starts with a {codec.upper()} byte-order mark but is not valid {codec.upper()} "
                              f"(byte {exc.start + len(bom)})") from None
    if b"\x00" in data:
        codec = _nul_pattern(data)
        if codec is None:
            raise NotText("binary file (NUL bytes), not a text review")
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            raise NotText(f"binary file (NUL bytes, not valid {codec.upper()}), not a text review") from None
    head = data[:65536]
    if head and len(_BINARY_CONTROLS.findall(head)) > max(8, len(head) // 100):
        raise NotText("binary file (control bytes), not a text review")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return "".join(_decode_line(line) for line in data.splitlines(keepends=True))


def _decode_line(line: bytes) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return line.decode("cp1252", errors="filmkg-latin1")


def _nul_pattern(data: bytes) -> str | None:
    """UTF-16/32 without a BOM: ASCII-heavy text puts its NUL bytes at fixed positions."""
    sample = data[:4096]
    n = len(sample)
    if n < 4:
        return None
    for codec, width, offset in (("utf-32-le", 4, 1), ("utf-32-be", 4, 0), ("utf-16-le", 2, 1),
                                 ("utf-16-be", 2, 0)):
        if len(data) % width:
            continue
        units = [sample[i : i + width] for i in range(0, n - n % width, width)]
        if width == 4:
            ok = sum(u[2:] == b"\0\0" if offset else u[:2] == b"\0\0" for u in units)
        else:
            ok = sum(u[offset] == 0 and u[1 - offset] != 0 for u in units)
        if ok >= 0.9 * len(units):
            return codec
    return None
