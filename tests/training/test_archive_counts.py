"""The one archive pass (training/archive_counts.py): what it counts from a few headers, that its output is
byte-stable, that the gold sets stay out of it, and that the packaged files were counted by today's header rules."""

from __future__ import annotations

import gzip
import importlib
import json
import sys
from pathlib import Path

import pytest

from filmkg.core.records import Review
from filmkg.extractors.models import ARCHIVE_LEXICON, ARCHIVE_ROLES

TRAINING = Path(__file__).resolve().parents[2] / "training"


@pytest.fixture(scope="module")
def training():
    """training/'s modules (scripts importing each other by file name, as they do when run)."""
    sys.path.insert(0, str(TRAINING))
    try:
        yield {name: importlib.import_module(name)
               for name in ("archive_headers", "archive_lexicon", "archive_roles", "archive_counts", "gold_sets")}
    finally:
        sys.path.remove(str(TRAINING))


HEADER = "Director: Tom Quennell\nCast: Ann Marlow (Lisa Harbour), Joe Dunmore (Sam Gale)\n\n{}\n"


def _reviews() -> list[Review]:
    prose = ["A tale of a lighthouse, told well.", "The plot is thin.", "Lisa Harbour (Ann Marlow) is fine."]
    return [Review(f"9{i}", HEADER.format(p), f"9{i}.html", title="Glass Harbour, The (1994)", year=1994,
                   critic=f"Critic {i}") for i, p in enumerate(prose)] + \
        [Review("99", "Written and directed by Tom Quennell\n\nAnother film.\n", "99.html", title="Salt Bay (1996)",
                year=1996, critic="Critic 0")]


def _count(training) -> tuple[dict, dict]:
    lexicon, roles = training["archive_lexicon"].LexiconCounts(), training["archive_roles"].RolesCounts()
    for review in _reviews():
        h = training["archive_headers"].headers_of(review)
        lexicon.add(h)
        roles.add(h)
    return lexicon.result(), roles.result()


def test_a_few_headers_count_as_critics_and_reviews(training):
    lex, roles = _count(training)
    assert lex["reviews"] == roles["reviews"] == 4
    # careers count reviews: three headers direct, one also writes; four reviews name him
    assert roles["names"]["Tom Quennell"] == [4, 0, 1, 0, 0]
    assert roles["names"]["Ann Marlow"] == [0, 3, 0, 0, 0]
    # the lexicon counts critics: three critics, each a part the header gives (and one's prose again)
    assert lex["characters"]["Lisa Harbour"] == [3, 0]
    assert {"Quennell", "Marlow", "Dunmore"} <= set(lex["surnames"])
    assert {"Tom", "Ann", "Joe"} <= set(lex["given_names"])
    # the film's own cast and crew list, by its page title and year
    film = lex["principals"]["glassharbour"]["1994"]
    assert film["Ann Marlow"] == ["actor"] and film["Tom Quennell"] == ["director"]
    assert "saltbay" not in lex["principals"]  # one critic is not enough


def test_the_output_is_byte_stable(training, tmp_path):
    write = training["archive_counts"].write
    for run in ("a", "b"):
        lex, roles = _count(training)
        write(lex, tmp_path / f"lex-{run}.json.gz")
        write(roles, tmp_path / f"roles-{run}.json.gz")
    assert (tmp_path / "lex-a.json.gz").read_bytes() == (tmp_path / "lex-b.json.gz").read_bytes()
    assert (tmp_path / "roles-a.json.gz").read_bytes() == (tmp_path / "roles-b.json.gz").read_bytes()


def test_every_gold_folder_is_left_out_by_its_name(training, tmp_path, monkeypatch):
    gold_sets = training["gold_sets"]
    for rel in ("tests/data/gold-unseen9/0101.json", "tests/data/gold-x/replaced/0202.json",
                "tests/data/hostile/0303.json", "shared/eval/dev/0404.json"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("{}")
    monkeypatch.setattr(gold_sets, "ROOT", tmp_path)
    monkeypatch.setattr(gold_sets, "SHARED", tmp_path / "shared")
    ids = gold_sets.excluded_ids()
    assert {"0101", "0202", "0404"} <= ids and "0303" not in ids  # a new gold-* folder needs no list


def test_the_fingerprint_follows_code_not_comments(training):
    tokens = training["archive_headers"]._code_tokens
    base = list(tokens('def f(x):\n    """Doc."""\n    return g(x, 1)\n'))
    assert base == list(tokens('def f(x):  # why\n    """Another doc."""\n\n    return g(x,\n             1)\n'))
    assert base != list(tokens('def f(x):\n    """Doc."""\n    return g(x, 2)\n'))


def test_the_packaged_files_were_counted_by_todays_header_rules_and_gold_sets(training):
    today = training["archive_headers"].fingerprints(training["gold_sets"].never_read())
    what = {"header_parser": "extractors/header.py or run_in_header.py changed",
            "counting_code": "training/archive_headers.py, archive_lexicon.py or archive_roles.py changed",
            "left_out": "the reviews left out changed (a gold set added to tests/data?)"}
    for path in (ARCHIVE_LEXICON, ARCHIVE_ROLES):
        data = json.loads(gzip.decompress(path.read_bytes()))
        for key, why in what.items():
            assert data.get(key) == today[key], (
                f"{path.name} is stale: {why} since it was counted ({data.get(key)}, today {today[key]}); "
                "recount both files with `make archive-counts` (training/archive_counts.py, a few minutes)")


def test_capitals_are_counted_only_in_reviews_that_write_titles_in_title_case(training):
    from collections import defaultdict

    counts: dict[str, set[str]] = defaultdict(set)
    count = training["archive_lexicon"].count_acronyms
    count("Glass Road is fine, and the KNBC anchor says so, IMHO, at length.", "Glass Road", "ann", counts)
    # the page's film in capitals, or two words in capitals: a critic who caps titles
    count("GLASS ROAD is fine. GLASS ROAD beats the KNBC gala, really.", "Glass Road", "bo", counts)
    count("Glass Road is fine, as TIN LAKE was, and the WKRP crew says so.", "Glass Road", "cy", counts)
    assert dict(counts) == {"KNBC": {"ann"}, "IMHO": {"ann"}}
