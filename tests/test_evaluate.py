"""`filmkg eval`'s scores per critic and per review, computed with the shared scorer's own functions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from filmkg.evaluate import format_breakdown, load_scorer, score_breakdown

from .conftest import SHARED

SCORER = SHARED / "eval" / "score.py"

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="no ../shared")

# Two reviews by one critic, one by another; the graph gets every credit of r1 and r3 right, and half of
# r2's (the director is missed, a wrong composer added).
GRAPH = """\
@prefix schema: <https://schema.org/> .
@prefix ex: <http://example.org/> .

ex:g1 { ex:r1 a schema:Review ; schema:identifier "r1" ; schema:itemReviewed ex:f1 .
  ex:f1 a schema:Movie ; schema:name "Alpha" ; schema:director ex:p1 ; schema:actor ex:p2 .
  ex:p1 a schema:Person ; schema:name "Ann Lee" .
  ex:p2 a schema:Person ; schema:name "Bob Ray" . }
ex:g2 { ex:r2 a schema:Review ; schema:identifier "r2" ; schema:itemReviewed ex:f2 .
  ex:f2 a schema:Movie ; schema:name "Beta" ; schema:actor ex:p3 ; schema:musicBy ex:p4 .
  ex:p3 a schema:Person ; schema:name "Cy Dunn" .
  ex:p4 a schema:Person ; schema:name "Di Egan" . }
ex:g3 { ex:r3 a schema:Review ; schema:identifier "r3" ; schema:itemReviewed ex:f3 .
  ex:f3 a schema:Movie ; schema:name "Gamma" ; schema:actor ex:p5 .
  ex:p5 a schema:Person ; schema:name "Eve Fox" . }
"""


def _gold(doc: str, critic: str, film: str, credits: list[tuple[str, str]]) -> dict:
    return {"doc": doc, "critic": critic, "reviewed_film": {"title": film}, "films": {film: []},
            "people": {p: [] for p, _ in credits}, "credits": [[p, r, film] for p, r in credits],
            "characters": [], "notes": ""}


@pytest.fixture()
def scored(tmp_path: Path) -> dict:
    gold = tmp_path / "gold"
    gold.mkdir()
    docs = [_gold("r1", "Kay Critic", "Alpha", [("Ann Lee", "director"), ("Bob Ray", "actor")]),
            _gold("r2", "Kay Critic", "Beta", [("Cy Dunn", "actor"), ("Gus Hale", "director")]),
            _gold("r3", "Lou Writer", "Gamma", [("Eve Fox", "actor")])]
    for d in docs:
        (gold / f"{d['doc']}.json").write_text(json.dumps(d), encoding="utf-8")
    graph = tmp_path / "graph.trig"
    graph.write_text(GRAPH, encoding="utf-8")
    mod = load_scorer(SCORER)
    return score_breakdown(gold, mod.read_predictions(graph), mod)


def test_scores_per_review(scored):
    rows = {r["name"]: r for r in scored["reviews"]}
    assert rows["r1"]["credits"] == 1.0 and rows["r3"]["credits"] == 1.0
    # r2: one right, one wrong (composer), one missed (director): P = R = 1/2.
    assert rows["r2"]["credits"] == 0.5
    assert rows["r2"]["credits_gold"] == 2 and rows["r2"]["critic"] == "Kay Critic"
    assert scored["reviews"][0]["name"] == "r2", "the weakest review comes first"


def test_scores_per_critic(scored):
    rows = {r["name"]: r for r in scored["critics"]}
    assert rows["Kay Critic"]["reviews"] == 2 and rows["Lou Writer"]["reviews"] == 1
    # Kay's two reviews pooled: 3 right, 1 wrong, 1 missed -> P = R = 3/4.
    assert rows["Kay Critic"]["credits"] == 0.75
    assert rows["Kay Critic"]["people"] < 1.0 and rows["Lou Writer"]["people"] == 1.0
    assert [r["name"] for r in scored["critics"]] == ["Kay Critic", "Lou Writer"]


def test_breakdown_text_names_every_critic_and_review(scored):
    text = format_breakdown(scored)
    assert "per critic" in text and "per review" in text
    kay = next(line for line in text.splitlines() if line.startswith("Kay Critic"))
    assert "0.750" in kay
    assert any(line.startswith("r2 ") and "Kay Critic" in line for line in text.splitlines())
