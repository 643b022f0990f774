"""filmkg build: the dataset's shape, resumable runs, bad reviews reported and counted."""

from __future__ import annotations

import json

import pytest
from rdflib import Dataset, URIRef
from rdflib.namespace import RDF, SDO

from filmkg.build import PARTS_DIR, BuildOptions, build

from .conftest import EXAMPLES


def test_one_named_graph_per_review(demo_build, demo_dataset):
    ids = sorted(p.stem for p in EXAMPLES.iterdir() if p.suffix in {".html", ".txt"})
    assert demo_build.reviews == len(ids) and not demo_build.failed
    found = {}
    for g in demo_dataset.graphs():
        for review in g.subjects(RDF.type, SDO.Review):
            found[str(g.value(review, SDO.identifier))] = g
    assert sorted(found) == ids
    for g in found.values():
        # self-contained: every entity it uses has its type and name inside it
        for pred in (SDO.actor, SDO.director, SDO.author, SDO.mentions):
            for node in g.objects(None, pred):
                if (node, RDF.type, SDO.Person) in g or (node, RDF.type, SDO.Movie) in g:
                    assert g.value(node, SDO.name) is not None


def test_reviewed_film_and_imdb_link(demo_dataset):
    g = demo_dataset.graph(URIRef("https://w3id.org/filmkg/graph/review/4335"))
    review = URIRef("https://w3id.org/filmkg/id/review/4335")
    film = g.value(review, SDO.itemReviewed)
    assert str(g.value(film, SDO.name)) == "Leaving Las Vegas"
    assert str(film).endswith("/film/leaving-las-vegas-1995")
    # identity links live in the default graph, not in the review's
    assert (film, SDO.sameAs, URIRef("https://www.imdb.com/title/tt0113627/")) in demo_dataset.default_graph
    critic = g.value(review, SDO.author)
    assert str(g.value(critic, SDO.name)) == "James Berardinelli"


def test_all_formats_round_trip(demo_build):
    files = demo_build.files
    assert set(files) == {"trig", "ttl", "nq", "jsonld"}
    sizes = {}
    for name, fmt in (("trig", "trig"), ("nq", "nquads"), ("jsonld", "json-ld")):
        ds = Dataset()
        ds.parse(str(files[name]), format=fmt)
        sizes[name] = sum(len(g) for g in ds.graphs())  # the default graph included
    assert sizes["trig"] == sizes["nq"] == sizes["jsonld"] == demo_build.quads
    from rdflib import Graph

    union = Graph().parse(str(files["ttl"]), format="turtle")
    assert 0 < len(union) <= demo_build.quads
    assert not list(files["trig"].parent.glob(".*.tmp"))


def test_resume_skips_finished_reviews(tmp_path, extractor):
    out = tmp_path / "out"
    first = build([EXAMPLES / "4335.html", EXAMPLES / "2305.html"], out, BuildOptions(formats=("trig",)),
                  extractor=extractor)
    assert (first.reviews, first.skipped) == (2, 0)
    # an interrupted run leaves only whole parts behind; a rerun reuses them
    again = build([EXAMPLES / "4335.html", EXAMPLES / "2305.html", EXAMPLES / "1823.html"], out,
                  BuildOptions(formats=("trig",)), extractor=extractor)
    assert (again.reviews, again.skipped) == (1, 2)
    assert again.counts["reviews"] == 3
    fresh = build([EXAMPLES / "4335.html"], out, BuildOptions(formats=("trig",), resume=False), extractor=extractor)
    assert (fresh.reviews, fresh.skipped, fresh.counts["reviews"]) == (1, 0, 1)


def test_a_no_change_rerun_leaves_the_outputs_alone(tmp_path, extractor):
    out, opts = tmp_path / "out", BuildOptions(formats=("trig", "oxigraph"))
    first = build([EXAMPLES / "4335.html", EXAMPLES / "2305.html"], out, opts, extractor=extractor)
    stamp = (out / "graph.trig").stat().st_mtime_ns
    again = build([EXAMPLES / "4335.html", EXAMPLES / "2305.html"], out, opts, extractor=extractor)
    assert (again.reviews, again.skipped) == (0, 2)
    assert (again.quads, again.counts) == (first.quads, first.counts)
    assert (out / "graph.trig").stat().st_mtime_ns == stamp  # not rewritten
    # another format asked for: the outputs are assembled again
    other = build([EXAMPLES / "4335.html", EXAMPLES / "2305.html"], out, BuildOptions(formats=("nq",)),
                  extractor=extractor)
    assert other.quads == first.quads and (out / "graph.nq").exists() and not (out / "graph.trig").exists()


