"""core/spans.SpanIndex: built at once or span by span, it answers the same."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from filmkg.core.spans import SpanIndex

SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda t: (t[0], t[0] + t[1])), max_size=30)


@settings(max_examples=200, deadline=None)
@given(spans=SPANS, queries=st.lists(st.tuples(st.integers(0, 70), st.integers(0, 10)), min_size=1, max_size=10))
def test_built_at_once_as_added_one_by_one(spans: list[tuple[int, int]], queries: list[tuple[int, int]]) -> None:
    at_once, one_by_one = SpanIndex(spans), SpanIndex()
    for s, e in spans:
        one_by_one.add(s, e)
    assert len(at_once) == len(spans)
    for s, n in queries:
        expected = sorted((a, b) for a, b in spans if a < s + n and s < b)
        assert sorted((a, b) for a, b, _ in at_once.overlapping(s, s + n)) == expected
        assert at_once.overlapping(s, s + n) == one_by_one.overlapping(s, s + n)


def test_overlaps_after_adding_to_a_built_index() -> None:
    index = SpanIndex([(10, 20), (0, 5)])
    index.add(30, 40, "x")
    assert index.overlaps(4, 6) and index.overlaps(35, 36) and not index.overlaps(5, 10)
    assert index.overlapping(0, 50) == [(0, 5, None), (10, 20, None), (30, 40, "x")]
