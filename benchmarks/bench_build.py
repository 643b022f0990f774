"""Throughput and memory of `filmkg build` on archive reviews.

    python benchmarks/bench_build.py [--n 500] [-j 2] [--archive ../shared/corpus/...tar.gz]

Builds the first N reviews of the archive tarball into a temporary folder and prints
reviews per second, the time that rate gives for the whole archive (27,886 reviews), and
the peak resident memory of the build and its spaCy workers.
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=500, help="reviews to build")
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
        t0 = time.perf_counter()
        report = build([pages], Path(tmp) / "out", BuildOptions(n_process=a.processes))
        dt = time.perf_counter() - t0
    rate = report.reviews / dt
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"reviews built      {report.reviews} ({len(report.failed)} failed) with -j {a.processes}")
    print(f"wall time          {dt:.1f} s  ({rate:.2f} reviews/s, model load included)")
    print(f"whole archive      ~{27886 / rate / 60:.0f} min at this rate")
    print(f"peak memory        {own:.0f} MiB (main), {kids:.0f} MiB (largest worker)")
    print(f"graph              {report.quads} quads, {report.counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