def test_bad_review_is_reported_and_counted(tmp_path, extractor):
    bad = tmp_path / "in" / "9999.html"
    bad.parent.mkdir()
    bad.write_text("<HTML><BODY><P></P></BODY></HTML>")
    (tmp_path / "in" / "4335.html").write_bytes((EXAMPLES / "4335.html").read_bytes())
    report = build([tmp_path / "in"], tmp_path / "out", BuildOptions(formats=("trig",)), extractor=extractor)
    assert report.reviews == 1
    assert report.failed == [(str(bad), "no review text found in the page")]
    # failures are not stored with the parts: a rerun reports them again, and a fixed file is built
    meta = json.loads(next((tmp_path / "out" / PARTS_DIR).glob("part-*.json")).read_text())
    assert list(meta["reviews"]) == ["4335"]
    again = build([tmp_path / "in"], tmp_path / "out", BuildOptions(formats=("trig",)), extractor=extractor)
    assert again.failed == report.failed and again.skipped == 1
    bad.write_bytes((EXAMPLES / "2305.html").read_bytes())
    fixed = build([tmp_path / "in"], tmp_path / "out", BuildOptions(formats=("trig",)), extractor=extractor)
    assert (fixed.failed, fixed.reviews, fixed.skipped, fixed.counts["reviews"]) == ([], 1, 1, 2)


def test_a_rerun_of_a_page_that_cannot_be_read_loads_no_model(tmp_path, extractor, monkeypatch):
    import filmkg.extractors.pipeline as pipeline_module

    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "9999.html").write_text("<HTML><BODY><P></P></BODY></HTML>")
    (inputs / "4335.html").write_bytes((EXAMPLES / "4335.html").read_bytes())
    out, opts = tmp_path / "out", BuildOptions(formats=("trig",))
    first = build([inputs], out, opts, extractor=extractor)

    def no_model(*args, **kwargs):
        raise AssertionError("the model was loaded")

    monkeypatch.setattr(pipeline_module, "load_nlp", no_model)
    again = build([inputs], out, opts)  # no extractor given: one would be loaded for any page to extract
    assert (again.reviews, again.skipped, again.failed) == (0, 1, first.failed)
    assert again.failed == [(str(inputs / "9999.html"), "no review text found in the page")]


class _FailsOn:
    """The extractor, except that it fails on one review (as the rules would on a page they cannot handle)."""

    def __init__(self, extractor, identifier: str) -> None:
        self.extractor, self.identifier = extractor, identifier

    def extract_many(self, reviews):
        for review in reviews:
            if review.identifier == self.identifier:
                yield (review.source, "extraction failed: made to fail")
            else:
                yield from self.extractor.extract_many([review])


def test_a_rerun_that_only_retries_failing_pages_loads_no_store(tmp_path, extractor, monkeypatch):
    import filmkg.output.store as store_module

    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("4335.html", "2305.html", "1823.html"):
        (inputs / name).write_bytes((EXAMPLES / name).read_bytes())
    out, opts = tmp_path / "out", BuildOptions(formats=("trig", "oxigraph"))
    failing = _FailsOn(extractor, "1823")
    first = build([inputs], out, opts, extractor=failing)
    assert first.reviews == 2 and first.failed == [(str(inputs / "1823.html"), "extraction failed: made to fail")]

    def no_load(*args, **kwargs):
        raise AssertionError("a store load was started")

    monkeypatch.setattr(store_module, "BackgroundLoad", no_load)
    again = build([inputs], out, opts, extractor=failing)
    assert (again.reviews, again.skipped, again.failed) == (0, 2, first.failed)
    assert again.quads == first.quads
    # a removed review changes the store even though nothing new is built: that load still runs
    (inputs / "2305.html").unlink()
    with pytest.raises(AssertionError, match="store load"):
        build([inputs], out, opts, extractor=failing)


def test_oxigraph_store_output_answers_queries(tmp_path, extractor):
    from filmkg.output.query import load_store, query_rows

    out = tmp_path / "out"
    report = build([EXAMPLES / "4335.html"], out, BuildOptions(formats=("trig", "oxigraph")), extractor=extractor)
    assert (out / "graph.oxigraph").is_dir() and not list(out.glob(".graph.oxigraph*"))
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    from_store = query_rows(load_store(out / "graph.oxigraph"), count)
    from_trig = query_rows(load_store(out / "graph.trig"), count)
    assert from_store == from_trig
    assert int(from_store[1][0][0]) > 0 and report.quads >= int(from_store[1][0][0])


