"""``filmkg serve``: a read-only SPARQL 1.1 Protocol endpoint over a filmkg store.

A thin Starlette app over pyoxigraph (query engine, parsers and result serialisers are
pyoxigraph's; this module only speaks the protocol). Why not Oxigraph's own server (the
``oxigraph`` package's ``serve-read-only``), which speaks the same protocol over the same
store: it evaluates ``SERVICE`` by calling the named endpoint, with no option to turn that
off, and an endpoint of this project must not reach the network on a client's behalf.
pyoxigraph does the same in ``Store.query``, so every query passes
:func:`filmkg.output.store.check_no_service` first.

Protocol (https://www.w3.org/TR/sparql11-protocol/):

* ``/sparql`` (and ``/query``): ``GET ?query=``, ``POST`` form (``query=``), ``POST``
  ``application/sparql-query``; ``default-graph-uri`` / ``named-graph-uri`` honoured.
* SELECT/ASK results by ``Accept``: SPARQL JSON (default), XML, CSV, TSV; CONSTRUCT/DESCRIBE:
  Turtle (default), N-Triples, JSON-LD, RDF/XML.
* A malformed query: 400 with the parser's message. Updates: 403 (the store is opened
  read-only). ``SERVICE``: 400.
* CORS headers only when asked for (``cors=True``).
* ``/``: a query page that works offline (its script is served by the endpoint itself, and a
  Content Security Policy allows nothing else).
"""

from __future__ import annotations

import contextlib
import json
import signal
import threading
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qs

import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route

from filmkg.core.errors import FilmKGError
from filmkg.output.query import PREFIX_MAP
from filmkg.output.store import check_no_service, open_store

#: media type -> pyoxigraph results format, for SELECT and ASK (first: the default)
RESULT_TYPES: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
#: media type -> RDF format, for CONSTRUCT and DESCRIBE (first: the default)
GRAPH_TYPES: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/trig": ox.RdfFormat.TRIG,
}
_CHARSET = {"text/csv", "text/tab-separated-values", "text/turtle", "application/n-triples"}
_PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:"


class _Refused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def negotiate(accept: str | None, offered: list[str]) -> str | None:
    """The offered media type the ``Accept`` header likes best (None: none acceptable).

    Higher q wins; at equal q an exact type beats ``type/*``, which beats ``*/*``; then the
    header's order. No header, or ``*/*``, gives the first offered type (the default).
    """
    if not accept or not accept.strip():
        return offered[0]
    best: tuple[tuple[float, int, int], str] | None = None
    for i, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media, q = fields[0].lower(), 1.0
        for f in fields[1:]:
            if f.replace(" ", "").startswith("q="):
                try:
                    q = float(f.split("=", 1)[1])
                except ValueError:
                    q = 0.0
        if q <= 0:
            continue
        if media == "*/*":
            match, specific = offered[0], 0
        elif media.endswith("/*"):
            match, specific = next((o for o in offered if o.startswith(media[:-1])), None), 1
        else:
            match, specific = (media if media in offered else None), 2
        rank = (q, specific, -i)
        if match and (best is None or rank > best[0]):
            best = (rank, match)
    return best[1] if best else None


async def _read_request(request: Request) -> tuple[str, list[str], list[str]]:
    """(query, default-graph-uri values, named-graph-uri values) from any of the three forms."""
    params = request.query_params
    if "update" in params:
        raise _Refused(403, "This endpoint is read-only: updates are refused")
    if request.method == "GET":
        query = params.get("query")
        return query or "", params.getlist("default-graph-uri"), params.getlist("named-graph-uri")
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype == "application/x-www-form-urlencoded":
        # parsed here: Starlette's request.form() needs python-multipart even for this
        try:
            form = parse_qs((await request.body()).decode("utf-8"), keep_blank_values=True)
        except UnicodeDecodeError as exc:
            raise _Refused(400, "The form is not UTF-8") from exc
        if "update" in form:
            raise _Refused(403, "This endpoint is read-only: updates are refused")
        query = (form.get("query") or [""])[0]
        if not query:
            raise _Refused(400, "Missing the 'query' form field")
        return query, form.get("default-graph-uri", []), form.get("named-graph-uri", [])
    if ctype == "application/sparql-query":
        body = await request.body()
        try:
            return body.decode("utf-8"), params.getlist("default-graph-uri"), params.getlist("named-graph-uri")
        except UnicodeDecodeError as exc:
            raise _Refused(400, "The query is not UTF-8") from exc
    if ctype == "application/sparql-update":
        raise _Refused(403, "This endpoint is read-only: updates are refused")
    raise _Refused(415, "POST the query as application/x-www-form-urlencoded (query=...) or application/sparql-query")


