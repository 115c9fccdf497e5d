"""Time the rule prefilter on corpus sentences: FilteredRE2 (what classify uses) against an RE2 Set.

    python benchmarks/bench_prefilter.py [--mb 2] [--runs 3]

Both are built from the same superset patterns (prefilter.to_re2) and must name the same
candidate rules; the script checks that, then prints the median microseconds a sentence of
each (first pass on fresh objects, as a worker meets new text) and the mean number of candidates.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import re2

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_corpus import articles  # noqa: E402

from datasette_demands.labelling import prefilter  # noqa: E402
from datasette_demands.rulebook.load import load_rulebook  # noqa: E402
from datasette_demands.labelling.segment import segment  # noqa: E402
from datasette_demands.labelling.normalise import normalise  # noqa: E402


class SetPrefilter:
    """The same screen as prefilter.PatternSet, with one RE2 Set instead of FilteredRE2."""

    def __init__(self, pattern_lists):
        self._set = re2.Set.SearchSet(prefilter._options())
        for patterns in pattern_lists:
            self._set.Add("|".join(f"(?:{prefilter.to_re2(p)})" for p in patterns))
        self._set.Compile()

    def candidates(self, norm):
        return tuple(sorted(self._set.Match(norm) or ()))


def sentences(mb: float):
    out = []
    for art in articles(mb, seed=1):
        _, ss = segment(art["text"], art["lang"])
        out.extend((normalise(s.text), s.lang) for s in ss)
    return out


def one_pass(make, rulebook, sents):
    screens = {}
    for _, lang in sents:
        if lang not in screens:
            screens[lang] = make([r.patterns for r in rulebook.rules_for(lang)])
    t0 = time.perf_counter()
    found = [screens[lang].candidates(norm) for norm, lang in sents]
    return (time.perf_counter() - t0) / len(sents) * 1e6, found


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=2)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
    rulebook = load_rulebook()
    sents = sentences(args.mb)
    times = {"FilteredRE2": [], "RE2 Set": []}
    for _ in range(args.runs):
        t_filter, a = one_pass(prefilter.PatternSet, rulebook, sents)
        t_set, b = one_pass(SetPrefilter, rulebook, sents)
        if a != b:
            sys.exit("the two prefilters disagree on some sentence")
        times["FilteredRE2"].append(t_filter)
        times["RE2 Set"].append(t_set)
    mean_candidates = sum(map(len, a)) / len(a)
    print(f"{len(sents)} sentences; both name the same candidates ({mean_candidates:.2f} a sentence)")
    for name, ts in times.items():
        print(f"{name:12s} median {statistics.median(ts):6.1f} us a sentence  (runs: {', '.join(f'{t:.1f}' for t in ts)})")
    print(f"ratio Set/Filter: {statistics.median(times['RE2 Set']) / statistics.median(times['FilteredRE2']):.1f}")


if __name__ == "__main__":
    main()
