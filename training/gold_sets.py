"""The reviews no silver data may count: dev and every gold set of tests/data, by review id."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def excluded_ids() -> set[str]:
    """Dev and every gold set of tests/data (by file name only): never counted, never trained on."""
    ids = {p.stem for p in (SHARED / "eval" / "dev").glob("*.json")}
    for folder in (ROOT / "tests" / "data").glob("gold-*"):
        ids |= {p.stem for p in folder.glob("*.json")}
    return ids
