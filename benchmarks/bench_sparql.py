"""SPARQL on a filmkg store: load time, size, each example query cold and warm, and the same
queries through the endpoint (`filmkg serve`) with SPARQLWrapper, so the protocol's cost shows.

    load        `filmkg load` of the graph files into a new store (quads read, quads stored with
                the merged default graph, seconds, MB on disk); with --raw also a plain
                pyoxigraph bulk load without the merged default graph, for its storage cost
    cold        the query's first run in a fresh process that has just opened the store (RocksDB's
                caches are empty; the operating system's page cache may hold the files from
                earlier runs, as it would on a server that has been up a while)
    warm        the median of the next --repeat runs in the same process
    endpoint    SPARQLWrapper (GET, SPARQL JSON) against `filmkg serve` on a local port: the
                first request to a freshly started server, then the median of --repeat

Parameters are taken from the data, not the demo's defaults, so every lookup hits and says
so by its row count: the actor credited on most films (films-of-actor, costars), the most
reviewed film (films-mentioned), that film's director or actor with the most evidence
statements (credit-evidence, critics-of-person) and its review with the most people linked
to IMDb (imdb-links); they are printed before the table. With --imdb-import, IMDb's facts for
the linked titles (bundled subset, what `filmkg import-imdb --linked-from` writes) are
imported and loaded too, for `credits-not-in-imdb`; with --reuse they are added to the
reused store unless it holds them already (so reuse a copy, e.g. a RocksDB checkpoint:
`pyoxigraph.Store.read_only(SRC).backup(DST)` and SRC's filmkg-store.json, not a store you
must keep as it is).

With --replicate N the N-Quads are copied N times, each copy's reviews, review graphs and
evidence renamed (films and people stay shared), to reach archive-sized stores from a sample:
a stress shape (more reviews of the same films), not the archive itself.

Run: .venv/bin/python benchmarks/bench_sparql.py GRAPH.trig|GRAPH.nq [MORE ...] [--store DIR]
     [--repeat 5] [--raw] [--imdb-import] [--no-endpoint] [--replicate N]
     .venv/bin/python benchmarks/bench_sparql.py --reuse --store DIR [--imdb-import] ...
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from filmkg.output.query import PREFIX_MAP
from filmkg.output.store import load, open_store
from filmkg.queries import examples

LOOKUPS = {"films-of-actor", "costars", "credit-evidence", "films-mentioned", "imdb-links", "critics-of-person"}

_PARAM_QUERIES = {
    # the actor credited on most films
    "actor": "SELECT ?v (COUNT(DISTINCT ?f) AS ?n) WHERE { ?f schema:actor ?a . ?a schema:name ?v } "
             "GROUP BY ?v ORDER BY DESC(?n) ?v LIMIT 1",
    # the most reviewed film that has a director
    "film": "SELECT ?v (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r schema:itemReviewed ?f . ?f schema:name ?v "
            "FILTER EXISTS { ?f schema:director ?d } } GROUP BY ?v ORDER BY DESC(?n) ?v LIMIT 1",
    # FILM's director or actor whose credit has the most evidence statements, and the film's
    # title as that review graph gives it (credit-evidence matches both names inside one
    # review's graph, and a film's name there may differ from the one picked above)
    "credit": "SELECT ?title ?person (COUNT(DISTINCT ?st) AS ?n) WHERE { ?f schema:name ?film . GRAPH ?g { "
              "?f schema:name ?title . ?st rdf:subject ?f ; rdf:predicate ?role ; rdf:object ?p . "
              "?p schema:name ?person } FILTER (?role IN (schema:director, schema:actor)) } "
              "GROUP BY ?title ?person ORDER BY DESC(?n) ?title ?person LIMIT 1",
    # the review of FILM with the most people linked to IMDb
    "review": "SELECT ?id (COUNT(DISTINCT ?st) AS ?n) WHERE { ?f schema:name ?film . ?r schema:itemReviewed ?f ; "
              "schema:identifier ?id . ?st fkv:review ?r ; rdf:predicate ?linked ; rdf:object ?o "
              'FILTER (?linked = schema:sameAs && STRSTARTS(STR(?o), "https://www.imdb.com/name/")) } '
              "GROUP BY ?id ORDER BY DESC(?n) ?id LIMIT 1",
}


_PER_REVIEW = re.compile(r"(<https://w3id\.org/filmkg/(?:graph/review|id/review|id/evidence)/[^>]+)>")


def replicate(graphs: list[Path], copies: int, out: Path) -> Path:
    """The N-Quads ``copies`` times, each copy's per-review IRIs suffixed ``-cK``."""
    with out.open("w", encoding="utf-8") as fh:
        for k in range(copies):
            for g in graphs:
                with g.open(encoding="utf-8") as src:
                    if k == 0:
                        fh.writelines(src)
                        continue
                    suffix = rf"\1-c{k}>"
                    for line in src:
                        fh.write(_PER_REVIEW.sub(suffix, line))
    return out


