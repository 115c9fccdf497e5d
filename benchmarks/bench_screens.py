"""When a language's RE2 screens repay their building: CPU of a fresh language and its first N sentences.

    python benchmarks/bench_screens.py [--runs 3] [--langs en,ru] [--sizes 1,5,20,50,100,200,400]

For each language and each N: the CPU milliseconds (medians of --runs) of compiling the language anew
(its rule patterns brought back from the start-up cache, as in a fresh process) and classifying its
first N sentences (drawn as make_corpus.py draws them: about one in five with a demand), with
  - screened: every FilteredRE2 and RE2 prescreen built before the first sentence (`direct=False`),
  - direct: none built, every rule and attribution scan run with `regex` (`direct=True`),
  - rules direct / attribution direct / searches direct: only that kind run directly, the rest screened,
  - default: compiled.py's DIRECT_* thresholds.
The break-even of a kind is the N from which screening it costs no more than running it directly.
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from make_corpus import pick, sentence_pool  # noqa: E402

from datasette_demands.labelling.classify import Classifier  # noqa: E402
from datasette_demands.rulebook import cache  # noqa: E402
from datasette_demands.rulebook.load import load_rulebook  # noqa: E402

INF = math.inf
MODES = {"screened": False, "direct": True, "rules direct": (INF, 0, 0), "attribution direct": (0, INF, 0),
         "searches direct": (0, 0, INF), "default": None}


def fresh(rulebook) -> None:
    """Forget the compiled patterns this process holds, as a new process would not have them."""
    cache._compiled.clear()
    for rule in rulebook.rules:
        rule._compiled.clear()


def cpu_ms(rulebook, items, mode) -> float:
    fresh(rulebook)
    t = time.process_time()
    Classifier(rulebook, direct=mode).classify_many(items)
    return (time.process_time() - t) * 1000


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--langs", default=None, help="comma-separated (default: every language of the pool)")
    ap.add_argument("--sizes", default="1,5,20,50,100,200,400")
    args = ap.parse_args(argv)
    rulebook = load_rulebook()
    pool = sentence_pool()
    langs = args.langs.split(",") if args.langs else sorted(pool)
    sizes = [int(n) for n in args.sizes.split(",")]
    rng = random.Random(15)
    print(f"CPU ms of a fresh language and its first N sentences, medians of {args.runs}")
    for lang in langs:
        items = [(pick(pool[lang], rng), lang, None) for _ in range(max(sizes))]
        Classifier(rulebook, direct=False).classify_many(items)  # warm: rewrites and patterns in the cache
        print(f"\n{lang}  " + "".join(f"{'N=' + str(n):>9}" for n in sizes))
        for name, mode in MODES.items():
            row = [statistics.median(cpu_ms(rulebook, items[:n], mode) for _ in range(args.runs)) for n in sizes]
            print(f"  {name:<20}" + "".join(f"{ms:9.1f}" for ms in row))


if __name__ == "__main__":
    main()
