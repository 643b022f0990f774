"""Faults: outputs always match the inputs, a failed or interrupted build never leaves a
half-new output set, a lock keeps two builds apart, Ctrl-C stops at once and resumes."""

from __future__ import annotations

import dataclasses
import errno
import fcntl
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from filmkg.build import LOCK_FILE, MANIFEST, PARTS_DIR, STAGING_DIR, BuildInterrupted, BuildOptions, build
from filmkg.cli import cli
from filmkg.core.errors import OutputError

from .conftest import EXAMPLES
from .test_hostile import review_ids

ROOT = Path(__file__).resolve().parent.parent
TRIG = BuildOptions(formats=("trig",))


def _inputs(folder: Path, names=("4335", "2305", "1823")) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in names:
        (folder / f"{n}.html").write_bytes((EXAMPLES / f"{n}.html").read_bytes())
    return folder


def test_outputs_follow_edits_removals_and_duplicates(tmp_path, extractor):
    src, out = _inputs(tmp_path / "in"), tmp_path / "out"
    first = build([src], out, TRIG, extractor=extractor)
    assert (first.reviews, review_ids(out / "graph.trig")) == (3, {"4335", "2305", "1823"})
    # an edited review is extracted again
    page = (src / "2305.html").read_text(encoding="latin-1")
    (src / "2305.html").write_text(page.replace("A film review by", "Added by an edit. A film review by"),
                                   encoding="latin-1")
    before = (out / "graph.trig").read_text()
    edited = build([src], out, TRIG, extractor=extractor)
    after = (out / "graph.trig").read_text()
    assert "Added by an edit" in after
    # only the edited review is extracted again; the others keep their quads from the old part
    assert (edited.reviews, edited.skipped) == (1, 2)
    assert _graph_block(before, "4335") == _graph_block(after, "4335") != set()
    # a removed input leaves the graph
    (src / "1823.html").unlink()
    removed = build([src], out, TRIG, extractor=extractor)
    assert review_ids(out / "graph.trig") == {"4335", "2305"} and removed.counts["reviews"] == 2
    # the same file given twice is built once
    twice = build([src, src / "4335.html"], out, BuildOptions(formats=("trig",), resume=False), extractor=extractor)
    assert (twice.reviews, twice.duplicates, twice.failed) == (2, 1, [])


def _graph_block(trig: str, review: str) -> set:
    from rdflib import Dataset

    from filmkg.graph.iris import review_graph_iri

    ds = Dataset()
    ds.parse(data=trig, format="trig")
    return set(ds.graph(review_graph_iri(review)))


def test_identifiers_that_collide_after_iri_safing_stay_distinct(tmp_path, extractor):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a b.html").write_bytes((EXAMPLES / "4335.html").read_bytes())
    (src / "a_b.html").write_bytes((EXAMPLES / "2305.html").read_bytes())
    report = build([src], tmp_path / "out", TRIG, extractor=extractor)
    assert report.reviews == 2 and report.counts["reviews"] == 2
    assert review_ids(tmp_path / "out" / "graph.trig") == {"a b", "a_b"}
    # one stem in two folders cannot be told apart: the second is refused with a reason
    other = tmp_path / "other"
    other.mkdir()
    (other / "a_b.html").write_bytes((EXAMPLES / "1823.html").read_bytes())
    clash = build([src, other], tmp_path / "out2", TRIG, extractor=extractor)
    assert clash.failed == [(str(other / "a_b.html"), f"the review identifier 'a_b' (the file name stem) is "
                                                      f"already taken by {src / 'a_b.html'}; rename one of them")]


