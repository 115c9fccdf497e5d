"""Build and relabel: ingest -> segment -> classify -> store.

One writer (this process) and, with `workers` > 1, processes that segment and classify. Work is
handed out in small chunks with a bounded number in flight, so memory stays flat however large
the corpus; documents are written several to a transaction, each one whole.
"""

from __future__ import annotations

import multiprocessing
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from . import store
from .classify import Classifier
from .ingest import InputProblem, read_documents
from .rulebook import Rulebook, load_rulebook
from .segment import segment

DEFAULT_INPUT = Path("seeds")
DOCS_PER_TASK = 16
SENTENCES_PER_TASK = 4000
WRITE_BATCH_SENTENCES = 5000


@dataclass
class BuildSummary:
    documents: int = 0
    unchanged: int = 0
    sentences: int = 0
    labels: dict = field(default_factory=dict)
    problems: list[InputProblem] = field(default_factory=list)
    seconds: float = 0.0

    def line(self) -> str:
        cats = ", ".join(f"{k} {v}" for k, v in sorted(self.labels.items())) or "none"
        skipped = f"; {len(self.problems)} input problem(s)" if self.problems else ""
        return (f"{self.documents} documents written ({self.unchanged} unchanged), {self.sentences} sentences; "
                f"labels: {cats}; {self.seconds:.2f}s{skipped}")


def label_document(classifier: Classifier | None, doc):
    """(lang, sentences, labels per sentence) of one document; no classifier: no labels (the cost floor)."""
    lang, sentences = segment(doc.text, doc.lang)
    if classifier is None:
        return lang, sentences, [[] for _ in sentences]
    return lang, sentences, [classifier.classify(s.text, s.lang, doc.published) for s in sentences]


# --- worker processes ----------------------------------------------------------

_worker_classifier: Classifier | None = None


def _init_worker(rules_dir, classify: bool):
    global _worker_classifier
    _worker_classifier = Classifier(load_rulebook(rules_dir)) if classify else None


def _label_documents(docs):
    return [(doc, *label_document(_worker_classifier, doc)) for doc in docs]


def _label_sentences(rows):
    return [(sid, doc_id, _worker_classifier.classify(text, lang, published))
            for sid, doc_id, text, lang, published in rows]


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _in_order(pool, func, chunks: Iterable[list], window: int) -> Iterator[list]:
    """Results of func over chunks, in order, with at most `window` chunks in flight."""
    pending = deque()
    for chunk in chunks:
        pending.append(pool.apply_async(func, (chunk,)))
        if len(pending) >= window:
            yield pending.popleft().get()
    while pending:
        yield pending.popleft().get()


def _pool(workers, rulebook: Rulebook, classify: bool = True):
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    return ctx.Pool(workers, initializer=_init_worker, initargs=(str(rulebook.directory), classify))


# --- build -----------------------------------------------------------------------


def build(db_path, inputs, rulebook: Rulebook, on_problem: Callable[[InputProblem], None] | None = None,
          progress: Callable[[object], None] | None = None, workers: int = 1, classify: bool = True) -> BuildSummary:
    """Add or replace the inputs' documents in the database; unchanged documents are left alone.

    When the stored rulebook differs from this one, everything stored is relabelled first so
    that the database never mixes labels of two rulebooks. `classify=False` stores sentences
    without labels: the cost floor the benchmark compares against.
    """
    t0 = time.perf_counter()
    summary = BuildSummary()

    def problem(p):
        summary.problems.append(p)
        if on_problem:
            on_problem(p)

    db = store.open_db(db_path)
    # one pool serves the relabel (if the rulebook changed) and the new documents: workers warm up once
    pool = _pool(workers, rulebook, classify) if workers > 1 else None
    try:
        if store.get_meta(db, "rulebook_fingerprint") != rulebook.fingerprint:
            store.write_rulebook(db, rulebook)
            if db["sentences"].count:
                _relabel(db, rulebook, workers, pool if classify else None)
            store.mark_labelled_with(db, rulebook)

        # a first build fills labeled_sentences in bulk: its indexes are built once, at the end
        deferred = store.defer_labeled_sentences_indexes(db)

        def changed_documents():
            for doc in read_documents(inputs, problem):
                if store.stored_hash(db, doc.id) == doc.sha256:
                    summary.unchanged += 1
                    if progress:
                        progress(doc)
                else:
                    yield doc

        if pool is not None:
            labelled = (item for chunk in _in_order(pool, _label_documents, _chunks(changed_documents(), DOCS_PER_TASK),
                                                    window=4 * workers) for item in chunk)
        else:
            classifier = Classifier(rulebook) if classify else None
            labelled = ((doc, *label_document(classifier, doc)) for doc in changed_documents())
        batch, batch_sentences = [], 0
        for doc, lang, sentences, labels in labelled:
            batch.append((doc, lang, sentences, labels))
            batch_sentences += len(sentences)
            if batch_sentences >= WRITE_BATCH_SENTENCES:
                _write(db, batch, summary, progress)
                batch, batch_sentences = [], 0
        _write(db, batch, summary, progress)
        if deferred:
            store.restore_labeled_sentences_indexes(db)
    finally:
        if pool is not None:
            pool.terminate()
    store.update_rule_stats(db)
    summary.labels = store.labels_per_category(db)
    summary.seconds = time.perf_counter() - t0
    return summary


