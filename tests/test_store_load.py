"""How a build fills its store: one bulk load after extraction, one encoding batch at a time."""

from __future__ import annotations

import os

import pyoxigraph as ox
import pytest

from filmkg.output import store as store_mod

G = "https://w3id.org/filmkg/graph/review/"
EV = "https://w3id.org/filmkg/id/evidence/"


def _part(path, review: str, n: int) -> None:
    lines = [f'<https://w3id.org/filmkg/id/film/f{review}-{i}> <https://schema.org/name> "F {i}" <{G}{review}> .'
             for i in range(n)]
    lines.append(f'<{EV}{review}> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> '
                 f'"span" <{G}{review}> .')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_new_store_is_loaded_from_every_part_with_progress(tmp_path):
    parts = []
    for review in ("1", "2", "3"):
        parts.append(tmp_path / f"part-{review}.nq")
        _part(parts[-1], review, 50)
    feeder = store_mod.BackgroundLoad(tmp_path / "store")
    for p in parts:
        feeder.add(p)
    seen: list[tuple[int, int]] = []
    done = feeder.finish(lambda n, of: seen.append((n, of)), every=0.001)
    assert all(0 <= n <= of == 3 for n, of in seen)
    st = store_mod.open_store(done)
    named = [q for q in st if isinstance(q.graph_name, ox.NamedNode)]
    default = [q for q in st if isinstance(q.graph_name, ox.DefaultGraph)]
    assert len(named) == 3 * 51
    # facts are merged into the default graph; evidence statements stay in their review graph
    assert len(default) == 3 * 50 and not any(q.subject.value.startswith(EV) for q in default)


@pytest.mark.skipif(not hasattr(os, "sched_getaffinity") or len(os.sched_getaffinity(0)) < 2,
                    reason="needs two cores to pin and unpin")
def test_the_bulk_load_runs_pinned_only_until_it_starts_and_gives_the_cores_back(tmp_path):
    cpus = os.sched_getaffinity(0)
    during: list[set[int]] = []

    def quads():
        during.append(os.sched_getaffinity(0))  # the loader's first pull: after it counted its threads
        for i in range(10):
            yield ox.Quad(ox.NamedNode(f"http://e/{i}"), ox.NamedNode("http://e/p"), ox.Literal(str(i)))

    st = ox.Store(str(tmp_path / "s"))
    store_mod._bulk_extend_one_batch_at_a_time(st, quads())
    assert len(st) == 10
    assert during == [cpus] and os.sched_getaffinity(0) == cpus
