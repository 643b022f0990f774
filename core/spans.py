"""Overlap tests between character spans in time proportional to the overlaps, not the spans.

Extractors ask "does this span overlap one already taken?" once per candidate; with a plain
list that is quadratic in the review's length (a 40 KB cast list took minutes).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from operator import itemgetter
from typing import Any


class SpanIndex:
    """Half-open spans ``[start, end)``, each with an optional item, sorted by start."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        # one stable sort, not an insert a span: the same order as adding them one by one (a span goes after those
        # with its start already there), without the insert's quadratic cost on a long review
        pairs = sorted(spans, key=itemgetter(0))
        self._spans: list[tuple[int, int, Any]] = [(s, e, None) for s, e in pairs]
        self._starts: list[int] = [s for s, _ in pairs]
        self._longest = max([0] + [e - s for s, e in pairs])

    def add(self, start: int, end: int, item: Any = None) -> None:
        i = bisect.bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._spans.insert(i, (start, end, item))
        self._longest = max(self._longest, end - start)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, Any]]:
        """The spans ``(a, b, item)`` with ``a < end and start < b``, by start."""
        out = []
        # only spans starting before ``end`` can overlap, and none that starts at or before
        # ``start - longest`` reaches past ``start``
        j = bisect.bisect_left(self._starts, end) - 1
        while j >= 0 and self._starts[j] > start - self._longest - 1:
            a, b, item = self._spans[j]
            if a < end and start < b:
                out.append((a, b, item))
            j -= 1
        out.reverse()
        return out

    def overlaps(self, start: int, end: int) -> bool:
        return bool(self.overlapping(start, end))

    def __len__(self) -> int:
        return len(self._spans)
