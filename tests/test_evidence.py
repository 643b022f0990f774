"""Evidence: every extracted triple traces back to a span of the review's text, by SPARQL."""

from __future__ import annotations

import re
from pathlib import Path

from filmkg.output.query import load_store, query_rows

README = Path(__file__).resolve().parent.parent / "README.md"


def readme_query(title: str) -> str:
    """The SPARQL block that follows a heading in the README (tests keep the docs honest)."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index(title) :]
    return re.search(r"```sparql\n(.*?)```", section, re.DOTALL)[1]


def test_readme_evidence_query_spans_match_the_text(demo_build):
    store = load_store(demo_build.files["trig"])
    names, rows = query_rows(store, readme_query("### Evidence query"))
    assert {"film", "actor", "span", "begin", "end", "extractor", "confidence", "text"} <= set(names)
    assert len(rows) > 20
    col = {n: i for i, n in enumerate(names)}
    for r in rows:
        text, b, e = r[col["text"]], int(r[col["begin"]]), int(r[col["end"]])
        assert text[b:e] == r[col["span"]]
        assert 0 < float(r[col["confidence"]]) <= 1


def test_every_statement_span_equals_the_source_text(demo_build):
    store = load_store(demo_build.files["trig"])
    names, rows = query_rows(store, """
        SELECT ?text ?b ?e ?anchor WHERE {
          GRAPH ?g { ?st nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?anchor ; fkv:review ?r .
                     ?r schema:text ?text } }""")
    assert len(rows) > 300
    bad = [r for r in rows if r[0][int(r[1]) : int(r[2])] != r[3]]
    assert bad == []


def test_credit_evidence_names_extractor_and_confidence(demo_build):
    store = load_store(demo_build.files["trig"])
    _, rows = query_rows(store, """
        SELECT ?span ?x ?c WHERE { GRAPH ?g {
          ?st rdf:subject ?f ; rdf:predicate schema:director ; rdf:object ?p ;
              nif:anchorOf ?span ; fkv:extractor ?x ; fkv:confidence ?c .
          ?f schema:name "Leaving Las Vegas" . ?p schema:name "Mike Figgis" } }""")
    assert ("Mike Figgis", "header.director", "0.9") in {tuple(r) for r in rows}
    assert any(x == "credits.cue_before" and "director-screenwriter Mike Figgis" == s for s, x, _ in rows)


def test_evidence_stays_in_its_review_graph_and_facts_are_merged(demo_build):
    store = load_store(demo_build.files["trig"])
    in_default = query_rows(store, "SELECT ?st WHERE { ?st nif:anchorOf ?span }")[1]
    in_graphs = query_rows(store, "SELECT ?st WHERE { GRAPH ?g { ?st nif:anchorOf ?span } }")[1]
    assert in_default == [] and len(in_graphs) > 300
    # the facts those statements support are in the merged default graph
    assert query_rows(store, """SELECT ?p WHERE { ?f schema:name "Leaving Las Vegas" ; schema:director ?p }""")[1]