def _size_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 1e6


def _one(store: ox.Store, query: str) -> str:
    rows = store.query(query, prefixes=PREFIX_MAP)
    return "" if isinstance(rows, ox.QueryBoolean) else str(len(list(rows)))


def _first(store: ox.Store, query: str, *variables: str, **values: str) -> list[str]:
    bound = "".join(f"VALUES ?{k} {{ {ox.Literal(v)} }} " for k, v in values.items())
    query = query.replace("WHERE { ", "WHERE { " + bound, 1)
    rows = list(store.query(query, prefixes=PREFIX_MAP))
    if not rows:
        raise SystemExit(f"no parameter found in the store for: {query}")
    return [rows[0][v].value for v in variables]


def _has_imdb(store_dir: Path) -> bool:
    from filmkg.linking.imdb_import import GRAPH_PRINCIPALS

    return ox.Store.read_only(str(store_dir)).contains_named_graph(ox.NamedNode(GRAPH_PRINCIPALS))


def _imdb_import(store_dir: Path | None, graphs: list[Path], out: Path):
    """IMDb's facts (bundled subset) for the titles the graphs, or the store, link to."""
    from filmkg.linking.imdb_import import import_imdb, linked_imdb_ids

    titles: set[str] = set()
    if store_dir is not None:
        same_as = ox.NamedNode("https://schema.org/sameAs")
        store = ox.Store.read_only(str(store_dir))
        for q in store.quads_for_pattern(None, same_as, None, ox.DefaultGraph()):
            m = re.fullmatch(r"https://www\.imdb\.com/title/(tt\d+)/?", q.object.value)
            if m:
                titles.add(m[1])
        del store
    for g in graphs:
        titles |= linked_imdb_ids(g)
    return import_imdb(None, out, titles=titles), len(titles)


def choose_params(store: ox.Store) -> dict[str, dict[str, str]]:
    """Parameters from the data, so every lookup hits: the most credited actor, the most
    reviewed film, its best-evidenced director or actor, its review with most IMDb links."""
    [actor] = _first(store, _PARAM_QUERIES["actor"], "v")
    [film] = _first(store, _PARAM_QUERIES["film"], "v")
    title, person = _first(store, _PARAM_QUERIES["credit"], "title", "person", film=film)
    [review] = _first(store, _PARAM_QUERIES["review"], "id", film=film)
    return {
        "films-of-actor": {"actor": actor},
        "costars": {"actor": actor},
        "director-regulars": {},
        "films-mentioned": {"film": film},
        "critics-of-person": {"person": person},
        "credit-evidence": {"film": title, "person": person},
        "imdb-links": {"review": review},
        "credits-not-in-imdb": {},
        "most-mentioned": {},
    }


_COLD = """
import json, sys, time
import pyoxigraph as ox
from filmkg.output.query import PREFIX_MAP
from filmkg.output.store import open_store
store = open_store(sys.argv[1])
t, c = time.perf_counter(), time.process_time()
rows = store.query(sys.stdin.read(), prefixes=PREFIX_MAP)
n = "" if isinstance(rows, ox.QueryBoolean) else len(list(rows))
print(json.dumps([time.perf_counter() - t, time.process_time() - c, n]))
"""


def cold(store_dir: Path, query: str) -> tuple[float, float, str]:
    """(wall s, CPU s, rows) of the first run in a fresh process."""
    out = subprocess.run([sys.executable, "-c", _COLD, str(store_dir)], input=query, capture_output=True,
                         text=True, check=True)
    seconds, cpu, n = json.loads(out.stdout)
    return seconds, cpu, str(n)


