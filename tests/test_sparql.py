"""SPARQL the way linked-data users expect it: the store (merged default graph, version
check), the library of example queries on the demo graph, and the endpoint driven by real
clients (SPARQLWrapper, rdflib's SPARQLStore) over GET and POST."""

from __future__ import annotations

import csv
import gzip
import io
import json
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from filmkg.cli import cli
from filmkg.core.errors import EXIT_USAGE
from filmkg.output import store as store_mod
from filmkg.queries import ExampleError, bind, examples, get

SCHEMA = "PREFIX schema: <https://schema.org/>\n"
ACTOR_CREDITS = SCHEMA + "SELECT ?f ?a WHERE { ?f schema:actor ?a }"
CAGE_COSTARS = {"Elisabeth Shue", "Julian Lennon", "Julian Sands", "Laurie Metcalf", "Richard Lewis", "Valeria Golino"}


@pytest.fixture(scope="module")
def demo_store(demo_build, tmp_path_factory) -> Path:
    """The demo graph loaded once into a store folder, as `filmkg load` does."""
    folder = tmp_path_factory.mktemp("store") / "demo.store"
    store_mod.load([demo_build.files["trig"]], folder)
    return folder


@pytest.fixture(scope="module")
def kg(demo_store):
    import filmkg

    return filmkg.open(demo_store)


# ------------------------------------------------------------------------------ the store
def test_default_graph_is_the_merge_and_graph_reaches_each_review(kg):
    merged = kg.query(ACTOR_CREDITS)
    per_graph = kg.query(SCHEMA + "SELECT ?g ?f ?a WHERE { GRAPH ?g { ?f schema:actor ?a } }")
    assert len(merged) == len({tuple(r) for r in merged.rows}) > 60  # a set: each credit once
    # Leaving Las Vegas' cast is stated by two reviews: those credits come once per graph
    assert len(per_graph) - len(merged) >= 5
    assert {(r["f"], r["a"]) for r in per_graph} == set(merged.rows)
    twice = kg.query(SCHEMA + 'SELECT DISTINCT ?g WHERE { GRAPH ?g { ?f schema:actor ?a . '
                                        '?a schema:name "Nicolas Cage" } }')
    assert sorted(twice.column("g")) == ["https://w3id.org/filmkg/graph/review/4335",
                                         "https://w3id.org/filmkg/graph/review/people-1995-leaving-las-vegas"]


def test_imported_graphs_stay_out_of_the_default_graph(tmp_path, demo_build):
    extra = tmp_path / "imdb.nq"
    extra.write_text('<https://w3id.org/filmkg/id/film/x> <https://schema.org/actor> '
                     '<https://w3id.org/filmkg/id/person/y> <https://w3id.org/filmkg/graph/imdb/title.principals> .\n')
    report = store_mod.load([demo_build.files["nq"], extra], tmp_path / "s")
    st = store_mod.open_store(tmp_path / "s")
    assert report.quads_read == demo_build.quads + 1 and len(st) == report.quads
    x = ox.NamedNode("https://w3id.org/filmkg/id/film/x")
    assert list(st.quads_for_pattern(x, None, None, ox.DefaultGraph())) == []
    assert len(list(st.quads_for_pattern(x, None, None, None))) == 1


def test_load_adds_to_a_store_and_reads_gzip(tmp_path, demo_build):
    nq = Path(demo_build.files["nq"])
    gz = tmp_path / "graph.nq.gz"
    gz.write_bytes(gzip.compress(nq.read_bytes()))
    once = store_mod.load([demo_build.files["trig"]], tmp_path / "s")
    again = store_mod.load([gz], tmp_path / "s")  # the same quads: nothing new
    assert again.quads == once.quads and again.quads_read == demo_build.quads
    extra = tmp_path / "extra.trig"
    extra.write_text("<https://w3id.org/filmkg/graph/review/t1> { <https://w3id.org/filmkg/id/film/a> "
                     "<https://schema.org/name> \"A\" . }\n")
    third = store_mod.load([extra], tmp_path / "s")
    assert third.quads == once.quads + 2  # the quad, and its triple in the default graph
    meta = json.loads((tmp_path / "s" / store_mod.META_FILE).read_text())
    assert [Path(x["file"]).name for x in meta["loaded"]] == ["graph.trig", "graph.nq.gz", "extra.trig"]
    assert meta["pyoxigraph"] == ox.__version__


