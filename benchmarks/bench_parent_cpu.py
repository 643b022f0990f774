"""Where the extraction rules run: CPU time of the parent process and of its workers in a build.

    python benchmarks/bench_parent_cpu.py [--n 200] [-j 2] [--archive ../shared/corpus/...tar.gz]

Builds the first N reviews of the archive with ``-j`` spaCy worker processes and prints the
CPU time (user + system) of the parent process during the build (loading the KB and the
model included) and that of the worker processes. With the extraction rules inside the spaCy
pipeline they run in the workers; the parent is left reading, linking and writing the graph.
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=200, help="reviews to build")
    ap.add_argument("-j", "--processes", type=int, default=2)
    ap.add_argument("--archive", type=Path, default=ARCHIVE)
    a = ap.parse_args()

    from filmkg.build import BuildOptions, build
    from filmkg.readers.sources import iter_raw

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
    print(f"worker CPU           {workers:.1f} s")
    print(f"parent share         {100 * parent / max(parent + workers, 1e-9):.0f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
