"""The streamed merge (output/merge.py) against a pyoxigraph Store loaded from the same parts."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from filmkg.build import PARTS_DIR
from filmkg.core.records import Link
from filmkg.graph.nquads import review_nquads
from filmkg.output import pretty
from filmkg.output.merge import graph_of, iter_reviews, merge_parts
from filmkg.output.store import MERGED_GRAPHS_PREFIX, UNMERGED_SUBJECTS_PREFIX

from .test_nquads import NASTY, _nasty_extraction

ALL = ("trig", "ttl", "nq", "jsonld", "oxigraph")


def oracle(parts) -> ox.Store:
    store = ox.Store()
    for p in parts:
        store.bulk_load(path=str(p), format=ox.RdfFormat.N_QUADS)
    return store


def oracle_counts(store: ox.Store) -> dict[str, int]:
    counts = {}
    for label, cls in (("reviews", "Review"), ("films", "Movie"), ("people", "Person")):
        q = f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ GRAPH ?g {{ ?x a <https://schema.org/{cls}> }} }}"
        counts[label] = int(next(iter(store.query(q)))["n"].value)
    q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?st a <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> } }"
    counts["evidence statements"] = int(next(iter(store.query(q)))["n"].value)
    return counts


def assert_merge_equals_store(parts, out):
    # the parts as parsed: a Store would not do, it keeps "1.0"^^xsd:decimal as "1"
    expected = {q for p in parts for q in ox.parse(path=str(p), format=ox.RdfFormat.N_QUADS)}
    store = oracle(parts)
    result = merge_parts(parts, out, ALL)
    assert list(result.files) == list(ALL)
    assert result.quads == len(expected)
    assert result.counts == oracle_counts(store)
    for name, fmt in (("trig", ox.RdfFormat.TRIG), ("nq", ox.RdfFormat.N_QUADS), ("jsonld", ox.RdfFormat.JSON_LD)):
        got = list(ox.parse(path=str(result.files[name]), format=fmt))
        assert set(got) == expected, name
    # the store also holds the merge of the review graphs' facts, not their evidence
    # statements, as its default graph (output/store.py)
    merged = {ox.Quad(q.subject, q.predicate, q.object) for q in store
              if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.startswith(MERGED_GRAPHS_PREFIX)
              and not q.subject.value.startswith(UNMERGED_SUBJECTS_PREFIX)}
    assert merged and len(merged) < sum(1 for q in store if isinstance(q.graph_name, ox.NamedNode))
    assert set(ox.Store(str(result.files["oxigraph"]))) == set(store) | merged
    union = {ox.Triple(q.subject, q.predicate, q.object) for q in expected}
    ttl = [ox.Triple(q.subject, q.predicate, q.object)
           for q in ox.parse(path=str(result.files["ttl"]), format=ox.RdfFormat.TURTLE)]
    assert set(ttl) == union
    assert len(ttl) == len(union)  # written once each
    nq_lines = result.files["nq"].read_text(encoding="utf-8").split("\n")
    assert len(nq_lines) - 1 == len(expected)  # no line repeated either
    assert not [p for p in out.iterdir() if p.name.startswith(".") and p.name != PARTS_DIR]
    return result


def test_demo_parts_merge_to_the_same_dataset(demo_build, tmp_path):
    parts = sorted((demo_build.out_dir / PARTS_DIR).glob("part-*.nq"))
    assert parts
    result = assert_merge_equals_store(parts, tmp_path / "out")
    assert result.counts["reviews"] == demo_build.counts["reviews"] == 7
    trig = result.files["trig"].read_text(encoding="utf-8")
    # readable: prefixes, one block per review graph, the review first, links at the end
    assert "rg:4335 {\n    review:4335 a schema:Review ;" in trig
    assert trig.count(" {\n") == 7
    assert trig.index("# Identity links") > trig.rindex("}\n")
    ttl = result.files["ttl"].read_text(encoding="utf-8")
    assert ttl.count("\nfilm:leaving-las-vegas-1995 a schema:Movie") == 1  # the union: each subject once
    # the build wrote each part's sidecar as it went: the same TriG again by concatenation
    copies = []
    for p in parts:
        for suffix in (".nq", ".trig", ".sum"):
            (tmp_path / "parts").mkdir(exist_ok=True)
            (tmp_path / "parts" / p.with_suffix(suffix).name).write_bytes(p.with_suffix(suffix).read_bytes())
        copies.append(tmp_path / "parts" / p.name)
    assert_sidecar_merge_is_the_same(copies, result, tmp_path / "fast")


def test_nasty_literals_and_repeated_links_across_parts(tmp_path, monkeypatch):
    monkeypatch.setattr(pretty, "CHUNK_CHARS", 3000)  # several sorted chunks spilled and merged
    parts_dir = tmp_path / "parts"
    parts_dir.mkdir()
    parts = []
    for k in range(3):
        text = "".join(review_nquads(_nasty_extraction(s, i)) for i, s in enumerate(NASTY) if i % 3 == k)
        # the same film linked from a review in every part: its sameAs triple repeats across reviews
        ex = _nasty_extraction("x", 1000 + k)
        ex.entities[ex.reviewed_film].links["imdb"] = Link("tt0001000", "kb", 0.9)
        text += review_nquads(ex)
        assert "<https://www.imdb.com/title/tt0001000/> .\n" in text
        parts.append(parts_dir / f"part-{k:05d}.nq")
        parts[-1].write_text(text, encoding="utf-8", newline="\n")
    result = assert_merge_equals_store(parts, tmp_path / "out")
    assert result.counts["reviews"] == len(NASTY) + 3
    assert_sidecar_merge_is_the_same(parts, result, tmp_path / "fast")


def assert_sidecar_merge_is_the_same(parts, full, out):
    """TriG + store alone are assembled from the parts' sidecars: the very same bytes and counts."""
    fast = merge_parts(parts, out, ("trig", "oxigraph"))  # sidecars made on the way
    assert all(p.with_suffix(".trig").exists() and p.with_suffix(".sum").exists() for p in parts)
    again = merge_parts(parts, out / "again", ("trig",))  # from the sidecars
    for r in (fast, again):
        assert r.files["trig"].read_bytes() == full.files["trig"].read_bytes()
        assert (r.quads, r.counts) == (full.quads, full.counts)
    assert set(ox.Store(str(fast.files["oxigraph"]))) == set(ox.Store(str(full.files["oxigraph"])))


def test_graph_of_tells_quads_from_triples():
    g = "<https://w3id.org/filmkg/graph/review/1>"
    assert graph_of(f"<s> <p> <o> {g} .\n") == g
    assert graph_of(f'<s> <p> "a <b> c" {g} .\n') == g
    assert graph_of('<s> <p> "a <b>"^^<http://x/dt> .\n') is None
    assert graph_of('<s> <p> "a <b"^^<http://x/dt> .\n') is None
    assert graph_of('<s> <p> "a b <c>" .\n') is None
    assert graph_of("<s> <p> <o> .\n") is None


def test_bad_part_line_named(tmp_path):
    from filmkg.core.errors import FilmKGError

    part = tmp_path / "part-00001.nq"
    part.write_text("<s> <p> <o> <g> .\nnot rdf\n", encoding="utf-8")
    with pytest.raises(FilmKGError, match=r"part-00001.nq: line 2"):
        list(iter_reviews([part]))