def test_cli_load_prints_quads_and_time(tmp_path, demo_build):
    result = CliRunner().invoke(cli, ["load", str(demo_build.files["trig"]), "--store", str(tmp_path / "s")])
    assert result.exit_code == 0, result.output
    assert f"Loaded {demo_build.quads:,} quads from 1 file(s) in" in result.output and " s; " in result.output


def test_store_from_another_pyoxigraph_series_is_refused_clearly(tmp_path, demo_build):
    store_mod.load([demo_build.files["nq"]], tmp_path / "s")
    meta_file = tmp_path / "s" / store_mod.META_FILE
    meta = json.loads(meta_file.read_text())
    meta["pyoxigraph"] = "0.4.11"
    meta_file.write_text(json.dumps(meta))
    result = CliRunner().invoke(cli, ["query", str(tmp_path / "s"), "ASK {}"])
    assert result.exit_code == EXIT_USAGE
    assert "written by pyoxigraph 0.4.11" in result.output and "filmkg load" in result.output
    assert "Traceback" not in result.output


def test_folders_that_are_not_filmkg_stores_are_refused_clearly(tmp_path, demo_build):
    plain = tmp_path / "plain"
    ox.Store(str(plain)).flush()  # a pyoxigraph store without the merged default graph
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.txt").write_text("x")
    runner = CliRunner()
    for folder, words in ((plain, "did not write"), (empty, "not a filmkg store")):
        result = runner.invoke(cli, ["query", str(folder), "ASK {}"])
        assert result.exit_code == EXIT_USAGE and words in result.output and "Traceback" not in result.output
        result = runner.invoke(cli, ["load", str(demo_build.files["nq"]), "--store", str(folder)])
        assert result.exit_code == EXIT_USAGE and words in result.output
    bad = tmp_path / "bad.nq"
    bad.write_text("<http://a> <http://b> .\n")
    result = runner.invoke(cli, ["load", str(bad), "--store", str(tmp_path / "new")])
    assert result.exit_code == EXIT_USAGE and "bad.nq: not valid" in result.output


def test_build_oxigraph_is_a_store_with_the_merged_default_graph(tmp_path, extractor):
    from filmkg.build import BuildOptions, build
    from tests.conftest import EXAMPLES

    out = tmp_path / "out"
    report = build([EXAMPLES / "4335.html", EXAMPLES / "people-1995-leaving-las-vegas.txt"], out,
                   BuildOptions(formats=("nq", "oxigraph")), extractor=extractor)
    st = store_mod.open_store(out / "graph.oxigraph")
    n_file = sum(1 for _ in ox.parse(path=str(out / "graph.nq"), format=ox.RdfFormat.N_QUADS))
    assert report.quads == n_file  # the dumped files are the dataset, without the merged copy
    q = ACTOR_CREDITS.replace("?f ?a", "(COUNT(*) AS ?n)")
    merged = int(next(iter(st.query(q)))["n"].value)
    union = int(next(iter(st.query(q.replace("{ ?f", "{ GRAPH ?g { ?f") + " }")))["n"].value)
    actor = ox.NamedNode("https://schema.org/actor")
    stated = [(x.subject, x.object) for x in ox.parse(path=str(out / "graph.nq"), format=ox.RdfFormat.N_QUADS)
              if x.predicate == actor]
    assert (merged, union) == (len(set(stated)), len(stated)) and merged < union  # both reviews name the cast


