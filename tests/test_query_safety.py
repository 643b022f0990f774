"""filmkg query stays local and bounded: no SERVICE, a limit that stops the engine, a timeout,
error positions on the user's own lines, CSV cells that are never formulas."""

from __future__ import annotations

import time
from pathlib import Path

from click.testing import CliRunner

from filmkg.cli import cli
from filmkg.output.query import run_query

SMALL = str(Path(__file__).parent / "data" / "viz-small.trig")
CROSS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def test_service_is_refused_before_any_request():
    q = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    result = CliRunner().invoke(cli, ["query", SMALL, q])
    assert result.exit_code == 2 and "SERVICE" in result.output and "Traceback" not in result.output
    # the word inside a string, an IRI or a comment is not the keyword
    ok = CliRunner().invoke(cli, ["query", SMALL, 'SELECT ?s WHERE { ?s ?p "service" } # SERVICE'])
    assert ok.exit_code == 0, ok.output


def test_the_limit_stops_the_engine_not_the_printout():
    t0 = time.monotonic()
    out = run_query(SMALL, CROSS, "csv", limit=5, timeout=None)
    # a cross join of three patterns is billions of rows here: only a lazy limit returns at once
    assert time.monotonic() - t0 < 20
    assert len(out.splitlines()) == 6  # header and five rows
    table = run_query(SMALL, CROSS, "table", limit=2, timeout=None)
    assert "(2 rows) (stopped at --limit 2" in table


def test_a_timeout_stops_a_runaway_query_with_exit_4():
    result = CliRunner().invoke(cli, ["query", SMALL, CROSS + " ORDER BY ?a ?d ?g", "--timeout", "2"])
    assert result.exit_code == 4, result.output
    assert "took longer than 2 s and was stopped" in result.output


def test_syntax_error_positions_are_the_users_lines():
    result = CliRunner().invoke(cli, ["query", SMALL, "SELECT ?s\nWHERE {\n  ?s ?p\n}"])
    assert result.exit_code == 2 and "SPARQL syntax error" in result.output
    assert "error at 4:" in result.output  # the closing brace, on the user's fourth line


def test_csv_cells_never_start_a_formula():
    q = 'SELECT ?x ?n WHERE { VALUES (?x ?n) { ("=HYPERLINK(\\"http://x\\")" "-5") ("@SUM(A1)" "+3") } }'
    lines = run_query(SMALL, q, "csv", timeout=None).splitlines()
    assert lines[1] == "\"'=HYPERLINK(\"\"http://x\"\")\",-5" and lines[2] == "'@SUM(A1),+3"
