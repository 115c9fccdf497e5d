"""Benchmark the pipeline against its cost floor, and Datasette's pages on the result.

    python benchmarks/bench_build.py --mb 100 --runs 3 [--workers N: default the usable cores] [--pages-sentences 1000000]

In one run, on the same corpus (benchmarks/make_corpus.py, deterministic):
  (a) the cost floor: read, split into sentences and insert into SQLite, no classification;
  (b) `datasette demands build`;
  (c) `datasette demands relabel` on the built database after one-rule edits of the busiest rule:
      a pattern added that matches nothing more, then its first pattern dropped (labels change);
  (d) `relabel --all`, every sentence classified again.
Each is run --runs times in a fresh process; the medians are printed: seconds, MB/s,
sentences/s, peak memory (RSS of the process and its workers), and the ratio b/a.
Then the rulebook load time, and (with --pages-sentences) the response times of the matrix
page and of the default facets of labeled_sentences on a database of that many sentences.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_corpus import main as make_corpus  # noqa: E402

STEP = r"""
import json, resource, sys, time
from datasette_demands.corpus.pipeline import build, relabel
from datasette_demands.rulebook.load import load_rulebook
step, db, corpus, workers = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
rulebook = load_rulebook(sys.argv[5] if len(sys.argv) > 5 else None)
before = resource.getrusage(resource.RUSAGE_SELF)  # imports and rulebook load are not the step's
t0 = time.perf_counter()
if step == "floor":
    s = build(db, [corpus], rulebook, workers=workers, classify=False); n = s.sentences
elif step == "build":
    s = build(db, [corpus], rulebook, workers=workers); n = s.sentences
else:
    r = relabel(db, rulebook, workers=workers, everything=step == "relabel-all"); n = r.sentences
    classified, in_full = r.classified, r.in_full
seconds = time.perf_counter() - t0
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
rss = max(me.ru_maxrss, kids.ru_maxrss)
# CPU seconds of the writer (this process) and of its workers (reaped children), user + system
print(json.dumps({"seconds": seconds, "sentences": n, "peak_rss_mb": rss / 1024,
                  "writer_cpu": me.ru_utime + me.ru_stime - before.ru_utime - before.ru_stime, "workers_cpu": kids.ru_utime + kids.ru_stime,
                  "classified": classified if step.startswith("relabel") else n,
                  "in_full": in_full if step.startswith("relabel") else n}))
