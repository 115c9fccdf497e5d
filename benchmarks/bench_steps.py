"""Where a worker's time goes: microseconds a sentence of each step of classification, in one process.

    python benchmarks/bench_steps.py [--mb 5] [--runs 3]

Runs the steps of `Classifier.classify_many` one after another over tasks of 64 articles, as a
build's worker does, and times each: splitting into sentences, normalising, the rule prefilter,
the candidate rules with `regex`, the attribution screen, attribution. One pass warms up (patterns
compiled on first use, RE2's automata); then medians of --runs passes. The labels the steps give
are checked against `classify_many` first, so the timed steps are the ones the build runs.
Unlike wall-clock builds on a shared machine, these CPU times are steady enough to compare small
changes.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_corpus import articles  # noqa: E402

from datasette_demands.labelling.classify import Classifier, iso_date, sentence_labels  # noqa: E402
from datasette_demands.rulebook.load import load_rulebook  # noqa: E402
from datasette_demands.labelling.segment import segment  # noqa: E402
from datasette_demands.labelling.normalise import normalise  # noqa: E402

STEPS = ("split", "normalise", "prefilter", "rules", "attribution screen", "attribution")
TASK = 64  # articles a task, as corpus/pipeline.DOCS_PER_TASK


def tasks(mb: float) -> list[list[dict]]:
    arts = list(articles(mb, seed=1))
    return [arts[i:i + TASK] for i in range(0, len(arts), TASK)]


def one_pass(clf: Classifier, work: list[list[dict]]) -> tuple[dict, int, int, list]:
    clock = time.process_time
    spent = dict.fromkeys(STEPS, 0.0)
    n = labelled = 0
    out = []
    for task in work:
        t = clock()
        split = [segment(a["text"], a["lang"])[1] for a in task]
        spent["split"] += clock() - t
        items = [(s.text, s.lang, a.get("published")) for a, ss in zip(task, split) for s in ss]
        t = clock()
        norms = [normalise(text) for text, _, _ in items]
        spent["normalise"] += clock() - t
        languages = [clf.language(lang) for _, lang, _ in items]
        t = clock()
        candidates = [language.candidates(norm) for language, norm in zip(languages, norms)]
        spent["prefilter"] += clock() - t
        t = clock()
        results = [sentence_labels(language, text, norm, c)
                   for language, (text, _, _), norm, c in zip(languages, items, norms, candidates)]
        spent["rules"] += clock() - t
        hit = [i for i, r in enumerate(results) if r]
        t = clock()
        screens = [languages[i].attributor.screened(norms[i]) for i in hit]
        spent["attribution screen"] += clock() - t
        t = clock()
        for i, screen in zip(hit, screens):
            text, _, date = items[i]
            languages[i].attributor.attribute(text, norms[i], results[i], date=iso_date(date), screened=screen)
        spent["attribution"] += clock() - t
        n += len(items)
        labelled += len(hit)
        out.append((items, results))
    return spent, n, labelled, out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
    clf = Classifier(load_rulebook())
    work = tasks(args.mb)
    _, n, labelled, out = one_pass(clf, work)  # warm-up, and the labels to check
    for items, results in out:
        if clf.classify_many(items) != results:
            sys.exit("the steps and classify_many give different labels")
    passes = [one_pass(clf, work)[0] for _ in range(args.runs)]
    print(f"{n} sentences, {labelled} labelled; CPU microseconds a sentence, medians of {args.runs} passes after one warm-up")
    total = 0.0
    for step in STEPS:
        us = statistics.median(p[step] for p in passes) / n * 1e6
        total += us
        print(f"  {step:<20}{us:7.1f}")
    print(f"  {'total':<20}{total:7.1f}")


if __name__ == "__main__":
    main()
