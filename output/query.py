"""SPARQL over a built dataset, printed as a table, CSV or JSON.

Queries are local and bounded: SERVICE (which would make the engine send HTTP requests)
is refused, rows are taken lazily up to a limit, and a timeout stops the engine.
The default graph is the merge of the review graphs' facts, each triple once (see store.py);
``GRAPH ?g`` reaches each review's graph and its evidence.
"""

from __future__ import annotations

import csv
import gzip
import io
import itertools
import json
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from filmkg.core.errors import EXIT_NOTHING_BUILT, FilmKGError, InputError
from filmkg.graph.vocab import PREFIXES
from filmkg.output.store import check_no_service, open_dataset, open_store, rdf_format


def load_store(path: str | Path) -> ox.Store:
    """A store over a built dataset, its default graph the merge of the review graphs (each
    triple once): a store folder from `filmkg load` / `build -f oxigraph` opens at once; a file
    (.trig, .nq, .ttl, .nt, .jsonld, optionally .gz) is bulk-loaded into memory."""
    return open_dataset(path)


def load_raw_dataset(path: str | Path) -> ox.Store:
    """The dataset as written, without the merged default graph (for readers that want each
    graph's copy of a triple, such as the network projection); a store folder opens as is."""
    path = Path(path)
    if path.is_dir():
        return open_store(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file (give the .trig written by `filmkg build`)")
    fmt, compressed = rdf_format(path)
    store = ox.Store()
    try:
        if compressed:
            with gzip.open(path, "rb") as fh:
                store.bulk_load(fh, format=fmt)
        else:
            # bulk_load skips transactions: several times faster on archive-sized files
            store.bulk_load(path=str(path), format=fmt)
    except (SyntaxError, ValueError) as exc:
        raise InputError(f"{path}: not valid {fmt.name}: {exc}") from exc
    return store



#: Rows returned when no --limit is given: the query stops there, it never materialises more.
DEFAULT_LIMIT = 100_000
#: Seconds for loading the graph and answering, when no --timeout is given.
DEFAULT_TIMEOUT = 300.0
#: The prefixes every query may use without declaring them (a query's own PREFIX wins).
PREFIX_MAP: dict[str, str] = {p: str(ns) for p, ns in PREFIXES.items()}
_PREFIXES = PREFIX_MAP


class QueryTimeout(FilmKGError):
    exit_code = EXIT_NOTHING_BUILT


def with_prefixes(sparql: str) -> str:
    """The query with the usual prefixes declared (for tools that take no prefix map).

    The declarations go on the query's first line, so line numbers stay the user's."""
    declared = {line.split()[1].rstrip(":") for line in sparql.splitlines()
                if line.strip().upper().startswith("PREFIX") and len(line.split()) > 1}
    head = " ".join(f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items() if p not in declared)
    return f"{head} {sparql}" if head else sparql


def check_query(sparql: str) -> None:
    """Refuse what a local query must not do: SERVICE makes the engine send HTTP requests
    (the one check, shared with the endpoint and the Python API: output/store.py)."""
    check_no_service(sparql)


def _solutions(store: ox.Store, sparql: str):
    check_query(sparql)
    try:
        # the prefixes are passed apart, so error positions (line:column) are the user's; the
        # default graph is the merge of the review graphs, each triple once (output/store.py)
        return store.query(sparql, prefixes=PREFIX_MAP)
    except SyntaxError as exc:
        raise FilmKGError(f"SPARQL syntax error: {exc}") from exc


def iter_rows(store: ox.Store, sparql: str) -> tuple[list[str], Iterator[list[str]]]:
    """Column names and a lazy iterator of rows: taking N rows evaluates no more than needed."""
    result = _solutions(store, sparql)
    if isinstance(result, bool | ox.QueryBoolean):
        return ["result"], iter([[str(bool(result)).lower()]])
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        return names, ([_show(sol[n]) for n in names] for sol in result)
    # CONSTRUCT / DESCRIBE
    return ["subject", "predicate", "object"], ([_show(t.subject), _show(t.predicate), _show(t.object)]
                                                for t in result)


def query_rows(store: ox.Store, sparql: str, limit: int | None = None) -> tuple[list[str], list[list[str]]]:
    names, rows = iter_rows(store, sparql)
    return names, list(rows if limit is None else itertools.islice(rows, limit))


def run_query(graph: str | Path, sparql: str, fmt: str = "table", limit: int | None = DEFAULT_LIMIT,
              timeout: float | None = DEFAULT_TIMEOUT) -> str:
    """Load ``graph``, answer ``sparql`` and format at most ``limit`` rows, within ``timeout`` seconds.

    With a timeout the query runs in a child process that is killed when the time is up:
    the engine cannot be interrupted from Python while it computes (a sort over a cross
    join, say). ``limit`` 0 or None: every row; ``timeout`` 0 or None: no time limit.
    """
    check_query(sparql)
    limit = limit or None
    if timeout:
        names, rows, more = _in_child(graph, sparql, limit, timeout)
    else:
        names, rows, more = _answer(graph, sparql, limit)
    return format_rows(names, rows, fmt, limit if more else None)


def _answer(graph: str | Path, sparql: str, limit: int | None) -> tuple[list[str], list[list[str]], bool]:
    names, it = iter_rows(load_store(graph), sparql)
    rows = list(it if limit is None else itertools.islice(it, limit + 1))
    more = limit is not None and len(rows) > limit
    return names, rows[:limit] if more else rows, more


def _child(conn, graph: str, sparql: str, limit: int | None) -> None:
    try:
        conn.send(("ok", _answer(graph, sparql, limit)))
    except FilmKGError as exc:
        conn.send(("error", (isinstance(exc, InputError), str(exc), exc.exit_code)))
    except BaseException as exc:  # noqa: BLE001 - reported by the parent as one line
        conn.send(("error", (False, f"{type(exc).__name__}: {exc}", 1)))
    finally:
        conn.close()


def _in_child(graph: str | Path, sparql: str, limit: int | None,
              timeout: float) -> tuple[list[str], list[list[str]], bool]:
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(send, str(graph), sparql, limit), daemon=True)
    proc.start()
    send.close()
    try:
        if not recv.poll(timeout):
            raise QueryTimeout(f"the query took longer than {timeout:g} s and was stopped; "
                               "narrow it, add a LIMIT, or give a longer --timeout")
        try:
            status, payload = recv.recv()
        except EOFError:
            raise FilmKGError("the query process ended without an answer (out of memory?); "
                              "narrow the query or add a LIMIT") from None
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join()
        recv.close()
    if status == "error":
        is_input, message, code = payload
        err = InputError(message) if is_input else FilmKGError(message)
        err.exit_code = code
        raise err
    return payload


def format_rows(names: list[str], rows: list[list[str]], fmt: str, stopped_at: int | None = None) -> str:
    if fmt == "json":
        return json.dumps([dict(zip(names, r, strict=False)) for r in rows], ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow([csv_safe(n) for n in names])
        w.writerows([csv_safe(c) for c in r] for r in rows)
        return buf.getvalue()
    widths = [min(60, max([len(n)] + [len(r[i]) for r in rows])) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths, strict=False)), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(_cut(c, w).ljust(w) for c, w in zip(r, widths, strict=False)) for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})"
                 + (f" (stopped at --limit {stopped_at}; --limit 0 shows all)" if stopped_at else ""))
    return "\n".join(lines) + "\n"


def csv_safe(cell: str) -> str:
    """A cell a spreadsheet would run as a formula (=, +, -, @, tab or CR first) gets a leading
    quote; numbers such as -5 or +1.5 stay numbers."""
    if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
        try:
            float(cell)
            return cell
        except ValueError:
            return "'" + cell
    return cell


def _show(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode | ox.Literal):
        return term.value
    return str(term)


def _cut(s: str, w: int) -> str:
    s = s.replace("\n", " ")
    return s if len(s) <= w else s[: w - 1] + "\u2026"
