"""The benchmark scripts run and print every figure (their numbers are read by people, not asserted)."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"


def digest(folder: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            h.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def test_make_corpus_is_deterministic(tmp_path):
    for name in ("a", "b"):
        subprocess.run([sys.executable, BENCH / "make_corpus.py", tmp_path / name, "--mb", "0.2"], check=True,
                       capture_output=True)
    assert digest(tmp_path / "a") == digest(tmp_path / "b")
    assert (tmp_path / "a" / "corpus.jsonl").stat().st_size > 150_000
    assert len(list((tmp_path / "a" / "txt").glob("*.txt"))) > 10


def test_bench_build_prints_every_step_and_the_targets(tmp_path):
    # 1 MB (about 8,600 sentences): a build starts its workers only past its first 4,000 sentences
    # (pipeline.SMALL_JOB_SENTENCES), and this checks what the workers do
    out = subprocess.run([sys.executable, BENCH / "bench_build.py", "--mb", "1", "--runs", "1", "--workers", "2",
                          "--tmp", tmp_path], check=True, capture_output=True, text=True, timeout=600).stdout
    for row in ("(a) cost floor", "(b) build", "(c) relabel, pattern added", "(c) relabel, pattern dropped",
                "(d) relabel --all", "ratio build / floor", "rulebook load"):
        assert row in out, out
    # where the time goes: with 2 workers the classifying is theirs, not the writer's
    cpu = {line.split()[1]: line.split() for line in out.splitlines() if line.startswith("  (a) cost") or line.startswith("  (b) build")}
    assert set(cpu) == {"cost", "build"}, out
    build_workers, floor_workers = float(cpu["build"][5]), float(cpu["cost"][6])
    assert build_workers > floor_workers > 0, out
    assert "leaves the workers at most" in out, out
    targets = out.split("targets (issue 6):")[1].strip().splitlines()
    assert len(targets) == 4 and all(line.split()[0] in ("met", "MISSED") for line in targets), out
    # the dropped pattern changed labels, which relabel counted
    dropped = next(line for line in out.splitlines() if line.startswith("(c) relabel, pattern dropped"))
    assert int(dropped.split()[-3].replace(",", "")) > 0, dropped


def test_bench_steps_times_every_step_of_the_labels_it_checked(tmp_path):
    out = subprocess.run([sys.executable, BENCH / "bench_steps.py", "--mb", "0.2", "--runs", "1"], check=True,
                         capture_output=True, text=True, timeout=600).stdout
    rows = {line[:22].strip(): float(line[22:]) for line in out.splitlines()[1:]}
    assert list(rows) == ["split", "normalise", "prefilter", "rules", "attribution screen", "attribution", "total"], out
    assert rows["rules"] > 0 and rows["attribution"] > 0, out
    assert abs(sum(v for k, v in rows.items() if k != "total") - rows["total"]) < 0.5, out