# ------------------------------------------------------------------------------ the library
def test_every_example_has_a_header_and_documented_parameters():
    found = examples()
    assert set(found) >= {"films-of-actor", "costars", "director-regulars", "films-mentioned", "critics-of-person",
                          "credit-evidence", "imdb-links", "credits-not-in-imdb", "most-mentioned"}
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for ex in found.values():
        assert ex.title and ex.text.startswith("#")
        assert f"`{ex.name}`" in readme, f"{ex.name} is not in the README's query table"
        for p in ex.params:
            assert p.description and f"?{p.name}" in ex.text


def test_sparqlwrapper_sends_every_library_query_as_a_query():
    """SPARQLWrapper guesses the query form from the text (comments included): a header
    that mentioned, say, loading would make it send the query as an update."""
    from SPARQLWrapper import SPARQLWrapper

    sparql = SPARQLWrapper("http://127.0.0.1:9/sparql")
    for ex in examples().values():
        sparql.setQuery(ex.bind())
        assert sparql.queryType == "SELECT" and not sparql.isSparqlUpdateRequest(), ex.name


def test_parameters_are_bound_as_rdf_terms_never_pasted(kg):
    hostile = 'Cage" } ?s ?p ?o . FILTER(true) #'
    text = get("costars").bind(actor=hostile)
    assert 'VALUES ?actor { "Cage\\" } ?s ?p ?o . FILTER(true) #" }' in text
    assert len(kg.query(text)) == 0  # the whole string is one literal that names nobody
    assert "VALUES ?min { \"3\"^^<http://www.w3.org/2001/XMLSchema#integer> }" in get("director-regulars").bind(min=3)
    with pytest.raises(ExampleError, match="not a valid integer"):
        get("director-regulars").bind(min="3; DROP")
    with pytest.raises(ExampleError, match="no parameter actress; it takes: actor"):
        bind(get("costars"), {"actress": "x"})


def test_films_of_actor(kg):
    rows = kg.example("films-of-actor", actor="Nicolas Cage")
    assert list(rows) == [{"film": "Leaving Las Vegas", "year": "1995", "reviews": 2}]
    shue = kg.example("films-of-actor", actor="Elisabeth Shue")
    assert set(shue.column("film")) == {"Leaving Las Vegas", "Cocktail", "Soapdish", "The Karate Kid"}


def test_costars_of_nicolas_cage(kg):
    rows = kg.example("costars", actor="Nicolas Cage")
    assert set(rows.column("costar")) == CAGE_COSTARS
    assert set(rows.column("films")) == {"Leaving Las Vegas"} and set(rows.column("shared")) == {1}
    affleck = {r["costar"]: r["films"] for r in kg.example("costars", actor="Ben Affleck")}
    assert affleck["Liv Tyler"] == "Armageddon" and affleck["Gwyneth Paltrow"] == "Bounce"


def test_director_regulars(kg, tmp_path, demo_build):
    assert len(kg.example("director-regulars")) == 0  # no pair shares two films in the demo
    once = {(r["director"], r["actor"]) for r in kg.example("director-regulars", director="Steven Spielberg", min=1)}
    assert once == {("Steven Spielberg", a) for a in ("Ben Kingsley", "John Malkovich", "Liam Neeson",
                                                      "Ralph Fiennes")}
    # one more review graph crediting Spielberg and Neeson on another film makes a regular
    extra = tmp_path / "extra.trig"
    extra.write_text("""@prefix schema: <https://schema.org/> .
<https://w3id.org/filmkg/graph/review/t1> {
  <https://w3id.org/filmkg/id/film/t> a schema:Movie ; schema:name "T" ;
      schema:director <https://w3id.org/filmkg/id/person/steven-spielberg> ;
      schema:actor <https://w3id.org/filmkg/id/person/liam-neeson> .
}
""")
    store_mod.load([demo_build.files["nq"], extra], tmp_path / "s")
    import filmkg

    rows = filmkg.open(tmp_path / "s").example("director-regulars")
    assert list(rows) == [{"director": "Steven Spielberg", "actor": "Liam Neeson", "films": 2,
                           "titles": rows[0]["titles"]}]
    assert set(rows[0]["titles"].split(" | ")) == {"Schindler's List", "T"}