def test_a_second_build_into_a_locked_folder_is_refused(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with open(out / LOCK_FILE, "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        result = CliRunner().invoke(cli, ["build", str(EXAMPLES / "4335.html"), "-o", str(out), "-q"])
    assert result.exit_code == 4 and "another filmkg build is writing this folder" in result.output
    assert not (out / "graph.trig").exists()


def test_stale_temporary_files_are_removed(tmp_path, extractor):
    out = tmp_path / "out"
    build([EXAMPLES / "4335.html"], out, TRIG, extractor=extractor)
    (out / ".graph.trig.abc123.tmp").write_text("half")
    (out / PARTS_DIR / ".part-00009.nq.x.tmp").write_text("half")
    (out / STAGING_DIR).mkdir()
    (out / STAGING_DIR / "graph.trig").write_text("half")
    (out / ".graph.oxigraph.tmp").mkdir()
    build([EXAMPLES / "4335.html"], out, TRIG, extractor=extractor)
    assert not list(out.glob(".*.tmp")) and not list((out / PARTS_DIR).glob(".*.tmp"))
    assert not (out / STAGING_DIR).exists()


def test_a_write_failure_leaves_the_previous_set_whole(tmp_path, extractor, monkeypatch):
    from filmkg.output import formats

    out = tmp_path / "out"
    opts = BuildOptions(formats=("trig", "ttl", "jsonld"))
    build([EXAMPLES / "4335.html"], out, opts, extractor=extractor)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}

    def disk_full(part_files, fh):
        raise OSError(errno.ENOSPC, "No space left on device", fh.name)

    # trig and ttl are written first, then the disk fills up: nothing may be swapped in
    monkeypatch.setitem(formats.FORMATS, "jsonld", dataclasses.replace(formats.FORMATS["jsonld"],
                                                                         from_parts=disk_full))
    with pytest.raises(OutputError, match="No space left on device; free some space"):
        build([EXAMPLES / "4335.html", EXAMPLES / "2305.html"], out, opts, extractor=extractor)
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert not (out / STAGING_DIR).exists()
    monkeypatch.undo()
    # the finished review was kept: the next run only assembles
    again = build([EXAMPLES / "4335.html", EXAMPLES / "2305.html"], out, opts, extractor=extractor)
    assert (again.reviews, again.skipped) == (0, 2)
    assert json.loads((out / MANIFEST).read_text())["files"] == ["graph.jsonld", "graph.trig", "graph.ttl"]
    # a format not asked for any more is removed with the rest of the old set
    build([EXAMPLES / "4335.html"], out, TRIG, extractor=extractor)
    assert not (out / "graph.jsonld").exists() and not (out / "graph.ttl").exists()


def test_ctrl_c_saves_finished_reviews_even_below_one_batch(tmp_path, extractor):
    src, out = _inputs(tmp_path / "in"), tmp_path / "out"

    def interrupt_after_two(done: int, total: int, current: str, failed: int) -> None:
        if done == 2:
            raise KeyboardInterrupt

    with pytest.raises(BuildInterrupted) as info:
        build([src], out, TRIG, progress=interrupt_after_two, extractor=extractor)
    assert info.value.saved == 2
    assert not (out / "graph.trig").exists() and not list(out.rglob("*.tmp"))
    resumed = build([src], out, TRIG, extractor=extractor)
    assert (resumed.reviews, resumed.skipped) == (1, 2)


def test_ctrl_c_leaves_no_temporary_part_file_behind(tmp_path, extractor):
    # a Ctrl-C that lands between a temporary file's creation and the guard that removes it (or a worker stopped
    # in the middle of its write) leaves the file: the interrupted build sweeps its own parts folder
    src, out = _inputs(tmp_path / "in"), tmp_path / "out"

    def interrupt_after_two(done: int, total: int, current: str, failed: int) -> None:
        if done == 2:
            (out / PARTS_DIR / ".part-00009.sum.abc123.tmp").write_text("half")
            raise KeyboardInterrupt

    with pytest.raises(BuildInterrupted):
        build([src], out, TRIG, progress=interrupt_after_two, extractor=extractor)
    assert not list(out.rglob("*.tmp"))


def _mount_tmpfs(path: Path, size: str) -> bool:
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    path.mkdir(parents=True, exist_ok=True)
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                          capture_output=True).returncode == 0


@pytest.fixture
def small_disk(tmp_path):
    mnt = tmp_path / "disk"
    if not _mount_tmpfs(mnt, "400k"):
        pytest.skip("needs root and tmpfs")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_disk_full_exits_4_and_keeps_the_outputs(small_disk, tmp_path, extractor):
    out = small_disk / "out"
    build([EXAMPLES / "4335.html"], out, TRIG, extractor=extractor)
    before = (out / "graph.trig").read_bytes()
    filler = small_disk / "filler"
    free = shutil.disk_usage(small_disk).free
    filler.write_bytes(b"x" * max(0, free - 20_000))
    src = _inputs(tmp_path / "in", ("4335", "2305", "1823", "13195"))
    result = CliRunner().invoke(cli, ["build", str(src), "-o", str(out), "-q", "-f", "trig", "-f", "nq"])
    assert result.exit_code == 4, result.output
    assert "No space left on device" in result.output and "Traceback" not in result.output
    assert (out / "graph.trig").read_bytes() == before and not (out / "graph.nq").exists()
    assert not list(out.glob(".*.tmp")) and not (out / STAGING_DIR).exists()


def test_read_only_output_exits_4_with_one_line(small_disk, extractor):
    out = small_disk / "out"
    build([EXAMPLES / "4335.html"], out, TRIG, extractor=extractor)
    before = (out / "graph.trig").read_bytes()
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    result = CliRunner().invoke(cli, ["build", str(EXAMPLES / "2305.html"), "-o", str(out), "-q"])
    assert result.exit_code == 4, result.output
    assert "Read-only file system; choose a writable --out folder" in result.output
    assert "Traceback" not in result.output and (out / "graph.trig").read_bytes() == before


@pytest.mark.parametrize("jobs", [1, 2])
def test_ctrl_c_in_a_real_build_stops_fast_and_resumes(tmp_path, jobs):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(8):  # 48 reviews in parts of 4: the build is still running at the first part
        for f in EXAMPLES.glob("*.html"):
            (src / f"{f.stem}-{i}.html").write_bytes(f.read_bytes())
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "filmkg.cli", "build", str(src), "-o", str(out), "--batch-size", "4", "-q",
           "-j", str(jobs), "--imdb", "none", "-f", "trig"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    # interrupt once some reviews are done (a finished part): the workers are up and busy, as
    # when a user presses Ctrl-C in the middle of a build, whatever the machine's speed
    deadline = time.monotonic() + 180
    while not list((out / PARTS_DIR).glob("part-*.nq")) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.1)
    assert proc.poll() is None, "the build ended before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    t0 = time.monotonic()
    stdout, stderr = proc.communicate(timeout=60)
    assert time.monotonic() - t0 < 10, "Ctrl-C took too long"
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr and "interrupted" in stderr
    assert not list(out.rglob("*.tmp")) and not (out / "graph.trig").exists()
    saved = int(stderr.split("interrupted; ")[1].split()[0]) if "are saved" in stderr else 0
    again = subprocess.run(cmd[:-6] + ["-j", "1", "--imdb", "none", "-f", "trig"], capture_output=True, text=True,
                           cwd=ROOT, timeout=300)
    assert again.returncode == 0, again.stderr
    if saved:
        assert f"({saved} reused from an earlier run)" in again.stdout
    assert review_ids(out / "graph.trig") == {p.stem for p in src.iterdir()}