def _write(db, batch, summary, progress):
    if not batch:
        return
    store.write_documents(db, batch)
    for doc, _, sentences, _ in batch:
        summary.documents += 1
        summary.sentences += len(sentences)
        if progress:
            progress(doc)


# --- relabel ---------------------------------------------------------------------


@dataclass
class RelabelSummary:
    sentences: int = 0  # sentences in the database, all now labelled by the current rulebook
    classified: int = 0  # sentences classified again
    changed_rules: int | None = None  # None: every sentence was classified again
    seconds: float = 0.0

    def line(self, fingerprint: str) -> str:
        if self.changed_rules is None:
            return f"relabelled all {self.sentences} sentences with rulebook {fingerprint} in {self.seconds:.2f}s"
        return (f"{self.sentences} sentences now labelled by rulebook {fingerprint}: {self.changed_rules} rule(s) "
                f"changed, {self.classified} sentence(s) classified again, in {self.seconds:.2f}s")


def _classified(rows_batches: Iterable[list], rulebook: Rulebook, workers: int, pool) -> Iterator[tuple]:
    """(sentence id, document id, labels) for batches of (id, document_id, text, lang, published)."""
    if pool is not None:
        for chunk in _in_order(pool, _label_sentences, rows_batches, window=3 * workers):
            yield from chunk
        return
    classifier = Classifier(rulebook)
    for batch in rows_batches:
        for sid, doc_id, text, lang, published in batch:
            yield sid, doc_id, classifier.classify(text, lang, published)


def _may_be_touched(db, rulebook: Rulebook, changed: set[str]) -> set[int]:
    """Sentences whose labels a change to these rules may alter: where their evidence differs now.

    Elsewhere every rule that fires is unchanged, and so are the labels, holders and stances. One
    pass over the texts: the RE2 prefilter of the changed rules names the sentences where one may
    fire now; there, and where one fired before, only the changed rules are applied (tens of us,
    against ~0.5 ms to classify a labelled sentence) and their evidence compared with the stored.
    """
    from .prefilter import RuleSet
    from .textnorm import normalise

    before = store.evidence_of_rules(db, changed)  # sentence -> sorted (rule, category, start, end)
    rules = [r for r in rulebook.rules if r.id in changed]
    if not rules:
        return set(before)
    classifier = Classifier(rulebook)
    langs = None if any(r.lang == "any" for r in rules) else {r.lang for r in rules}
    screens: dict = {}
    touched, seen = set(), set()
    for batch in store.iter_sentence_texts(db, langs):
        for sid, text, lang in batch:
            screen = screens.get(lang)
            if screen is None:
                applicable = [r for r in rules if r.lang in ("any", lang)]
                screen = screens[lang] = RuleSet(applicable) if applicable else False
            norm = normalise(text)
            candidates = screen.candidates(norm) if screen else []
            old = before.get(sid, [])
            if not candidates and not old:
                continue
            seen.add(sid)
            cue_cache = {"__lang__": lang}
            now = sorted((m.rule_id, m.category, m.start, m.end) for rule in candidates
                         for m in classifier.rule_matches(rule, norm, text, cue_cache))
            if now != old:
                touched.add(sid)
    # a rule whose language changed fired before on sentences this pass did not read
    return touched | (set(before) - seen)


def _relabel(db, rulebook: Rulebook, workers: int = 1, pool=None, everything: bool = False) -> RelabelSummary:
    """Bring every stored label up to this rulebook; `pool` (classifying workers) is borrowed when given.

    Only the sentences a rule change may touch are classified again, unless `everything`, or the
    stored labels' rulebook is unknown, or cues, actors or the classifier's code changed.
    """
    from .rulebook_diff import changed_rules, labelling_state

    summary = RelabelSummary(sentences=db.execute("select count(*) from sentences").fetchone()[0])
    changed = None if everything else changed_rules(db, rulebook)
    if changed is None:
        to_classify = summary.sentences
    else:
        summary.changed_rules = len(changed)
        ids = _may_be_touched(db, rulebook, changed) if changed else set()
        to_classify = len(ids)
    # workers pay off only for more than one task's worth of sentences
    own_pool = pool is None and workers > 1 and to_classify > SENTENCES_PER_TASK
    if own_pool:
        pool = _pool(workers, rulebook)
    try:
        if changed is None:
            labelled = _classified(store.iter_sentences(db, SENTENCES_PER_TASK), rulebook, workers, pool)
            summary.classified = store.replace_all_labels(db, labelled)
        else:
            labelled = _classified(store.sentences_by_id(db, ids, SENTENCES_PER_TASK), rulebook, workers, pool)
            summary.classified = store.replace_sentence_labels(db, labelled, labelling_state(rulebook))
    finally:
        if own_pool:
            pool.terminate()
    return summary


def relabel(db_path, rulebook: Rulebook, workers: int = 1, everything: bool = False) -> RelabelSummary:
    """Bring the stored labels up to the rulebook (see _relabel); record its fingerprint."""
    t0 = time.perf_counter()
    db = store.open_db(db_path)
    store.write_rulebook(db, rulebook)
    summary = _relabel(db, rulebook, workers, everything=everything)
    store.mark_labelled_with(db, rulebook)
    store.update_rule_stats(db)
    summary.seconds = time.perf_counter() - t0
    return summary