def test_films_mentioned(kg):
    rows = kg.example("films-mentioned", film="Leaving Las Vegas")
    by_review = {}
    for r in rows:
        by_review.setdefault(r["review"], set()).add(r["mentioned"])
    assert by_review["4335"] == {"Internal Affairs", "Savage Nights", "When a Man Loves a Woman"}
    assert {"Internal Affairs", "Cocktail", "Pretty Woman"} <= by_review["people-1995-leaving-las-vegas"]
    assert "Leaving Las Vegas" not in rows.column("mentioned")


def test_critics_of_person(kg):
    assert list(kg.example("critics-of-person", person="Steven Spielberg")) == [
        {"critic": "Richard Montanari", "films": 1, "titles": "Schindler's List"}]
    assert set(kg.example("critics-of-person", person="Ben Affleck").column("critic")) == {"Scott Renshaw",
                                                                                          "Edwin Jahiel"}


def test_credit_evidence(kg, demo_build):
    rows = kg.example("credit-evidence", film="Leaving Las Vegas", person="Mike Figgis")
    got = {(r["role"].rsplit("/", 1)[-1], r["review"], r["span"], r["extractor"]) for r in rows}
    assert ("director", "4335", "Mike Figgis", "header.director") in got
    assert ("director", "people-1995-leaving-las-vegas", "director-screenwriter Mike Figgis",
            "credits.cue_before") in got
    texts = {r["review"]: r["text"] for r in kg.query(SCHEMA + "SELECT ?review ?text WHERE { ?r a schema:Review ; "
                                                      "schema:identifier ?review ; schema:text ?text }")}
    for r in rows:
        assert texts[r["review"]][r["begin"]:r["end"]] == r["span"] and 0 < r["confidence"] <= 1


def test_imdb_links(kg):
    rows = {r["name"]: r for r in kg.example("imdb-links", review="4335")}
    assert rows["Nicolas Cage"]["imdb"] == "https://www.imdb.com/name/nm0000115/"
    assert rows["Nicolas Cage"]["method"] == "name+principals" and 0.5 <= rows["Nicolas Cage"]["confidence"] <= 1
    assert {"Elisabeth Shue", "Mike Figgis", "Julian Sands"} <= set(rows)


@pytest.fixture(scope="module")
def kg_with_imdb(tmp_path_factory, demo_build):
    """The demo store with IMDb's facts for its linked films (bundled subset) beside it."""
    import filmkg
    from filmkg.linking.imdb_import import import_imdb, linked_imdb_ids

    folder = tmp_path_factory.mktemp("imdb-store")
    imdb = folder / "imdb.nq"
    import_imdb(None, imdb, titles=linked_imdb_ids(demo_build.files["trig"]))
    store_mod.load([demo_build.files["trig"], imdb], folder / "s")
    return filmkg.open(folder / "s")


def test_films_of_actor_counts_review_graphs_not_imported_ones(kg_with_imdb):
    # IMDb's principals graph states Cage in Leaving Las Vegas too: a graph, but not a review
    rows = kg_with_imdb.example("films-of-actor", actor="Nicolas Cage")
    assert list(rows) == [{"film": "Leaving Las Vegas", "year": "1995", "reviews": 2}]