def warm(store: ox.Store, query: str, repeat: int) -> tuple[float, float]:
    """Median (wall s, CPU s) of ``repeat`` runs."""
    walls, cpus = [], []
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        _one(store, query)
        walls.append(time.perf_counter() - t)
        cpus.append(time.process_time() - c)
    return statistics.median(walls), statistics.median(cpus)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def through_endpoint(store_dir: Path, queries: dict[str, str], repeat: int) -> dict[str, tuple[float, float]]:
    import urllib.request

    from SPARQLWrapper import GET, JSON, SPARQLWrapper

    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "filmkg.cli", "serve", "--store", str(store_dir), "--port",
                             str(port)], stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(base + "/", timeout=2).close()
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.2)
        result = {}
        for name, query in queries.items():
            sparql = SPARQLWrapper(base + "/sparql")
            sparql.setMethod(GET)
            sparql.setReturnFormat(JSON)
            sparql.setQuery(query)
            times = []
            for _ in range(repeat + 1):
                t = time.perf_counter()
                sparql.query().convert()
                times.append(time.perf_counter() - t)
            result[name] = (times[0], statistics.median(times[1:]))
        return result
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("graphs", nargs="*", type=Path)
    ap.add_argument("--store", type=Path, default=None, help="store folder to create (default: a temp folder)")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--raw", action="store_true", help="also load without the merged default graph, for its cost")
    ap.add_argument("--imdb-import", action="store_true", help="import and load IMDb's facts for linked titles")
    ap.add_argument("--no-endpoint", action="store_true")
    ap.add_argument("--reuse", action="store_true", help="time the queries on an existing --store, no loading")
    ap.add_argument("--replicate", type=int, default=1, help="copies of the graphs (renamed reviews), for scale")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="bench-sparql-"))
    store_dir = args.store or tmp / "store"
    if args.reuse:
        if not store_dir.exists():
            ap.error("--reuse needs an existing --store")
        args.raw = False
    elif store_dir.exists():
        shutil.rmtree(store_dir)
    elif not args.graphs:
        ap.error("give the graph files to load, or --reuse an existing --store")
    graphs = list(args.graphs)
    if args.replicate > 1:
        t = time.perf_counter()
        graphs = [replicate(graphs, args.replicate, tmp / "replicated.nq")]
        print(f"replicated {args.replicate}x in {time.perf_counter() - t:.0f} s")
    if args.imdb_import and not (args.reuse and _has_imdb(store_dir)):
        imdb = tmp / "imdb.nq"
        t = time.perf_counter()
        r, n_titles = _imdb_import(store_dir if args.reuse else None, graphs, imdb)
        print(f"IMDb import (bundled subset, as `filmkg import-imdb --linked-from`): {n_titles:,} linked titles, "
              f"{r.titles:,} in the subset, {r.people:,} people, {r.credits:,} credits, {r.quads:,} quads "
              f"in {time.perf_counter() - t:.1f} s")
        if args.reuse:
            report = load([imdb], store_dir)
            print(f"IMDb import loaded into the reused store: {report.quads_read:,} quads in {report.seconds:.1f} s")
        else:
            graphs.append(imdb)
    elif args.imdb_import:
        print("IMDb import: already in the reused store")
    cpu0 = time.process_time()
    report = load([] if args.reuse else graphs, store_dir)
    cpu = time.process_time() - cpu0
    held = (f"store holds {report.quads:,} quads (merged default graph included), "
            f"{_size_mb(store_dir):,.0f} MB on disk")
    if args.reuse:
        print(f"reused store (no load timed): {held}")
    else:
        print(f"load: {report.quads_read:,} quads read in {report.seconds:.1f} s ({cpu:.1f} s CPU, "
              f"{report.quads_read / report.seconds:,.0f} quads/s); {held}")
    if args.raw:
        raw = tmp / "raw"
        t, c = time.perf_counter(), time.process_time()
        s = ox.Store(str(raw))
        for g in graphs:
            s.bulk_load(path=str(g), format=ox.RdfFormat.N_QUADS)
        s.flush()
        n = len(s)
        del s
        print(f"raw bulk load (no merged default graph): {n:,} quads in {time.perf_counter() - t:.1f} s "
              f"({time.process_time() - c:.1f} s CPU), "
              f"{_size_mb(raw):,.0f} MB on disk")

    store = open_store(store_dir)
    params = choose_params(store)
    print("parameters:", json.dumps({k: v for k, v in params.items() if v}, ensure_ascii=False))
    queries = {name: ex.bind(**params.get(name, {})) for name, ex in examples().items()}
    rows = []
    for name, query in queries.items():
        c, c_cpu, n = cold(store_dir, query)
        w, w_cpu = warm(store, query, args.repeat)
        rows.append((name, n, c, c_cpu, w, w_cpu))
    ep = {} if args.no_endpoint else through_endpoint(store_dir, queries, args.repeat)
    print()
    # wall-clock (CPU) milliseconds: on a shared machine the CPU time is the query's own cost
    print("| query | kind | rows | cold ms (CPU) | warm ms (CPU) | endpoint first ms | endpoint warm ms |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for name, n, c, c_cpu, w, w_cpu in rows:
        kind = "lookup" if name in LOOKUPS else "aggregate"
        e1, e2 = ep.get(name, (float("nan"), float("nan")))
        print(f"| {name} | {kind} | {n} | {c * 1000:,.1f} ({c_cpu * 1000:,.1f}) | {w * 1000:,.1f} "
              f"({w_cpu * 1000:,.1f}) | {e1 * 1000:,.1f} | {e2 * 1000:,.1f} |")
    print(f"\n(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs at the end)")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
