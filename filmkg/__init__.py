"""filmkg: a schema.org knowledge graph from film reviews."""

import os as _os

# One BLAS thread per process, set before anything imports numpy: the NER's small matrix products
# gain nothing from OpenBLAS's extra threads, whose spinning cost 2.5-3 ms of CPU a review
# (benchmarks/bench_stages.py: ner 11.4 -> 8.7 ms), and a ``-j 2`` build already keeps both cores
# busy. A value the user set is kept.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS"):
    _os.environ.setdefault(_var, "1")

__version__ = "0.1.0"


def open(path):  # shadows the builtin inside this package's namespace only, like sqlite3/dbm.open
    """A built graph (a store folder, or a .trig / .nq file) to query from Python or a notebook:
    ``kg = filmkg.open("out/store"); kg.example("costars", actor="Nicolas Cage")``."""
    from filmkg.output.kg import open_graph

    return open_graph(path)
