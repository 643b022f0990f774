"""Extraction quality on annotated reviews, scored by the shared scorer (../shared/eval/score.py).

Floors sit a little under the figures in the README, so a change that loses quality on
the dev set or on the extra gold (tests/data/gold-extra) fails here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from filmkg.build import BuildOptions, build

from .conftest import SHARED

SCORER = SHARED / "eval" / "score.py"
TARBALL = SHARED / "corpus" / "rec-arts-movies-reviews-html.tar.gz"
EXTRA = Path(__file__).parent / "data" / "gold-extra"

pytestmark = pytest.mark.skipif(not (SCORER.exists() and TARBALL.exists()), reason="no ../shared")

FLOORS = {
    "dev": {"films": 0.86, "people": 0.89, "credits": 0.82, "characters": 0.72},
    "extra": {"films": 0.80, "people": 0.88, "credits": 0.74, "characters": 0.65},
}


def _score(gold: Path, tmp: Path, extractor) -> dict:
    from filmkg.readers.sources import iter_tarball

    ids = {json.loads(p.read_text(encoding="utf-8"))["doc"] for p in gold.glob("*.json")}
    pages = tmp / "in"
    pages.mkdir()
    for raw in iter_tarball(TARBALL):
        if raw.identifier in ids:
            (pages / f"{raw.identifier}.html").write_bytes(raw.data)
    inputs = [pages] + [SHARED / "corpus" / "text" / f"{i}.txt" for i in ids
                        if (SHARED / "corpus" / "text" / f"{i}.txt").exists()]
    build(inputs, tmp / "out", BuildOptions(formats=("trig",)), extractor=extractor)
    res = subprocess.run([sys.executable, str(SCORER), "--gold", str(gold), "--graph", str(tmp / "out" / "graph.trig"),
                          "--json"], capture_output=True, text=True, check=True)
    return json.loads(res.stdout)


@pytest.mark.parametrize("name,gold", [("dev", SHARED / "eval" / "dev"), ("extra", EXTRA)])
def test_scores_stay_above_floors(name, gold, tmp_path, extractor):
    scores = _score(gold, tmp_path, extractor)
    assert scores["reviewed_film_accuracy"] == 1.0
    low = {k: scores[k]["f1"] for k, floor in FLOORS[name].items() if scores[k]["f1"] < floor}
    assert low == {}, f"{name}: below the floors {FLOORS[name]}"
