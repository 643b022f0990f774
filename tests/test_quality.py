"""Extraction quality on annotated reviews, scored by the shared scorer (../shared/eval/score.py).

Floors sit a little under the measured figures (dev, 63 reviews: films 0.872, people 0.901,
credits 0.846, characters 0.804; extra: 0.860, 0.921, 0.817, 0.714;
unseen: 0.737, 0.891, 0.794, 0.844), so a change that loses quality on
the dev set or on the extra gold (tests/data/gold-extra) fails here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from filmkg.build import BuildOptions, build
from filmkg.evaluate import gold_inputs, score

from .conftest import SHARED

SCORER = SHARED / "eval" / "score.py"
TARBALL = SHARED / "corpus" / "rec-arts-movies-reviews-html.tar.gz"
EXTRA = Path(__file__).parent / "data" / "gold-extra"
UNSEEN = Path(__file__).parent / "data" / "gold-unseen"

pytestmark = pytest.mark.skipif(not (SCORER.exists() and TARBALL.exists()), reason="no ../shared")

FLOORS = {
    "dev": {"films": 0.86, "people": 0.89, "credits": 0.83, "characters": 0.79},
    "extra": {"films": 0.84, "people": 0.90, "credits": 0.80, "characters": 0.70},
    # first measured before any rule looked at these reviews (films 0.733, people 0.861, credits 0.743,
    # characters 0.791); their errors are not read while writing rules: they stay the honest estimate.
    "unseen": {"films": 0.72, "people": 0.87, "credits": 0.77, "characters": 0.82},
}


def _score(gold: Path, tmp: Path, extractor) -> dict:
    inputs = gold_inputs(gold, SHARED / "corpus", tmp / "in")
    build(inputs, tmp / "out", BuildOptions(formats=("trig",)), extractor=extractor)
    return json.loads(score(gold, tmp / "out" / "graph.trig", SCORER, as_json=True))


@pytest.mark.parametrize("name,gold", [("dev", SHARED / "eval" / "dev"), ("extra", EXTRA), ("unseen", UNSEEN)])
def test_scores_stay_above_floors(name, gold, tmp_path, extractor):
    scores = _score(gold, tmp_path, extractor)
    assert scores["reviewed_film_accuracy"] == 1.0
    low = {k: scores[k]["f1"] for k, floor in FLOORS[name].items() if scores[k]["f1"] < floor}
    assert low == {}, f"{name}: below the floors {FLOORS[name]}"
