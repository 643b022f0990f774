"""Where the extraction rules run: CPU time of the parent process and of its workers in a build.

    python benchmarks/bench_parent_cpu.py [--n 200] [-j 2] [--archive ../shared/corpus/...tar.gz]

Builds the first N reviews of the archive with ``-j`` spaCy worker processes and prints the
CPU time (user + system) of the parent process during the build (loading the KB and the
model included), the part of it spent getting Extractions out of ``extract_many`` (handing
texts to the workers and taking Docs back, plus whatever rules run in the parent), and the
CPU time of the worker processes. With the extraction rules inside the spaCy pipeline they
run in the workers; the parent is left reading, linking and writing the graph.

To measure another checkout (the code before a change), put its package first on the path:
``PYTHONPATH=/path/to/pkg python benchmarks/bench_parent_cpu.py``.
"""

from __future__ import annotations

import argparse
import itertools
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARCHIVE = ROOT.parent / "shared" / "corpus" / "rec-arts-movies-reviews-html.tar.gz"


def _cpu(who: int) -> float:
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def _timed(extract_many):
    """``extract_many`` that adds the parent's CPU time spent producing each item to ``_IN_EXTRACT``."""

    def wrapper(self, *args, **kwargs):
        items = extract_many(self, *args, **kwargs)
        while True:
            t = time.process_time()
            try:
                item = next(items)
            except StopIteration:
                _IN_EXTRACT[0] += time.process_time() - t
                return
            _IN_EXTRACT[0] += time.process_time() - t
            yield item

    return wrapper


_IN_EXTRACT = [0.0]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=200, help="reviews to build")
    ap.add_argument("-j", "--processes", type=int, default=2)
    ap.add_argument("--archive", type=Path, default=ARCHIVE)
    a = ap.parse_args()

    from filmkg.build import BuildOptions, build
    from filmkg.extractors.pipeline import ReviewExtractor
    from filmkg.readers.sources import iter_raw

    ReviewExtractor.extract_many = _timed(ReviewExtractor.extract_many)

    with tempfile.TemporaryDirectory() as tmp:
        pages = Path(tmp) / "in"
        pages.mkdir()
        for raw in itertools.islice(iter_raw([a.archive]), a.n):
            (pages / f"{raw.identifier}.html").write_bytes(raw.data)
        options = BuildOptions(n_process=a.processes, resume=False)
        c0 = _cpu(resource.RUSAGE_SELF)
        t0 = time.perf_counter()
        report = build([pages], Path(tmp) / "out", options)
        wall = time.perf_counter() - t0
        parent = _cpu(resource.RUSAGE_SELF) - c0
        workers = _cpu(resource.RUSAGE_CHILDREN)
    print(f"reviews built        {report.reviews} ({len(report.failed)} failed) with -j {a.processes}")
    print(f"wall time            {wall:.1f} s")
    print(f"parent CPU           {parent:.1f} s (KB and model loading included)")
    print(f"  in extract_many    {_IN_EXTRACT[0]:.1f} s (tokenising, Docs to and from workers, rules in the parent)")
    print(f"worker CPU           {workers:.1f} s")
    print(f"parent share         {100 * parent / max(parent + workers, 1e-9):.0f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