def _graphs(iris: list[str]) -> list[ox.NamedNode]:
    try:
        return [ox.NamedNode(i) for i in iris]
    except ValueError as exc:
        raise _Refused(400, f"Not an IRI in default-graph-uri/named-graph-uri: {exc}") from exc


def _evaluate(store: ox.Store, query: str, default: list[str], named: list[str],
              accept: str | None) -> tuple[bytes, str]:
    """Runs the query and serialises the answer (in a worker thread: pyoxigraph blocks)."""
    try:
        check_no_service(query)
    except FilmKGError as exc:
        raise _Refused(400, str(exc)) from exc
    options: dict = {"prefixes": PREFIX_MAP}
    if default:
        options["default_graph"] = _graphs(default)
    if named:
        options["named_graphs"] = _graphs(named)
    try:
        result = store.query(query, **options)
        if isinstance(result, ox.QueryTriples):
            media = negotiate(accept, list(GRAPH_TYPES))
            if media is None:
                raise _Refused(406, f"CONSTRUCT/DESCRIBE answers are {', '.join(GRAPH_TYPES)}")
            return result.serialize(format=GRAPH_TYPES[media]), media
        media = negotiate(accept, list(RESULT_TYPES))
        if media is None:
            raise _Refused(406, f"SELECT/ASK answers are {', '.join(RESULT_TYPES)}")
        return result.serialize(format=RESULT_TYPES[media]), media
    except SyntaxError as exc:
        raise _Refused(400, str(exc)) from exc
    except OSError as exc:
        raise _Refused(500, f"Query evaluation failed: {exc}") from exc


def create_app(store_dir: str | Path, *, cors: bool = False) -> Starlette:
    """The endpoint's ASGI app over the store folder ``store_dir`` (opened read-only)."""
    store = open_store(store_dir)

    async def sparql(request: Request) -> Response:
        try:
            query, default, named = await _read_request(request)
            if not query:
                if request.method == "GET":
                    return _page()
                raise _Refused(400, "Missing the 'query' parameter")
            body, media = await run_in_threadpool(_evaluate, store, query, default, named,
                                                  request.headers.get("accept"))
        except _Refused as exc:
            return PlainTextResponse(exc.message + "\n", status_code=exc.status)
        if media in _CHARSET:
            media += "; charset=utf-8"
        return Response(body, media_type=media)

    async def update(request: Request) -> Response:
        return PlainTextResponse("This endpoint is read-only: updates are refused\n", status_code=403)

    async def page(request: Request) -> Response:
        return _page()

    async def script(request: Request) -> Response:
        return Response(_asset("query-page.js"), media_type="text/javascript; charset=utf-8")

    async def style(request: Request) -> Response:
        return Response(_asset("query-page.css"), media_type="text/css; charset=utf-8")

    async def examples(request: Request) -> Response:
        from filmkg.queries import examples as all_examples

        data = [{"name": e.name, "title": e.title, "query": e.bind()} for e in all_examples().values()]
        return Response(json.dumps(data), media_type="application/json")

    routes = [
        Route("/", page, methods=["GET"]),
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/query", sparql, methods=["GET", "POST"]),
        Route("/update", update, methods=["GET", "POST"]),
        Route("/query-page.js", script, methods=["GET"]),
        Route("/query-page.css", style, methods=["GET"]),
        Route("/examples.json", examples, methods=["GET"]),
    ]
    middleware = []
    if cors:
        middleware.append(Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST"],
                                     allow_headers=["Accept", "Content-Type"]))
    return Starlette(routes=routes, middleware=middleware)


def _asset(name: str) -> bytes:
    return resources.files("filmkg.output").joinpath("assets", name).read_bytes()


def _page() -> Response:
    return HTMLResponse(_asset("query-page.html"), headers={"Content-Security-Policy": _PAGE_CSP})


def serve(store_dir: str | Path, host: str = "127.0.0.1", port: int = 7878, cors: bool = False,
          log_level: str = "warning") -> None:
    """Serves the store until SIGINT/SIGTERM, then shuts down cleanly and returns."""
    import uvicorn

    class Server(uvicorn.Server):
        """uvicorn's server, minus re-raising the stop signal after its clean shutdown: a
        `filmkg serve` stopped by Ctrl-C or SIGTERM has done its job and exits 0."""

        @contextlib.contextmanager
        def capture_signals(self) -> Iterator[None]:
            if threading.current_thread() is not threading.main_thread():
                yield
                return
            previous = {sig: signal.signal(sig, self.handle_exit) for sig in (signal.SIGINT, signal.SIGTERM)}
            try:
                yield
            finally:
                for sig, handler in previous.items():
                    signal.signal(sig, handler)

    app = create_app(store_dir, cors=cors)
    Server(uvicorn.Config(app, host=host, port=port, log_level=log_level, access_log=False)).run()


__all__ = ["GRAPH_TYPES", "RESULT_TYPES", "create_app", "negotiate", "serve"]
