"""Bytes to text for Latin-1 era reviews."""

from __future__ import annotations

import codecs


def _latin1_fallback(err: UnicodeDecodeError) -> tuple[str, int]:
    return err.object[err.start : err.end].decode("latin-1"), err.end


codecs.register_error("filmkg-latin1", _latin1_fallback)


def decode_bytes(data: bytes) -> str:
    """UTF-8 when the bytes are valid UTF-8, else Windows-1252 (a superset of Latin-1).

    The archive is mostly ASCII with Latin-1/cp1252 accents and curly quotes; the five
    bytes cp1252 leaves undefined are read as Latin-1 so that no byte is lost.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="filmkg-latin1")
