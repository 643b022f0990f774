"""The CLI: every command has help with an example; query prints tables, CSV and JSON."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from filmkg.cli import cli


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_has_help_with_an_example(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output or "example" in result.output


def test_query_formats(demo_build):
    trig = str(demo_build.files["trig"])
    q = ('SELECT ?name WHERE { ?f schema:director ?p . ?f schema:name "Leaving Las Vegas" . '
         "?p schema:name ?name }")
    runner = CliRunner()
    table = runner.invoke(cli, ["query", trig, q])
    assert table.exit_code == 0 and "Mike Figgis" in table.output and "row" in table.output
    as_csv = runner.invoke(cli, ["query", trig, q, "--format", "csv"])
    assert as_csv.output.splitlines()[0] == "name" and "Mike Figgis" in as_csv.output.splitlines()
    as_json = runner.invoke(cli, ["query", trig, q, "--format", "json"])
    assert {"name": "Mike Figgis"} in json.loads(as_json.output)


def test_helpful_errors(tmp_path, demo_build):
    runner = CliRunner()
    bad = runner.invoke(cli, ["query", str(demo_build.files["trig"]), "SELEKT nothing"])
    assert bad.exit_code != 0 and "SPARQL syntax error" in bad.output
    missing = runner.invoke(cli, ["build", str(tmp_path / "nope"), "-o", str(tmp_path / "o")])
    assert missing.exit_code != 0 and "nope: no such file or folder" in missing.output