def test_credits_not_in_imdb(kg_with_imdb):
    kg = kg_with_imdb
    rows = kg.example("credits-not-in-imdb")
    every = kg.query(get("credits-not-in-imdb").text.replace("FILTER NOT EXISTS", "FILTER EXISTS"))
    assert len(rows) > 0 and len(every) > 0  # some credits IMDb confirms, some it lacks
    assert not {tuple(r.values()) for r in rows} & {tuple(r.values()) for r in every}
    # IMDb lists Fantasia/2000's directors, not these two of them ("Directors A and B" gives both)
    assert sorted((r["film"], r["role"].rsplit("/", 1)[-1], r["person"]) for r in rows) == [
        ("Fantasia/2000", "director", "Hendel Butoy"), ("Fantasia/2000", "director", "Paul Brizzi")]
    # compared only in a role IMDb lists for the film: the bundled subset has no writers and no
    # cast for Armageddon, so neither Figgis the screenwriter nor Armageddon's cast is "missing"
    imported = kg.query(SCHEMA + "SELECT ?p WHERE { GRAPH <https://w3id.org/filmkg/graph/imdb/title.principals> "
                        "{ <https://w3id.org/filmkg/id/film/armageddon-1998> ?p ?o } }")
    assert len(imported) == 0
    stated = kg.query(SCHEMA + 'SELECT ?f WHERE { ?f schema:name "Armageddon" ; schema:actor/schema:name '
                      '"Steve Buscemi" ; schema:sameAs ?imdb }')
    assert len(stated) > 0  # a review credits him, and the film is linked to IMDb
    # IMDb's principals list Cage and Shue for Leaving Las Vegas, so they are not "missing"
    lv = {r["person"] for r in kg.example("credits-not-in-imdb", film="Leaving Las Vegas")}
    assert "Nicolas Cage" not in lv and "Elisabeth Shue" not in lv
    confirmed = {r["person"] for r in every if r["film"] == "Leaving Las Vegas"}
    assert {"Nicolas Cage", "Elisabeth Shue"} <= confirmed


def test_most_mentioned(kg):
    rows = kg.example("most-mentioned")
    top = {r["person"] for r in rows if r["reviews"] == 2}
    assert top == {"Ben Affleck", "Elisabeth Shue", "Joe Morton", "John O'Brien", "Julian Sands", "Mike Figgis",
                   "Nicolas Cage"}
    assert len(rows) == 20 and rows.column("reviews") == sorted(rows.column("reviews"), reverse=True)


