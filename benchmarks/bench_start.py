"""Start-up and small jobs, as people meet them first: wall seconds of fresh processes.

    python benchmarks/bench_start.py [--runs 5] [--articles 100] [--checkout DIR ...]

Prints the median wall seconds of --runs fresh processes (and the slowest), and their median CPU
seconds (user + system, workers included: on a busy machine the steadier figure), of:
  - `python -c "import datasette"`, and `datasette --version`: the floor every `datasette demands ...`
    command stands on (Datasette's command line, datasette.cli, with every installed plugin loaded);
  - `datasette demands classify TEXT`, the language detected, and with `--lang en`;
  - `datasette demands build` of --articles articles (.txt, no language given, about ten sentences
    each, from benchmarks/make_corpus.py's sentence pool), default settings, into a new database.
The runs use a cache folder of their own (XDG_CACHE_HOME): the first run of each command fills it
and is printed apart ("first run"), the medians are of the runs after it, as a user meets them
from the second run on. With --checkout, the same commands also run with each DIR (another
checkout of the project, e.g. main's) first on PYTHONPATH, interleaved run by run with this one,
so a busy machine weighs on both alike.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from make_corpus import pick, sentence_pool, vary  # noqa: E402

TEXT = "Russia demands that Ukraine withdraw its troops from four regions."
SENTENCES_PER_ARTICLE = 10


def small_corpus(folder: Path, articles: int, seed: int = 15) -> int:
    """`articles` .txt files of SENTENCES_PER_ARTICLE sentences each, one language each, no metadata."""
    rng = random.Random(seed)
    pool = sentence_pool()
    langs = sorted(pool)
    folder.mkdir(parents=True)
    for i in range(articles):
        lang = rng.choice(langs)
        text = " ".join(vary(pick(pool[lang], rng), rng) for _ in range(SENTENCES_PER_ARTICLE))
        (folder / f"a{i:03}.txt").write_text(text + "\n", encoding="utf-8")
    return articles


def timed(args, env) -> tuple[float, float]:
    """Wall seconds, and CPU seconds (user + system) of the process and its children."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(args, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--checkout", action="append", type=Path, default=[],
                    help="another checkout to measure alongside (its folder goes first on PYTHONPATH)")
    ap.add_argument("--tmp", type=Path, default=None)
    args = ap.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="bench-start-", dir=args.tmp))
    datasette = str(Path(sys.executable).parent / "datasette")
    corpus = tmp / "corpus"
    small_corpus(corpus, args.articles)
    checkouts = [("this", ROOT)] + [(str(c), c.resolve()) for c in args.checkout]
    commands = {
        'python -c "import datasette"': lambda db: [sys.executable, "-c", "import datasette"],
        "datasette --version": lambda db: [datasette, "--version"],
        "classify (language detected)": lambda db: [datasette, "demands", "classify", TEXT],
        "classify --lang en": lambda db: [datasette, "demands", "classify", "--lang", "en", TEXT],
        f"build, {args.articles} articles": lambda db: [datasette, "demands", "build", str(db), str(corpus)],
    }
    times = {(c, name): [] for c, _ in checkouts for name in commands}
    first = {}
    try:
        for run in range(args.runs + 1):  # run 0 fills each checkout's cache folder
            for label, path in checkouts:
                env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(path)] + os.environ.get("PYTHONPATH", "").split(os.pathsep)),
                           XDG_CACHE_HOME=str(tmp / f"cache-{checkouts.index((label, path))}"))
                for name, command in commands.items():
                    db = tmp / f"run-{label.replace('/', '_')}-{run}.db"
                    seconds = timed(command(db), env)
                    if run == 0:
                        first[(label, name)] = seconds
                    else:
                        times[(label, name)].append(seconds)
                    for f in tmp.glob(db.name + "*"):
                        f.unlink()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    sentences = args.articles * SENTENCES_PER_ARTICLE
    print(f"start-up and small jobs: wall seconds, median of {args.runs} fresh processes (slowest), median CPU "
          f"seconds, and the first run with an empty cache; {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
    print(f"the build: {args.articles} articles, ~{sentences} sentences, no language given, default --workers")
    for label, _ in checkouts:
        if len(checkouts) > 1:
            print(f"\n[{label}]")
        print(f"  {'':34} {'median':>7} {'slowest':>8} {'CPU':>6} {'first run':>10}")
        for name in commands:
            ts = times[(label, name)]
            wall = [w for w, _ in ts]
            print(f"  {name:34} {statistics.median(wall):7.2f} {max(wall):8.2f} "
                  f"{statistics.median(c for _, c in ts):6.2f} {first[(label, name)][0]:10.2f}")
        for floor_name in ('python -c "import datasette"', "datasette --version"):
            floor = statistics.median(w for w, _ in times[(label, floor_name)])
            classify = statistics.median(w for w, _ in times[(label, "classify --lang en")])
            print(f"  classify --lang en beyond `{floor_name}`: {classify - floor:.2f} s")


if __name__ == "__main__":
    main()