def test_odd_line_separators_in_review_text_survive(tmp_path, extractor):
    """Form feeds, \\x1c and U+2028 in a review are text, not line ends (found on the archive)."""
    page = (EXAMPLES / "4335.html").read_text(encoding="latin-1")
    page = page.replace("By their nature", "By their\x0c nature\u2028 and\x1c")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "9001.html").write_text(page, encoding="utf-8")
    report = build([tmp_path / "in"], tmp_path / "out", BuildOptions(formats=("trig", "nq")), extractor=extractor)
    assert report.reviews == 1 and not report.failed
    ds = Dataset()
    ds.parse(str(report.files["nq"]), format="nquads")
    texts = [str(o) for g in ds.graphs() for o in g.objects(None, URIRef("https://schema.org/text"))]
    assert any("By their\x0c nature\u2028 and\x1c" in t for t in texts)


def test_progress_in_a_log_is_plain_lines_with_failures_so_far():
    import io

    from filmkg.build import ProgressPrinter

    log = io.StringIO()
    show = ProgressPrinter(stream=log, every=2)
    for done in range(1, 6):
        show(done, 5, f"r{done}", failed=1 if done > 3 else 0)
    lines = log.getvalue().splitlines()
    assert len(lines) == 3 and "\r" not in log.getvalue()  # at 2, 4 and the end
    assert "2/5 reviews (40%)" in lines[0] and lines[0].endswith("left, 0 failed")
    assert "5/5 reviews (100%)" in lines[2] and lines[2].endswith("0 s left, 1 failed")


def test_store_follows_edits_and_removals_incrementally(tmp_path, extractor):
    import pyoxigraph as ox

    from filmkg.output.store import read_meta

    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    names = ("4335", "2305", "1823", "13195", "22490")
    for n in names:
        (src / f"{n}.html").write_bytes((EXAMPLES / f"{n}.html").read_bytes())
    opts = BuildOptions(formats=("trig", "oxigraph"))
    build([src], out, opts, extractor=extractor)
    page = (src / "2305.html").read_text(encoding="latin-1")
    (src / "2305.html").write_text(page.replace("A film review by", "Added by an edit. A film review by"),
                                   encoding="latin-1")
    (src / "1823.html").unlink()
    again = build([src], out, opts, extractor=extractor)
    assert (again.reviews, again.skipped) == (1, 3)
    # the last store, updated (its history says what was taken out), not loaded again
    history = read_meta(out / "graph.oxigraph")["loaded"]
    assert {"removed_reviews": ["1823", "2305"]} in history and len(history) == 3
    fresh = build([src], tmp_path / "fresh", BuildOptions(formats=("trig", "oxigraph"), resume=False),
                  extractor=extractor)
    assert fresh.counts == again.counts
    assert set(ox.Store(str(out / "graph.oxigraph"))) == set(ox.Store(str(tmp_path / "fresh" / "graph.oxigraph")))


def test_a_rerun_after_an_edit_holds_the_same_quads_as_a_fresh_build(tmp_path, extractor):
    """The reviews that share a part with an edited one are carried over whole, links included."""
    src = tmp_path / "in"
    src.mkdir()
    for n in ("4335", "2305", "1823"):
        (src / f"{n}.html").write_bytes((EXAMPLES / f"{n}.html").read_bytes())
    opts = BuildOptions(formats=("nq",))
    build([src], tmp_path / "out", opts, extractor=extractor)
    page = (src / "2305.html").read_text(encoding="latin-1")
    (src / "2305.html").write_text(page.replace("A film review by", "Added by an edit. A film review by"),
                                   encoding="latin-1")
    again = build([src], tmp_path / "out", opts, extractor=extractor)
    fresh = build([src], tmp_path / "fresh", opts, extractor=extractor)
    assert (again.reviews, again.skipped) == (1, 2)
    lines = {p: set(p.read_text(encoding="utf-8").splitlines()) for p in (again.files["nq"], fresh.files["nq"])}
    links = [line for line in lines[fresh.files["nq"]] if "https://www.imdb.com/" in line]
    assert links and lines[again.files["nq"]] == lines[fresh.files["nq"]]


def test_a_recounted_lexicon_or_retrained_model_makes_parts_stale(tmp_path, monkeypatch):
    import filmkg.extractors.models as models
    from filmkg.build import _code_digest

    (tmp_path / "ner").mkdir()
    (tmp_path / "ner" / "config.cfg").write_text("[nlp]\n")
    (tmp_path / "lexicon.json.gz").write_bytes(b"one count")
    monkeypatch.setattr(models, "NER_DIR", tmp_path / "ner")
    before = _code_digest.__wrapped__()
    (tmp_path / "lexicon.json.gz").write_bytes(b"another count")  # a file beside the NER model
    assert _code_digest.__wrapped__() != before
