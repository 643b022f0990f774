"""Time and peak memory of assembling the build's parts into the outputs, at archive-like scale.

    python benchmarks/bench_merge.py [--quads 3500000] [--parts DIR] [--formats trig,ttl] [--skip-before]

Takes real parts (DIR/.filmkg-parts of a build; by default the example reviews are built
first) and replicates them, each copy under new review and evidence IRIs (entities stay
shared, as in the archive), until about --quads quads. Then, each in a fresh process so
that its peak RSS is its own: "before" = the merge as it was (every part bulk-loaded into
an in-memory pyoxigraph Store, then the writers over the Store: the pretty writers up to
3M quads, pyoxigraph's writers above), and "after" = output/merge.py at half and full
size (the peak should not grow with the size). Prints wall time, CPU time and peak RSS.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_parts(src: list[Path], dest: Path, quads: int) -> int:
    """Copies of the source parts with fresh review/evidence IRIs, about ``quads`` lines in all."""
    dest.mkdir(parents=True)
    text = "".join(p.read_text(encoding="utf-8") for p in src)
    per_copy = text.count("\n")
    review = re.compile(r"(/(?:id|graph)/review/)([^>\s]+)")
    n = 0
    copy = 0
    part_lines: list[str] = []
    while n < quads:
        t = review.sub(lambda m, c=copy: f"{m[1]}{m[2]}-c{c}", text)
        t = t.replace("/id/evidence/", f"/id/evidence/c{copy}-")
        part_lines.append(t)
        n += per_copy
        copy += 1
        if len(part_lines) * per_copy >= 200 * 700 or n >= quads:  # parts of ~200 reviews, as the build writes
            (dest / f"part-{copy:05d}.nq").write_text("".join(part_lines), encoding="utf-8", newline="\n")
            part_lines = []
    return n


def peak_rss_mib() -> float:
    """This process's own high-water RSS (VmHWM; ru_maxrss would include the forking parent's)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(mode: str, parts: Path, out: Path, formats: tuple[str, ...]) -> None:
    files = sorted(parts.glob("part-*.nq"))
    if mode == "after":
        from filmkg.output.merge import merge_parts

        r = merge_parts(files, out, formats)
        print(f"{peak_rss_mib()}\nquads={r.quads} counts={r.counts}")
        return
    # before: the merge as it was (filmkg/build.py _assemble and output/formats.py before issue 13)
    import pyoxigraph as ox

    from filmkg.core.atomic import atomic_write
    from filmkg.output.formats import PREFIX_IRIS
    from filmkg.output.pretty import PRETTY_LIMIT, write_trig, write_union_turtle

    store = ox.Store()
    for part in files:
        store.bulk_load(path=str(part), format=ox.RdfFormat.N_QUADS)
    big = len(store) > PRETTY_LIMIT
    for f in formats:
        path = out / {"trig": "graph.trig", "ttl": "graph.ttl", "nq": "graph.nq"}[f]
        if f == "trig" and not big:
            with atomic_write(path, "w") as fh:
                write_trig(store, fh, PREFIX_IRIS)
        elif f == "ttl" and not big:
            with atomic_write(path, "w") as fh:
                write_union_turtle(store, fh, PREFIX_IRIS)
        elif f == "ttl":
            union = store.query("CONSTRUCT { ?s ?p ?o } WHERE { { GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o } }")
            with atomic_write(path) as fh:
                ox.serialize(union, fh, ox.RdfFormat.TURTLE, prefixes=PREFIX_IRIS)
        else:
            fmt = {"trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS}[f]
            with atomic_write(path) as fh:
                store.dump(fh, fmt, prefixes=PREFIX_IRIS if f != "nq" else None)
    quads = len(store)
    del store
    print(f"{peak_rss_mib()}\nquads={quads}")


def measure(mode: str, parts: Path, out: Path, formats: tuple[str, ...]) -> tuple[float, float, float, str]:
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, __file__, "--child", mode, str(parts), str(out), ",".join(formats)],
                            stdout=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    text = proc.stdout.read().strip() if proc.stdout else ""
    if status:
        raise SystemExit(f"{mode} merge failed ({status})")
    rss, text = text.split("\n", 1)
    sizes = ", ".join(f"{p.name} {p.stat().st_size / 1e6:.0f} MB" for p in sorted(out.glob("graph.*")) if p.is_file())
    return wall, usage.ru_utime + usage.ru_stime, float(rss), f"{text}; {sizes}"


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]), tuple(sys.argv[5].split(",")))
        return 0
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quads", type=int, default=3_500_000)
    ap.add_argument("--parts", type=Path, help="an existing build's output folder (its .filmkg-parts are used)")
    ap.add_argument("--formats", default="trig,ttl")
    ap.add_argument("--skip-before", action="store_true")
    ap.add_argument("--tmp", type=Path, default=None, help="scratch folder (needs ~2 KB per quad)")
    a = ap.parse_args()
    formats = tuple(a.formats.split(","))

    with tempfile.TemporaryDirectory(dir=a.tmp, prefix="bench-merge-") as tmp:
        tmp = Path(tmp)
        if a.parts is None:
            # in a child: spaCy's memory must not be what the measured merges fork from
            subprocess.run([sys.executable, "-m", "filmkg.cli", "build", str(ROOT / "examples" / "reviews"),
                            "-o", str(tmp / "demo"), "-f", "nq"], check=True, stdout=subprocess.DEVNULL)
            a.parts = tmp / "demo"
        src = sorted((a.parts / ".filmkg-parts").glob("part-*.nq"))
        rows = []
        for label, size in (("half", a.quads // 2), ("full", a.quads)):
            parts = tmp / f"parts-{label}"
            n = make_parts(src, parts, size)
            if label == "full" and not a.skip_before:
                rows.append((f"before ({n / 1e6:.1f}M)", *measure("before", parts, tmp / "out", formats)))
            rows.append((f"after ({n / 1e6:.1f}M)", *measure("after", parts, tmp / "out", formats)))
            shutil.rmtree(parts)
        print(f"merge of parts into {', '.join(formats)}")
        print(f"{'':16} {'wall s':>8} {'CPU s':>8} {'peak RSS MiB':>13}")
        for label, wall, cpu, rss, note in rows:
            print(f"{label:16} {wall:8.1f} {cpu:8.1f} {rss:13.0f}   {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
