"""How long ``filmkg viz`` takes on an archive-sized graph, and what it writes.

Generates a synthetic TriG in the builder's shape (one named graph per review, a
statement node with a span per credit), then times each stage the CLI runs:

    load + projection   rdf_to_networkx (pyoxigraph bulk load + SPARQL)
    view                select_view with the default cap (top 500 by degree)
    page                build_network + render_page + write (the default HTML)
    big page            --top N past the physics limit (numpy static layout)
    export              GraphML of the whole projection (no cap)
    browser             with --browser: headless Chromium, time until each page is drawn
                        and settled (physics stabilised)

Run: .venv/bin/python benchmarks/bench_viz.py [--films 10000 --people 20000 --credits 100000]
     [--browser]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from filmkg.output.network import rdf_to_networkx, write_network
from filmkg.output.viz import ViewOptions, build_network, render_page, select_view

PREFIXES = """@prefix schema: <https://schema.org/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix fkv: <https://w3id.org/filmkg/vocab#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix id: <https://w3id.org/filmkg/id/> .
@prefix rg: <https://w3id.org/filmkg/graph/review/> .
"""
ROLES = ["actor"] * 7 + ["director", "author", "producer", "musicBy", "editor"]


def write_trig(path: Path, films: int, people: int, credits: int, seed: int = 1) -> int:
    """One review per film; people drawn with a skew (a few prolific actors). Returns quads."""
    rng = random.Random(seed)
    per_film = [0] * films
    for _ in range(credits):
        per_film[rng.randrange(films)] += 1
    quads = 0
    with path.open("w", encoding="utf-8") as fh:
        fh.write(PREFIXES)
        for f in range(films):
            lines = [
                f"rg:r{f} {{",
                f'  id:review\\/r{f} a schema:Review ; schema:identifier "r{f}" ; '
                f"schema:itemReviewed id:film\\/f{f} .",
                f'  id:film\\/f{f} a schema:Movie ; schema:name "Film {f}" ; '
                f'schema:datePublished "{1930 + f % 90}"^^xsd:gYear .',
            ]
            quads += 7
            for c in range(per_film[f]):
                p = int(people * rng.random() ** 2)
                role = rng.choice(ROLES)
                st = f"id:evidence\\/f{f}c{c}"
                lines += [
                    f'  id:person\\/p{p} a schema:Person ; schema:name "Person {p}" .',
                    f"  id:film\\/f{f} schema:{role} id:person\\/p{p} .",
                    f"  id:review\\/r{f} schema:mentions id:person\\/p{p} .",
                    f"  {st} a rdf:Statement ; rdf:subject id:film\\/f{f} ; rdf:predicate schema:{role} ; "
                    f"rdf:object id:person\\/p{p} ; prov:wasDerivedFrom id:review\\/r{f} ; "
                    f'nif:beginIndex {c * 20} ; nif:endIndex {c * 20 + 8} ; nif:anchorOf "Person {p}" ; '
                    f'fkv:extractor "bench" ; fkv:confidence 0.9 .',
                ]
                quads += 14
            lines.append("}\n")
            fh.write("\n".join(lines))
    return quads


@contextmanager
def timed(label: str, results: dict[str, float]):
    start = time.perf_counter()
    yield
    results[label] = time.perf_counter() - start
    print(f"  {label:<20} {results[label]:7.2f} s", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--films", type=int, default=10_000)
    ap.add_argument("--people", type=int, default=20_000)
    ap.add_argument("--credits", type=int, default=100_000)
    ap.add_argument("--big-top", type=int, default=5_000, help="--top for the physics-off page")
    ap.add_argument("--keep", type=Path, default=None, help="write files here instead of a temp folder")
    ap.add_argument("--browser", action="store_true", help="also time the pages in /usr/bin/chromium")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        trig = out / "bench.trig"
        t0 = time.perf_counter()
        quads = write_trig(trig, args.films, args.people, args.credits)
        print(f"synthetic TriG: {quads:,} quads, {trig.stat().st_size / 1e6:.0f} MB "
              f"(generated in {time.perf_counter() - t0:.1f} s)")
        r: dict[str, float] = {}
        with timed("load + projection", r):
            # As `filmkg viz` without --mentions: no review nodes.
            G = rdf_to_networkx(trig, reviews=False)
        credit_edges = sum(1 for *_, k in G.edges(keys=True) if k not in ("mentions", "reviewed", "critic"))
        print(f"  -> MultiDiGraph: {G.number_of_nodes():,} nodes, {G.number_of_edges():,} edges "
              f"({credit_edges:,} credits)")
        with timed("view (default cap)", r):
            view = select_view(G, ViewOptions())
        with timed("page (default)", r):
            page = render_page(view, build_network(view, G))
            (out / "graph.html").write_text(page, encoding="utf-8")
        shown = view.graph
        print(f"  -> cap applied: {view.capped}; {shown.number_of_nodes():,} of {view.total_nodes:,} nodes, "
              f"{shown.number_of_edges():,} of {view.total_edges:,} edges; physics {view.physics}; "
              f"page {len(page.encode()) / 1e6:.2f} MB")
        print(f"  -> message: {view.notes[0] if view.notes else '(none)'}")
        with timed(f"page (--top {args.big_top})", r):
            big = select_view(G, ViewOptions(top=args.big_top))
            page = render_page(big, build_network(big, G))
            (out / "graph-big.html").write_text(page, encoding="utf-8")
        print(f"  -> {big.graph.number_of_nodes():,} nodes, {big.graph.number_of_edges():,} edges, "
              f"physics {big.physics}, page {len(page.encode()) / 1e6:.2f} MB")
        with timed("graphml (no cap)", r):
            full = select_view(G, ViewOptions(), auto_cap=False)
            write_network(full.graph, out / "graph.graphml", "graphml")
        print(f"  -> {(out / 'graph.graphml').stat().st_size / 1e6:.0f} MB GraphML")
        total = r["load + projection"] + r["view (default cap)"] + r["page (default)"]
        print(f"filmkg viz (default page) end to end: {total:.1f} s")
        if args.browser:
            browser_times(out / "graph.html", out / "graph-big.html")


def browser_times(*pages: Path) -> None:
    """Seconds from navigation to a settled drawing, in Debian's headless Chromium."""
    from playwright.sync_api import sync_playwright

    args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=args)
        for path in pages:
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            start = time.perf_counter()
            page.goto(path.as_uri())
            page.wait_for_function("() => window.filmkgViz && window.filmkgViz.ready", timeout=120_000)
            ready = time.perf_counter() - start
            # A responsive page answers a trivial evaluate at once after it settled.
            t = time.perf_counter()
            page.evaluate("() => window.filmkgViz.search('person 1').length")
            print(f"  browser {path.name:<16} ready in {ready:5.2f} s; search answered in "
                  f"{(time.perf_counter() - t) * 1000:.0f} ms")
            page.close()
        browser.close()


if __name__ == "__main__":
    main()
