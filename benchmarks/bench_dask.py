"""Benchmark a build on a Dask cluster against the process pool, and the single writer's ceiling.

    python benchmarks/bench_dask.py --mb 100 --runs 3 [--workers 2] [--ceiling-mb 10]
    python benchmarks/bench_dask.py --mb 2 --runs 3 --only pool,local:2 --ceiling-mb 0   # Dask against the pool alone

In one run, on the same corpus (benchmarks/make_corpus.py, deterministic), each in a fresh process:
  (p) `build --workers W`: the process pool;
  (1) `build --dask local:1`: a LocalCluster of one worker process, started by the build;
  (2) `build --dask local:2`: the same with two.
The medians of --runs runs are printed, with the ratio of each Dask build to the pool's taken
within each run (same machine state), then its median. A Dask build's time includes starting
its cluster; "first document" says how long that took.
Then the writer's ceiling: sentences per second the one writer stores when labels cost nothing
(a build of a --ceiling-mb corpus whose labels were all worked out beforehand, untimed), and
from it and the per-core rate of (1), the throughput to expect on 2, 8, 32 and 128 worker cores.
`--only` runs some of (p), (1), (2) (the pool always: the ratios are to it); `--ceiling-mb 0` no ceiling.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_corpus import main as make_corpus  # noqa: E402

STEP = r"""
import json, sys, time
from datasette_demands.corpus import pipeline
from datasette_demands.corpus.ingest import read_documents
from datasette_demands.rulebook.load import load_rulebook
step, db, corpus, workers = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
rulebook = load_rulebook(None)
if step == "ceiling":
    # labels that cost nothing: every document labelled beforehand (untimed), handed back at once
    done = {}
    pool = pipeline._Processes(workers, rulebook)
    chunks = pipeline._chunks(read_documents([corpus], lambda p: None), pipeline.DOCS_PER_TASK)
    for chunk, results in pipeline._in_order(pool, pipeline.label_documents, chunks, per_worker=6):
        done.update((doc.id, result) for doc, result in zip(chunk, results))
    pool.terminate()

    class Given:
        def __init__(self, result):
            self.result = result

        def get(self):
            return self.result

    class Labelled:
        cores = 1

        def label(self, func, chunk):
            return Given([done[doc.id] for doc in chunk])

        def terminate(self):
            pass

    pipeline._pool = lambda *args, **kwargs: Labelled()
first = []
t0 = time.perf_counter()
progress = lambda doc: first or first.append(time.perf_counter() - t0)
dask = step.partition("dask:")[2] or None
s = pipeline.build(db, [corpus], rulebook, workers=workers, dask=dask, progress=progress)
print(json.dumps({"seconds": time.perf_counter() - t0, "sentences": s.sentences, "first": first[0]}))
"""

STEPS = (("pool", "process pool (--workers {w})"), ("dask:local:1", "Dask LocalCluster, 1 worker"),
         ("dask:local:2", "Dask LocalCluster, 2 workers"))
CORES = (2, 8, 32, 128)


def run_step(step, db: Path, corpus: Path, workers: int) -> dict:
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    args = [sys.executable, "-c", STEP, step, str(db), str(corpus), str(workers)]
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def corpus_of(tmp: Path, mb: float) -> Path:
    folder = tmp / f"corpus-{mb:g}"
    if not (folder / "corpus.jsonl").exists():
        make_corpus([str(folder), "--mb", str(mb), "--no-txt"])
    return folder / "corpus.jsonl"


def bench(corpus: Path, runs: int, workers: int, tmp: Path, steps) -> dict:
    results = {step: [] for step, _ in steps}
    for i in range(runs):
        for step, _ in steps:
            results[step].append(run_step(step, tmp / f"{step.replace(':', '-')}-{i}.db", corpus, workers))
    out = {}
    for step, rows in results.items():
        secs = statistics.median(r["seconds"] for r in rows)
        out[step] = {"seconds": secs, "sentences": rows[0]["sentences"], "sentences_per_s": rows[0]["sentences"] / secs,
                     "first": statistics.median(r["first"] for r in rows),
                     "ratio": statistics.median(r["seconds"] / p["seconds"] for r, p in zip(rows, results["pool"]))}
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=100)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--workers", type=int, default=2, help="processes of the pool it is compared with")
    ap.add_argument("--ceiling-mb", type=float, default=10, help="corpus for the writer's ceiling (held labelled in memory)")
    ap.add_argument("--tmp", type=Path, default=None, help="work folder (default: a temporary one)")
    ap.add_argument("--only", default="pool,local:1,local:2", help="which builds, of pool, local:1, local:2")
    args = ap.parse_args(argv)
    only = {"pool"} | {f"dask:{name}" for name in args.only.split(",")}
    steps = [(step, label) for step, label in STEPS if step in only]
    tmp = args.tmp or Path(tempfile.mkdtemp(prefix="demands-bench-dask-"))
    tmp.mkdir(parents=True, exist_ok=True)
    corpus, load = corpus_of(tmp, args.mb), os.getloadavg()
    s = bench(corpus, args.runs, args.workers, tmp, steps)
    print(f"\ncorpus: {args.mb:g} MB, {s['pool']['sentences']:,} sentences; medians of {args.runs} runs; "
          f"load average (1, 5, 15 min) {'/'.join(f'{x:.1f}' for x in load)} at the start, "
          f"{'/'.join(f'{x:.1f}' for x in os.getloadavg())} at the end")
    print(f"{'how':<34}{'seconds':>9}{'MB/s':>7}{'sentences/s':>13}{'vs pool':>9}{'first document':>16}")
    for step, label in steps:
        r = s[step]
        print(f"{label.format(w=args.workers):<34}{r['seconds']:9.2f}{args.mb / r['seconds']:7.3f}"
              f"{r['sentences_per_s']:13,.0f}{r['ratio']:8.2f}x{r['first']:15.2f}s")
    if not args.ceiling_mb or "dask:local:1" not in s:
        return
    ceiling = run_step("ceiling", tmp / "ceiling.db", corpus_of(tmp, args.ceiling_mb), args.workers)
    ceiling_rate = ceiling["sentences"] / ceiling["seconds"]
    print(f"\nwriter's ceiling (labels cost nothing; {args.ceiling_mb:g} MB, {ceiling['sentences']:,} sentences): "
          f"{ceiling_rate:,.0f} sentences/s")
    one = s["dask:local:1"]
    per_core = one["sentences"] / (one["seconds"] - one["first"])
    print(f"per worker core (Dask, 1 worker, from its first document on): {per_core:,.0f} sentences/s")
    print("\nexpected throughput, min(worker cores x per-core rate, writer's ceiling):")
    for cores in CORES:
        rate = min(cores * per_core, ceiling_rate)
        bound = "writer" if cores * per_core >= ceiling_rate else "workers"
        print(f"  {cores:>4} worker cores: {rate:>10,.0f} sentences/s  ({bound}-bound)")


if __name__ == "__main__":
    main()
