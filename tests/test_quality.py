"""Extraction quality on annotated reviews, scored by the shared scorer (../shared/eval/score.py).

Floors sit a little under the measured figures (tenth pass: films7, u25c, rel7 merged; dev, 63 reviews: films
0.950, people 0.947, credits 0.933, characters 0.897; extra: 0.946, 0.936, 0.887, 0.782; unseen, 40 reviews: 0.960,
0.942, 0.892, 0.844; unseen2, 16 reviews: 0.922, 0.930, 0.877, 0.851; unseen3, 20 reviews: 0.871, 0.961, 0.913,
0.897; unseen4, 20 reviews: 0.899, 0.950, 0.887, 0.925; unseen5, 20 reviews: 0.920, 0.936, 0.940, 0.822; unseen6, 20
reviews: 0.832, 0.949, 0.840, 0.865; unseen7, 20 reviews: 0.894, 0.916, 0.827, 0.822), so a change that loses
quality on any of the nine sets fails here.
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
UNSEEN2 = Path(__file__).parent / "data" / "gold-unseen2"
UNSEEN3 = Path(__file__).parent / "data" / "gold-unseen3"
UNSEEN4 = Path(__file__).parent / "data" / "gold-unseen4"
UNSEEN5 = Path(__file__).parent / "data" / "gold-unseen5"
UNSEEN6 = Path(__file__).parent / "data" / "gold-unseen6"
UNSEEN7 = Path(__file__).parent / "data" / "gold-unseen7"

pytestmark = pytest.mark.skipif(not (SCORER.exists() and TARBALL.exists()), reason="no ../shared")

FLOORS = {
    # credits 0.877 -> 0.878 on dev and 0.776 -> 0.784 on unseen with the third pass of credit phrasings
    # seventh pass (hdr3, titles4, chars4, people4, quoted): 0.934, 0.949, 0.912, 0.895
    # eighth pass: 0.946, 0.947, 0.928, 0.895; ninth pass: 0.950, 0.947, 0.932, 0.895; tenth pass: 0.950, 0.947,
    # 0.933, 0.897
    "dev": {"films": 0.935, "people": 0.935, "credits": 0.92, "characters": 0.885},
    # films 0.860 -> 0.839 with the packaged model (its FILM entities take KB titles the gold
    # leaves out on these 12; on dev and unseen films rose)
    # seventh pass: 0.891, 0.936, 0.848, 0.782; eighth pass: 0.901, 0.936, 0.877, 0.782; ninth pass: 0.923,
    # 0.936, 0.884, 0.782; tenth pass: 0.946, 0.936, 0.887, 0.782
    "extra": {"films": 0.93, "people": 0.92, "credits": 0.875, "characters": 0.77},
    # Their errors are never read while writing rules: they stay the honest estimate. The first 24
    # scored 0.733, 0.861, 0.743, 0.791 before any rule existed that had seen them; the 16 added
    # later scored 0.857, 0.892, 0.706, 0.695 on first sight; all 40 then: 0.792, 0.891, 0.761, 0.793.
    # people2 + credits2 (rules from dev errors only): 0.854, 0.913, 0.798, 0.819
    # actors2 + roles + films2 (rules from dev errors only): 0.854, 0.919, 0.805, 0.823
    # crew3 + films3 + chars3 + contrib (rules from dev errors only): 0.866, 0.928, 0.811, 0.831
    # seventh pass (rules from dev and unseen3 errors): 0.886, 0.935, 0.822, 0.847
    # eighth pass (rules from dev, unseen3 and unseen4 errors, the archive's own cast lists): 0.934, 0.938,
    # 0.866, 0.844; ninth pass: 0.960, 0.942, 0.892, 0.844
    "unseen": {"films": 0.945, "people": 0.925, "credits": 0.875, "characters": 0.83},
    # 16 more (seed 20261202, critics in no other set), scored once on first sight (0.857, 0.863,
    # 0.774, 0.817) and once with the rules of this floor, errors never read
    # then 0.865, 0.881, 0.766, 0.817 with actors2 + roles + films2
    # then 0.874, 0.901, 0.792, 0.830 with crew3 + films3 + chars3 + contrib
    # then 0.874, 0.917, 0.802, 0.830 with the seventh pass; 0.891, 0.922, 0.830, 0.842 with the eighth
    # and the same with the ninth; then a learning set (its errors read by the tenth pass): 0.922, 0.930, 0.877,
    # 0.851
    "unseen2": {"films": 0.905, "people": 0.915, "credits": 0.86, "characters": 0.835},
    # 20 more (seed 20261203, critics in no other set), scored on first sight with f4bab61's rules
    # (0.726, 0.854, 0.717, 0.618: characters recall 0.46, director recall 0.45), errors never read;
    # then 0.726, 0.871, 0.741, 0.624 with crew3 + films3 + chars3 + contrib; then a learning set (its
    # errors read by the seventh pass): 0.826, 0.964, 0.840, 0.897; eighth pass 0.859, 0.961, 0.899, 0.897;
    # ninth pass 0.871, 0.961, 0.908, 0.897; tenth pass 0.871, 0.961, 0.913, 0.897
    "unseen3": {"films": 0.855, "people": 0.945, "credits": 0.90, "characters": 0.88},
    # 20 more (seed 20261204, critics in no other set), scored on first sight (0.819, 0.939, 0.790,
    # 0.901) and once with the seventh pass (0.819, 0.944, 0.787, 0.901), errors never read; then a
    # learning set (its errors read by the eighth pass): 0.874, 0.950, 0.861, 0.925; ninth pass 0.899, 0.950,
    # 0.880, 0.925; tenth pass 0.899, 0.950, 0.887, 0.925
    "unseen4": {"films": 0.88, "people": 0.935, "credits": 0.87, "characters": 0.90},
    # 20 more (seed 20261205, critics in no other set), scored on first sight with e2a214e's rules
    # (0.848, 0.936, 0.851, 0.807), with the eighth pass (0.897, 0.936, 0.888, 0.807) and with the ninth (the
    # same), errors never read; then a learning set (its errors read by the tenth pass): 0.920, 0.936, 0.940, 0.822
    "unseen5": {"films": 0.905, "people": 0.92, "credits": 0.925, "characters": 0.805},
    # 20 more (seed 20261206, critics in no other set), scored on first sight with 79207a0's rules
    # (0.805, 0.946, 0.828, 0.859: director recall 0.53) and with the ninth pass (0.820, 0.949, 0.831, 0.865),
    # errors never read; with the tenth pass 0.832, 0.949, 0.840, 0.865
    "unseen6": {"films": 0.815, "people": 0.93, "credits": 0.825, "characters": 0.85},
    # 20 more (seed 20261207, critics in no other set), scored on first sight with f6e56a9's rules (0.903, 0.916,
    # 0.825, 0.822) and with the tenth pass (0.894, 0.916, 0.827, 0.822), errors never read
    "unseen7": {"films": 0.875, "people": 0.90, "credits": 0.81, "characters": 0.80},
}
#: The reviewed film must be right on every review the rules were developed on; on the held-out
#: set a miss is a finding to report, not to tune away (39 of 40 on first sight).
REVIEWED_FLOOR = {"dev": 1.0, "extra": 1.0, "unseen": 0.97, "unseen2": 0.93, "unseen3": 0.95, "unseen4": 0.95,
                  "unseen5": 0.95, "unseen6": 0.95, "unseen7": 0.95}


def _score(gold: Path, tmp: Path, extractor) -> dict:
    inputs = gold_inputs(gold, SHARED / "corpus", tmp / "in")
    build(inputs, tmp / "out", BuildOptions(formats=("trig",)), extractor=extractor)
    return json.loads(score(gold, tmp / "out" / "graph.trig", SCORER, as_json=True))


@pytest.mark.parametrize("name,gold", [("dev", SHARED / "eval" / "dev"), ("extra", EXTRA), ("unseen", UNSEEN),
                                       ("unseen2", UNSEEN2), ("unseen3", UNSEEN3), ("unseen4", UNSEEN4),
                                       ("unseen5", UNSEEN5), ("unseen6", UNSEEN6), ("unseen7", UNSEEN7)])
def test_scores_stay_above_floors(name, gold, tmp_path, extractor):
    scores = _score(gold, tmp_path, extractor)
    assert scores["reviewed_film_accuracy"] >= REVIEWED_FLOOR[name]
    low = {k: scores[k]["f1"] for k, floor in FLOORS[name].items() if scores[k]["f1"] < floor}
    assert low == {}, f"{name}: below the floors {FLOORS[name]}"