def test_cli_example_with_param_and_list(demo_store):
    runner = CliRunner()
    result = runner.invoke(cli, ["query", str(demo_store), "--example", "costars", "--param",
                                 "actor=Nicolas Cage", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert {r["costar"] for r in csv.DictReader(io.StringIO(result.output))} == CAGE_COSTARS
    listed = runner.invoke(cli, ["query", "--list-examples"])
    assert listed.exit_code == 0 and "costars: Co-stars of an actor" in listed.output
    assert "--param actor=...  string, default 'Nicolas Cage'" in listed.output
    bad = runner.invoke(cli, ["query", str(demo_store), "--example", "costar"])
    assert bad.exit_code == EXIT_USAGE and "no example query 'costar'; choose from" in bad.output


def test_service_is_refused_everywhere(kg):
    from filmkg.core.errors import FilmKGError

    with pytest.raises(FilmKGError, match="SERVICE"):
        kg.query("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    with pytest.raises(FilmKGError, match="SERVICE"):  # the spec decodes \u escapes before parsing
        kg.query("SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    # the word in a string, an IRI, a comment or a variable is not the keyword
    assert len(kg.query('SELECT ?service WHERE { BIND("SERVICE" AS ?service) } # SERVICE')) == 1
    assert len(kg.query("ASK { <http://x/SERVICE> ?p ?o }")) == 1


def test_rows_become_a_dataframe(kg):
    df = kg.example("costars", actor="Nicolas Cage").to_dataframe()
    assert list(df.columns) == ["costar", "shared", "films"] and set(df["costar"]) == CAGE_COSTARS


def test_networkx_and_inline_page(kg, demo_build):
    import filmkg

    G = kg.to_networkx()
    from_file = filmkg.open(demo_build.files["trig"]).to_networkx()
    assert dict(G.nodes(data=True)) == dict(from_file.nodes(data=True))  # the merged copy changes nothing
    assert sorted(G.edges(keys=True)) == sorted(from_file.edges(keys=True))
    for e in G.edges(keys=True):
        same = ("evidence_count", "reviews", "characters")
        assert {k: G.edges[e][k] for k in same} == {k: from_file.edges[e][k] for k in same}
    costar = kg.to_networkx(projection="costar")
    cage = next(n for n, d in costar.nodes(data=True) if d["name"] == "Nicolas Cage")
    assert {costar.nodes[n]["name"] for n in costar[cage]} == CAGE_COSTARS
    page = kg.show(focus="Nicolas Cage")
    inline = page._repr_html_()
    assert inline.startswith('<iframe sandbox="allow-scripts" srcdoc="&lt;!DOCTYPE html')
    assert "<script" not in inline  # the page is an attribute value, escaped whole
    assert "Content-Security-Policy" in page.html and "Nicolas Cage" in page.html


# ------------------------------------------------------------------------------ the endpoint
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start(store: Path, *extra: str) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "filmkg.cli", "serve", "--store", str(store), "--port", str(port),
                             *extra], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        if proc.poll() is not None:
            raise AssertionError(f"filmkg serve exited: {proc.stdout.read()}")
        try:
            with urllib.request.urlopen(base + "/", timeout=2):
                return proc, base
        except OSError:
            if time.monotonic() > deadline:
                _stop(proc)
                raise
            time.sleep(0.2)


def _stop(proc: subprocess.Popen, sig: int = signal.SIGTERM) -> int:
    if proc.poll() is None:
        proc.send_signal(sig)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    if proc.stdout:
        proc.stdout.close()
    return proc.returncode


@pytest.fixture(scope="module")
def endpoint(demo_store):
    """`filmkg serve` on a free local port; stopped at the end even when a test fails."""
    proc, base = _start(demo_store)
    try:
        yield base + "/sparql"
    finally:
        _stop(proc)
        assert proc.returncode is not None


def _wrapper(url: str, query: str, fmt: str, method: str):
    from SPARQLWrapper import GET, POST, POSTDIRECTLY, SPARQLWrapper

    sparql = SPARQLWrapper(url)
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    sparql.setMethod(GET if method == "GET" else POST)
    if method == "POST-direct":
        sparql.setRequestMethod(POSTDIRECTLY)
    return sparql.query()


COSTARS_QUERY = SCHEMA + """SELECT DISTINCT ?costar WHERE {
  ?a schema:name "Nicolas Cage" . ?f schema:actor ?a , ?c . ?c schema:name ?costar . FILTER (?c != ?a) }"""


@pytest.mark.parametrize("method", ["GET", "POST", "POST-direct"])
@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_sparqlwrapper_every_method_and_format(endpoint, method, fmt):
    result = _wrapper(endpoint, COSTARS_QUERY, fmt, method)
    ctype = result.info()["content-type"]
    data = result.convert()
    if fmt == "json":
        assert ctype.startswith("application/sparql-results+json")
        names = {b["costar"]["value"] for b in data["results"]["bindings"]}
    elif fmt == "xml":
        assert ctype.startswith("application/sparql-results+xml")
        names = {lit.firstChild.data for lit in data.getElementsByTagName("literal")}
    else:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
        lines = text.strip().splitlines()
        assert ctype.startswith("text/csv" if fmt == "csv" else "text/tab-separated-values")
        assert lines[0] == ("costar" if fmt == "csv" else "?costar")
        names = {line.strip('"') for line in lines[1:]}
    assert names == CAGE_COSTARS


def test_endpoint_default_graph_is_the_merge(endpoint, kg):
    from SPARQLWrapper import JSON

    n = _wrapper(endpoint, ACTOR_CREDITS.replace("?f ?a", "(COUNT(*) AS ?n)"), JSON, "GET").convert()
    distinct = len(set(kg.query(ACTOR_CREDITS).rows))
    assert n["results"]["bindings"][0]["n"]["value"] == str(distinct)


def test_rdflib_sparqlstore(endpoint):
    from rdflib import Graph
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    for method in ("GET", "POST"):
        g = Graph(store=SPARQLStore(endpoint, method=method, returnFormat="xml"))
        assert {str(r[0]) for r in g.query(COSTARS_QUERY)} == CAGE_COSTARS
        g.close()


@pytest.mark.parametrize("accept,fmt", [("text/turtle", "turtle"), ("application/n-triples", "nt"),
                                        ("application/ld+json", "json-ld")])
def test_construct_as_turtle_ntriples_jsonld(endpoint, accept, fmt):
    from rdflib import Graph, URIRef

    q = SCHEMA + 'CONSTRUCT { ?f schema:actor ?a } WHERE { ?f schema:actor ?a ; schema:name "Leaving Las Vegas" }'
    req = urllib.request.Request(endpoint + "?" + urllib.parse.urlencode({"query": q}), headers={"Accept": accept})
    with urllib.request.urlopen(req, timeout=30) as resp:
        assert resp.headers["Content-Type"].startswith(accept)
        g = Graph().parse(data=resp.read().decode("utf-8"), format=fmt)
    assert len(g) == 7
    assert (URIRef("https://w3id.org/filmkg/id/film/leaving-las-vegas-1995"), URIRef("https://schema.org/actor"),
            URIRef("https://w3id.org/filmkg/id/person/nicolas-cage")) in g


@pytest.mark.parametrize("accept,fmt", [("text/turtle", "turtle"), ("application/n-triples", "nt"),
                                        ("application/ld+json", "json-ld")])
def test_describe_by_form_post(endpoint, accept, fmt):
    from rdflib import Graph, Literal, URIRef

    film = "https://w3id.org/filmkg/id/film/leaving-las-vegas-1995"
    body = urllib.parse.urlencode({"query": f"DESCRIBE <{film}>"}).encode()
    req = urllib.request.Request(endpoint, data=body, headers={"Accept": accept})
    with urllib.request.urlopen(req, timeout=30) as resp:
        assert resp.headers["Content-Type"].startswith(accept)
        g = Graph().parse(data=resp.read().decode("utf-8"), format=fmt)
    assert (URIRef(film), URIRef("https://schema.org/name"), Literal("Leaving Las Vegas")) in g
    assert {s for s in g.subjects()} == {URIRef(film)}


def test_bad_query_is_400_with_the_parsers_message(endpoint):
    from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

    with pytest.raises(QueryBadFormed, match="expected"):
        _wrapper(endpoint, "SELECT ?x WHERE { ?x ", "json", "GET")
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(endpoint + "?" + urllib.parse.urlencode({"query": "SELEKT"}), timeout=30)
    message = err.value.read()
    assert err.value.code == 400 and b"error at 1:" in message and b"expected" in message


def test_updates_are_refused_and_change_nothing(endpoint):
    from SPARQLWrapper import JSON, POST, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

    count = SCHEMA + "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
    before = _wrapper(endpoint, count, JSON, "GET").convert()["results"]["bindings"][0]["n"]["value"]
    sparql = SPARQLWrapper(endpoint)
    sparql.setMethod(POST)
    sparql.setQuery("INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }")
    with pytest.raises((SPARQLWrapperException, urllib.error.HTTPError)) as err:
        sparql.query()
    assert "403" in str(err.value) or "read-only" in str(err.value)
    insert = b"INSERT DATA { <http://example.org/a> <http://example.org/b> 1 }"
    for body, ctype in ((insert, "application/sparql-update"),
                        (b"update=DROP+ALL", "application/x-www-form-urlencoded")):
        req = urllib.request.Request(endpoint.replace("/sparql", "/update"), data=body, headers={"Content-Type": ctype})
        with pytest.raises(urllib.error.HTTPError) as http_err:
            urllib.request.urlopen(req, timeout=30)
        assert http_err.value.code == 403
    after = _wrapper(endpoint, count, JSON, "GET").convert()["results"]["bindings"][0]["n"]["value"]
    assert after == before


def test_service_is_refused_by_the_endpoint(endpoint):
    q = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(endpoint + "?" + urllib.parse.urlencode({"query": q}), timeout=30)
    assert err.value.code == 400 and b"SERVICE" in err.value.read()


def test_query_page_is_offline_and_lists_the_examples(endpoint):
    base = endpoint.rsplit("/", 1)[0]
    with urllib.request.urlopen(base + "/", timeout=30) as resp:
        page = resp.read().decode("utf-8")
        csp = resp.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp
    assert "http://" not in page.replace("http://www.w3.org", "") and "https://" not in page
    with urllib.request.urlopen(base + "/query-page.js", timeout=30) as resp:
        assert "fetch(endpoint" in resp.read().decode("utf-8")
    with urllib.request.urlopen(base + "/examples.json", timeout=30) as resp:
        listed = {e["name"]: e["query"] for e in json.loads(resp.read())}
    assert 'VALUES ?actor { "Nicolas Cage" }' in listed["costars"]


def test_cors_only_on_request(demo_store):
    import asyncio

    import httpx

    from filmkg.output.endpoint import create_app

    async def ask(app, method: str, headers: dict[str, str]) -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1") as client:
            return await client.request(method, "/sparql", params={"query": "ASK {}"}, headers=headers)

    origin = {"Origin": "http://example.org"}
    plain = asyncio.run(ask(create_app(demo_store), "GET", origin))
    assert plain.status_code == 200 and "access-control-allow-origin" not in plain.headers
    cors = create_app(demo_store, cors=True)
    assert asyncio.run(ask(cors, "GET", origin)).headers["access-control-allow-origin"] == "*"
    pre = asyncio.run(ask(cors, "OPTIONS", {**origin, "Access-Control-Request-Method": "POST",
                                           "Access-Control-Request-Headers": "content-type"}))
    assert pre.status_code == 200 and "POST" in pre.headers["access-control-allow-methods"]


@pytest.mark.parametrize("accept,expected", [
    (None, "application/sparql-results+json"), ("*/*", "application/sparql-results+json"),
    ("text/csv;q=0.5, application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/*", "text/xml"), ("text/csv, */*;q=0.1", "text/csv"), ("image/png", None),
    ("application/sparql-results+json,application/json,text/javascript", "application/sparql-results+json"),
])
def test_accept_negotiation(accept, expected):
    from filmkg.output.endpoint import RESULT_TYPES, negotiate

    assert negotiate(accept, list(RESULT_TYPES)) == expected


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_serve_stops_cleanly_on_signals(demo_store, sig):
    proc, base = _start(demo_store, "--host", "127.0.0.1")
    try:
        assert proc.pid > 0
    finally:
        code = _stop(proc, sig)
    assert code == 0
    with pytest.raises(OSError):
        urllib.request.urlopen(base + "/", timeout=2)


def test_serve_says_it_listens_on_localhost(demo_store):
    result = CliRunner().invoke(cli, ["serve", "--help"])
    text = " ".join(result.output.split())
    assert "--host TEXT Interface to listen on; the default serves this machine only" in text
    assert "[default: 127.0.0.1]" in text


def test_readme_default_graph_and_graph_examples(kg):
    from tests.test_evidence import readme_query

    costars = kg.query(readme_query("**The default graph**"))
    assert costars.column("costar") == sorted(CAGE_COSTARS)
    spans = kg.query(readme_query("**`GRAPH ?g`**"))
    assert {(r["review"], r["extractor"]) for r in spans} >= {("4335", "header.cast")}
    assert set(spans.column("review")) == {"4335", "people-1995-leaving-las-vegas"}