"""


def run_step(step, db, corpus, workers, rules=None):
    args = [sys.executable, "-c", STEP, step, str(db), str(corpus), str(workers)] + ([str(rules)] if rules else [])
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def edit_busiest_rule(db: Path, rules_dir: Path, how: str) -> str:
    """Edit, in a copy of the rulebook at rules_dir, the rule with two or more patterns that fired on
    most sentences: "add" a pattern that matches nothing more, or "drop" its first pattern."""
    import shutil
    import sqlite3

    import yaml

    from datasette_demands.rulebook.model import default_rules_dir

    if not rules_dir.exists():
        shutil.copytree(default_rules_dir(), rules_dir)
    rows = sqlite3.connect(db).execute(
        "select id, category, patterns from rules order by sentences desc, id").fetchall()
    rule_id, category = next((rid, cat) for rid, cat, pats in rows if len(json.loads(pats)) >= 2)
    path = rules_dir / f"{category}.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    rule = next(r for r in data["rules"] if r["id"] == rule_id)
    if how == "add":
        rule["patterns"].append(r"\bbenchmark edit\b")
    else:
        rule["patterns"].pop(0)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return rule_id


def median(values):
    return statistics.median(values)


RELABEL_STEPS = (("relabel-add", "add"), ("relabel-drop", "drop"), ("relabel-all", None))


def bench_pipeline(corpus: Path, mb: float, runs: int, workers: int, tmp: Path) -> dict:
    import shutil

    results = {step: [] for step in ("floor", "build") + tuple(s for s, _ in RELABEL_STEPS)}
    edited = {}
    for i in range(runs):
        for step in ("floor", "build"):
            db = tmp / f"{step}-{i}.db"
            for suffix in ("", "-wal", "-shm"):
                Path(str(db) + suffix).unlink(missing_ok=True)
            results[step].append(run_step(step, db, corpus, workers))
        built = tmp / f"build-{i}.db"
        rules = tmp / "rules-edited"
        shutil.rmtree(rules, ignore_errors=True)
        for step, how in RELABEL_STEPS:  # the edits add up: "drop" relabels a rulebook already "add"-ed
            if how:
                edited[step] = edit_busiest_rule(built, rules, how)
            results[step].append(run_step(step, built, corpus, workers, rules))
    summary = {}
    for step, rows in results.items():
        secs = median([r["seconds"] for r in rows])
        sentences = rows[0]["sentences"]
        summary[step] = {
            "seconds": secs, "mb_per_s": mb / secs, "sentences_per_s": sentences / secs,
            "peak_rss_mb": median([r["peak_rss_mb"] for r in rows]), "sentences": sentences,
            "classified": median([r["classified"] for r in rows]),
            "in_full": median([r["in_full"] if r["in_full"] is not None else r["classified"] for r in rows]),
            "writer_cpu": median([r["writer_cpu"] for r in rows]), "workers_cpu": median([r["workers_cpu"] for r in rows]),
        }
    summary["edited"] = edited
    # the ratio is taken within each run (same machine state), then the median
    summary["ratio_build_over_floor"] = median(
        [b["seconds"] / a["seconds"] for a, b in zip(results["floor"], results["build"])])
    return summary


def bench_rulebook_load(runs: int) -> float:
    code = ("import time; t=time.perf_counter(); from datasette_demands.rulebook.load import load_rulebook; "
            "load_rulebook(); print(time.perf_counter()-t)")
    return median([float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                        check=True).stdout) for _ in range(runs)])


PAGE_PATHS = {
    "matrix (/-/demands)": "/{db}/-/demands",
    "matrix JSON": "/{db}/-/demands.json",
    "matrix by month": "/{db}/-/demands?by=month",
    "matrix by language": "/{db}/-/demands?by=lang",
    "matrix by document": "/{db}/-/demands?by=document",
    "matrix by actor": "/{db}/-/demands?by=actor",
    "matrix by actor and stance": "/{db}/-/demands?by=actor_stance",
    "matrix from+lang filters": "/{db}/-/demands?from=2025-03-01&lang=en",
    "matrix by month, from+to+lang": "/{db}/-/demands?by=month&from=2025-02-01&to=2025-09-30&lang=de",
    "labeled_sentences, default facets": "/{db}/labeled_sentences?_facet=category&_facet=source&_facet=lang",
    "labeled_sentences, facets (JSON)": "/{db}/labeled_sentences.json?_facet=category&_facet=source&_facet=lang",
    "labeled_sentences, category=territory": "/{db}/labeled_sentences?category=territory",
}


def bench_pages(db: Path, runs: int, only: str | None = None) -> dict:
    """Time Datasette's answers in-process with its default limits (facet 200 ms, SQL 1000 ms).

    A facet counts as timed out when the JSON lists it in ``facets_timed_out`` or has no
    ``facet_results`` for it, or the HTML page says so. ``only``: time just the pages whose
    label contains this string."""
    import asyncio

    from datasette.app import Datasette

    async def go():
        ds = Datasette([str(db)])
        await ds.invoke_startup()
        name = db.stem
        out = {}
        for label, path in PAGE_PATHS.items():
            if only and only not in label:
                continue
            path = path.format(db=name)
            await ds.client.get(path)  # warm-up: first use of a connection, template compilation
            times, status, timed_out = [], None, False
            for _ in range(runs):
                t0 = time.perf_counter()
                r = await ds.client.get(path)
                times.append(time.perf_counter() - t0)
                status = r.status_code
                if "_facet=" in path and ".json" in path:
                    data = r.json()
                    results = data.get("facet_results") or {}
                    if "results" in results:  # 1.0: {"results": {...}, "timed_out": [...]}
                        timed_out = timed_out or bool(results.get("timed_out"))
                        results = results["results"]
                    timed_out = timed_out or bool(data.get("facets_timed_out")) or len(results) < 3
                elif "_facet=" in path:
                    timed_out = timed_out or "facet_time_limit" in r.text or "timed out" in r.text.lower()
            out[label] = {"median_s": median(times), "status": status, "facet_timed_out": timed_out}
        return out

    return asyncio.run(go())


def build_for_pages(sentences: int, tmp: Path, workers: int) -> Path:
    avg_sentence_bytes = 150
    corpus = tmp / "pages-corpus"
    make_corpus([str(corpus), "--mb", str(sentences * avg_sentence_bytes / 1e6), "--seed", "2", "--no-txt"])
    db = tmp / "pages.db"
    run_step("build", db, corpus / "corpus.jsonl", workers)
    return db


def print_cpu(s: dict, workers: int) -> None:
    """Where the time goes: CPU seconds of the writer and of the workers, and what the 1.5x target leaves them.

    A build on all cores is bound by its total CPU: it cannot end sooner than the writer's CPU time,
    nor sooner than the writer's and the workers' CPU time shared over the cores.
    """
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    lanes = min(cores, workers + 1) if workers > 1 else 1
    n = s["build"]["sentences"] or 1
    print(f"\nwhere the time goes (CPU seconds, medians; {lanes} processes running at once):")
    for step, label in (("floor", "(a) cost floor"), ("build", "(b) build")):
        r = s[step]
        total = r["writer_cpu"] + r["workers_cpu"]
        print(f"  {label:<15} writer {r['writer_cpu']:7.2f}  workers {r['workers_cpu']:7.2f}  total {total:7.2f}"
              f"  wall {r['seconds']:6.1f}  bound max(writer, total/{lanes}) {max(r['writer_cpu'], total / lanes):6.1f}")
    a, b = s["floor"], s["build"]
    budget = 1.5 * a["seconds"] * lanes - b["writer_cpu"]
    print(f"  build within 1.5x of the floor ({1.5 * a['seconds']:.1f} s) leaves the workers at most {budget:.1f} CPU s"
          f" ({budget / n * 1e6:.0f} us a sentence) beside this writer; they use {b['workers_cpu']:.1f}"
          f" ({b['workers_cpu'] / n * 1e6:.0f} us a sentence), the floor's workers (splitting only) {a['workers_cpu']:.1f}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=100)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--workers", type=int, default=None,
                    help="processes of build and relabel (default: the usable cores, as the commands' own default)")
    ap.add_argument("--pages-sentences", type=int, default=0,
                    help="also time Datasette pages on a database of about this many sentences")
    ap.add_argument("--tmp", type=Path, default=None, help="work folder (default: a temporary one)")
    args = ap.parse_args(argv)
    if args.workers is None:
        from datasette_demands.cli import usable_cores

        args.workers = usable_cores()
    tmp = args.tmp or Path(tempfile.mkdtemp(prefix="demands-bench-"))
    tmp.mkdir(parents=True, exist_ok=True)
    corpus = tmp / f"corpus-{args.mb:g}"
    if not (corpus / "corpus.jsonl").exists():
        make_corpus([str(corpus), "--mb", str(args.mb), "--no-txt"])
    s = bench_pipeline(corpus / "corpus.jsonl", args.mb, args.runs, args.workers, tmp)
    print(f"\ncorpus: {args.mb:g} MB, {s['build']['sentences']} sentences; workers {args.workers}; "
          f"medians of {args.runs} runs")
    print(f"{'step':<30}{'seconds':>9}{'MB/s':>8}{'sentences/s':>13}{'classified':>12}{'in full':>9}{'peak MB':>9}")
    for step, label in (("floor", "(a) cost floor"), ("build", "(b) build"),
                        ("relabel-add", "(c) relabel, pattern added"), ("relabel-drop", "(c) relabel, pattern dropped"),
                        ("relabel-all", "(d) relabel --all")):
        r = s[step]
        print(f"{label:<30}{r['seconds']:9.2f}{r['mb_per_s']:8.2f}{r['sentences_per_s']:13,.0f}"
              + (f"{'-':>12}{'-':>9}" if step == "floor" else f"{r['classified']:12,.0f}{r['in_full']:9,.0f}")
              + f"{r['peak_rss_mb']:9.0f}")
    print(f"(c) edited rules: {s['edited']['relabel-add']} (a pattern added that matches nothing more), then "
          f"{s['edited']['relabel-drop']} (its first pattern dropped). sentences/s counts every sentence now labelled "
          "by the edited rulebook; 'classified': those classified again, 'in full': of those, the ones whose "
          "holders and stances were worked out again (the others' follow from the stored evidence)")
    print(f"ratio build / floor (median of per-run ratios): {s['ratio_build_over_floor']:.2f}")
    print_cpu(s, args.workers)
    load = bench_rulebook_load(args.runs)
    print(f"rulebook load: {load:.3f} s (median)")
    peak = max(s[step]["peak_rss_mb"] for step in ("floor", "build", "relabel-add", "relabel-drop", "relabel-all"))
    targets = [
        ("build within 1.5x of the cost floor", f"{s['ratio_build_over_floor']:.2f}x", s["ratio_build_over_floor"] <= 1.5),
        ("relabel after a rule edit >= 200,000 sentences/s",
         f"{min(s['relabel-add']['sentences_per_s'], s['relabel-drop']['sentences_per_s']):,.0f}/s (the slower edit)",
         min(s["relabel-add"]["sentences_per_s"], s["relabel-drop"]["sentences_per_s"]) >= 200_000),
        ("peak memory under 500 MB", f"{peak:.0f} MB", peak < 500),
        ("rulebook loads in under 1 s", f"{load:.2f} s", load < 1),
    ]
    if args.pages_sentences:
        db = build_for_pages(args.pages_sentences, tmp, args.workers)
        import sqlite3

        n = sqlite3.connect(db).execute("select count(*) from sentences").fetchone()[0]
        print(f"\nDatasette pages on {n:,} sentences (medians of {args.runs}):")
        pages = bench_pages(db, args.runs)
        for label, r in pages.items():
            flag = " FACET TIMED OUT" if r["facet_timed_out"] else ""
            print(f"  {label:<42}{r['median_s'] * 1000:8.0f} ms  HTTP {r['status']}{flag}")
        slowest = max(r["median_s"] for label, r in pages.items() if label.startswith("matrix"))
        targets.append((f"matrix pages within 1 s at {n:,} sentences", f"slowest {slowest * 1000:.0f} ms", slowest < 1))
        timed_out = [label for label, r in pages.items() if r["facet_timed_out"]]
        targets.append(("default facets of labeled_sentences do not time out",
                        ", ".join(timed_out) or "none timed out", not timed_out))
    print("\ntargets (issue 6):")
    for what, value, met in targets:
        print(f"  {'met    ' if met else 'MISSED '} {what}: {value}")


if __name__ == "__main__":
    main()
