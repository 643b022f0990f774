"""Property tests (hypothesis): readers, normal forms and IRI minting hold for any input."""

from __future__ import annotations

import codecs
import io
import unicodedata
import xml.etree.ElementTree as ET

import networkx as nx
import pyoxigraph as ox
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal
from rdflib.namespace import SDO

from filmkg.core.normalize import fold, name_key, slug, title_case, unsuffix_article
from filmkg.core.records import Entity
from filmkg.core.spans import SpanIndex
from filmkg.graph.iris import MAX_LOCAL, entity_iri, review_graph_iri, review_iri, safe_identifier
from filmkg.output.network import write_network
from filmkg.output.query import csv_safe
from filmkg.readers.decode import INVISIBLE, NotText, decode_bytes, normalize_text
from filmkg.readers.sources import RawReview, parse

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# text as reviews hold it: any character but the C0 controls that mark a file as binary
TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="".join(
    map(chr, [*range(0, 9), *range(14, 27), 0x7F]))), min_size=0, max_size=300)


@FAST
@given(st.binary(max_size=2000))
def test_any_bytes_decode_or_are_refused_with_a_reason(data):
    try:
        text = decode_bytes(data)
    except NotText as exc:
        assert "not" in str(exc)
        return
    assert not INVISIBLE.search(text) and unicodedata.is_normalized("NFC", text)


@FAST
@given(TEXT, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_text_in_any_unicode_encoding_reads_back(text, codec):
    data = text.encode(codec)  # utf-16/32 write a byte-order mark
    assert decode_bytes(data) == normalize_text(text)


@FAST
@given(st.lists(st.one_of(TEXT.map(lambda t: t.replace("\n", " ").encode("utf-8")),
                          st.text("abcdéèçñüö\u2019\u201c\u201d ", max_size=40).map(
                              lambda t: t.encode("cp1252"))), max_size=8))
def test_mixed_lines_each_keep_their_encoding(lines):
    data = b"\n".join(lines)
    if b"\x00" in data:
        return
    try:
        text = decode_bytes(data)
    except NotText:
        return
    if not _valid_utf8(data):
        for line in lines:
            expect = line.decode("utf-8") if _valid_utf8(line) else line.decode("cp1252")
            assert normalize_text(expect) in text


def _valid_utf8(b: bytes) -> bool:
    try:
        b.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


@FAST
@given(st.binary(max_size=3000), st.booleans(), st.text(max_size=30))
def test_the_readers_never_fail_but_with_a_review_format_error(data, is_html, name):
    from filmkg.core.errors import ReviewFormatError

    try:
        review = parse(RawReview(name or "x", "src", data, is_html))
    except ReviewFormatError as exc:
        assert exc.source == "src" and exc.problem
        return
    if review.title_span:
        s, e = review.title_span
        assert 0 <= s <= e <= len(review.text)


@FAST
@given(st.text(max_size=400))
def test_normal_forms_never_fail(name):
    assert isinstance(fold(name), str) and isinstance(name_key(name, film=True), str)
    assert slug(name) and " " not in slug(name)
    title_case(name)
    unsuffix_article(name)


@FAST
@given(st.text(max_size=600), st.integers(min_value=1800, max_value=2100) | st.none(),
       st.sampled_from(["film", "person", "work"]))
def test_any_name_gives_a_valid_bounded_iri_and_parseable_trig(name, year, kind):
    iri = entity_iri(Entity(kind, name, year if kind == "film" else None))
    local = str(iri).rsplit("/", 1)[1]
    assert 0 < len(local) <= MAX_LOCAL + 5  # "-1999" after a capped film title
    assert not INVISIBLE.search(str(iri)) and unicodedata.is_normalized("NFC", str(iri))
    ox.NamedNode(str(iri))  # a strict IRI check
    rid = review_iri(name or "x")
    g = Graph(identifier=review_graph_iri(name or "x"))
    g.add((iri, SDO.name, Literal(name)))
    g.add((rid, SDO.about, iri))
    ds = Dataset()
    ds.graph(g.identifier).__iadd__(g)
    trig = ds.serialize(format="trig")
    store = ox.Store()
    store.load(io.BytesIO(trig.encode("utf-8")), ox.RdfFormat.TRIG)
    assert len(store) == 2
    assert len(Dataset().parse(data=trig, format="trig").graph(g.identifier)) == 2


@FAST
@given(st.text(min_size=1, max_size=200), st.text(min_size=1, max_size=200))
def test_distinct_review_identifiers_never_share_an_iri(a, b):
    if a != b:
        assert safe_identifier(a) != safe_identifier(b)
    assert len(safe_identifier(a)) <= MAX_LOCAL


@FAST
@given(st.text(max_size=60), st.text(max_size=60))
def test_graphml_and_gexf_are_well_formed_for_any_name(name, other):
    G = nx.Graph()
    G.add_node("n1", name=name, kind="person")
    G.add_node(f"n2{other}", name=other, kind="film")
    G.add_edge("n1", f"n2{other}", role=name)
    for fmt in ("graphml", "gexf"):
        buf = io.BytesIO()
        write_network(G, buf, fmt)
        ET.fromstring(buf.getvalue())  # well-formed XML
        back = nx.read_graphml(io.BytesIO(buf.getvalue())) if fmt == "graphml" else \
            nx.read_gexf(io.BytesIO(buf.getvalue()))
        assert back.number_of_nodes() == 2 and back.number_of_edges() == 1


@FAST
@given(st.text(max_size=40))
def test_csv_cells_never_start_a_formula(cell):
    safe = csv_safe(cell)
    if safe[:1] in ("=", "+", "-", "@", "\t", "\r"):
        float(safe)  # only numbers may start with a sign


@FAST
@given(st.lists(st.tuples(st.integers(0, 200), st.integers(0, 30)), max_size=40),
       st.lists(st.tuples(st.integers(-5, 220), st.integers(0, 30)), max_size=20))
def test_span_index_answers_as_a_scan_does(spans, queries):
    spans = [(a, a + n) for a, n in spans]
    ix = SpanIndex(spans)
    for s, n in queries:
        e = s + n
        assert sorted((a, b) for a, b, _ in ix.overlapping(s, e)) == sorted((a, b) for a, b in spans
                                                                            if a < e and s < b)


def test_byte_order_marks_take_precedence():
    assert decode_bytes(codecs.BOM_UTF32_LE + "Ok".encode("utf-32-le")) == "Ok"
    assert decode_bytes(codecs.BOM_UTF16_BE + "Ok".encode("utf-16-be")) == "Ok"
