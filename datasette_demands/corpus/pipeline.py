"""Build and relabel: ingest -> segment -> classify -> store.

One writer (this process) and, with `workers` > 1, processes that segment and classify, or with
`dask`, the workers of a Dask cluster (dask_cluster.py) doing the same tasks. Work is
handed out in small chunks with a bounded number in flight, so memory stays flat however large
the corpus; documents are written several to a transaction, each one whole.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..labelling.attribution import Position
from ..labelling.classify import Classifier, Label, Match, rule_matches
from ..labelling.discourse import is_discourse_rule
from ..labelling.normalise import normalise
from ..labelling.prefilter import TextScreen
from ..labelling.segment import segment
from ..rulebook.discourse import DEFAULT_WINDOW
from ..rulebook.load import load_packs
from ..rulebook.model import Rulebook
from . import store
from .ingest import (InputProblem, database_files, duplicate_message, id_taken_message, read_documents,
                     same_source_file)
from .labelling_state import labelling_state, mark_labelled_with, rule_changes, switch

DEFAULT_INPUT = Path("seeds")
DOCS_PER_TASK = 64
SENTENCES_PER_TASK = 4000
WRITE_BATCH_SENTENCES = 5000
# chunks in flight per worker: enough queued work (~0.5 s) that the workers never wait while the
# writer commits or checkpoints, few enough that memory stays flat
WINDOW_PER_WORKER = 6
# a build's writer labels the first documents itself and starts its worker processes only once it has
# labelled this many sentences and documents remain: each worker compiles the rules of every language it
# meets (about 0.1 s a language), which costs a small job more than the workers save
SMALL_JOB_SENTENCES = SENTENCES_PER_TASK


def _count(n: int, noun: str) -> str:
    """'1 document', '2 documents'."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _per_category(labels: dict) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(labels.items())) or "none"


@dataclass
class BuildSummary:
    # this run: documents written, found unchanged, their sentences and labels per category
    documents: int = 0
    unchanged: int = 0
    sentences: int = 0
    labels: dict = field(default_factory=dict)
    problems: list[InputProblem] = field(default_factory=list)  # inputs (or parts) skipped
    undated: list[InputProblem] = field(default_factory=list)  # documents stored without their date
    languages: list[InputProblem] = field(default_factory=list)  # languages given that are none of the nine
    encodings: list[InputProblem] = field(default_factory=list)  # files read in a guessed encoding (not UTF-8)
    # the database after the run
    total_documents: int = 0
    total_sentences: int = 0
    total_labels: dict = field(default_factory=dict)
    switch: object = None  # RulebookSwitch: the stored labels were redone with another rulebook
    seconds: float = 0.0
    not_created: str | None = None  # the new database removed again: no input could be read

    def line(self) -> str:
        parts = [f"this run: {_count(self.documents, 'document')} written ({self.unchanged} unchanged), "
                 f"{_count(self.sentences, 'sentence')}, labels: {_per_category(self.labels)}"]
        if self.switch is not None and self.switch.anything:
            parts.append(f"stored labels redone ({self.switch})")
        parts.append(f"in the database: {_count(self.total_documents, 'document')}, {_count(self.total_sentences, 'sentence')}, "
                     f"labels: {_per_category(self.total_labels)}")
        parts.append(f"{self.seconds:.2f}s")
        if self.problems:
            parts.append(f"{len(self.problems)} input problem(s)")
        if self.undated:
            parts.append(f"{len(self.undated)} date(s) not understood")
        if self.languages:
            parts.append(f"{len(self.languages)} language(s) not known, detected instead")
        if self.encodings:
            parts.append(f"{len(self.encodings)} encoding note(s): not UTF-8, read in a guessed encoding")
        if self.not_created:
            parts.append(f"nothing could be read, so {self.not_created} was not created")
        return "; ".join(parts)


def label_document(classifier: Classifier | None, doc):
    """(lang, sentences, labels per sentence) of one document; no classifier: no labels (the cost floor)."""
    return label_documents(classifier, [doc])[0]


def label_documents(classifier: Classifier | None, docs) -> list[tuple]:
    """label_document() of several documents, their sentences classified together (classify_many)."""
    segmented = [segment(doc.text, doc.lang) for doc in docs]
    if classifier is None:
        return [(lang, sentences, [[] for _ in sentences]) for lang, sentences in segmented]
    items = [[(s.text, s.lang, doc.published, sentences[s.lead - 1].text if s.lead else None) for s in sentences]
             for doc, (_, sentences) in zip(docs, segmented)]
    labels = iter(classifier.classify_many([item for doc_items in items for item in doc_items]))
    out = []
    for doc_items, (lang, sentences) in zip(items, segmented):
        doc_labels = [next(labels) for _ in sentences]
        classifier.add_discourse(doc_items, doc_labels, [s.paragraph for s in sentences])  # the sentence before
        out.append((lang, sentences, doc_labels))
    return out


# --- worker processes ----------------------------------------------------------

_worker_classifier: Classifier | None = None
# the rulebook the writer has loaded: forked workers take it as it is, with the patterns it compiled
_forked_rulebook: Rulebook | None = None
# the writer's classifier, when it labelled a build's first documents: forked workers take its compiled languages
_forked_classifier: Classifier | None = None


def _init_worker(packs, classify: bool):
    global _worker_classifier
    try:
        os.nice(5)  # the writer is the one process everything waits for: it goes first
    except OSError:
        pass
    if not classify:
        _worker_classifier = None
        return
    inherited = _forked_rulebook
    if _forked_classifier is not None and inherited is not None and inherited.packs == packs:
        _worker_classifier = _forked_classifier
        return
    rulebook = inherited if inherited is not None and inherited.packs == packs else load_packs(packs)
    _worker_classifier = Classifier(rulebook)


def label_sentences(classifier: Classifier, rows):
    """(sentence id, document id, labels) for rows of (id, document_id, text, lang, published, lead text)."""
    labels = classifier.classify_many([row[2:] for row in rows])
    return [(sid, doc_id, lb) for (sid, doc_id, *_), lb in zip(rows, labels)]


def _in_worker(func, chunk):
    """A task in a pool process: func(classifier, chunk) with the classifier the process made at start."""
    return func(_worker_classifier, chunk)


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _in_order(pool, func, chunks: Iterable[list], per_worker: int) -> Iterator[tuple[list, list]]:
    """(chunk, func(classifier, chunk)) over chunks, in order, with at most `per_worker` chunks in
    flight per worker of the pool (processes or a Dask cluster)."""
    pending = deque()
    window = per_worker * pool.cores
    for chunk in chunks:
        pending.append((chunk, pool.label(func, chunk)))
        if len(pending) >= window:
            chunk, result = pending.popleft()
            yield chunk, result.get()
    while pending:
        chunk, result = pending.popleft()
        yield chunk, result.get()


class _Processes:
    """`workers` processes of this machine, each with its own classifier."""

    def __init__(self, workers, rulebook: Rulebook, classify: bool = True, classifier: Classifier | None = None):
        global _forked_rulebook, _forked_classifier
        fork = "fork" in multiprocessing.get_all_start_methods()
        ctx = multiprocessing.get_context("fork" if fork else "spawn")
        _forked_rulebook = rulebook if fork else None
        _forked_classifier = classifier if fork and classify and classifier is not None \
            and classifier.rulebook is rulebook else None
        self.cores = workers
        self.pool = ctx.Pool(workers, initializer=_init_worker, initargs=(rulebook.packs, classify))

    def label(self, func, chunk):
        return self.pool.apply_async(_in_worker, (func, chunk))

    def terminate(self):
        self.pool.terminate()


def _pool(workers, rulebook: Rulebook, classify: bool = True, dask: str | None = None,
          classifier: Classifier | None = None):
    """Who labels for the writer: a Dask cluster, processes of this machine, or (None) the writer itself.
    `classifier`: the writer's, whose compiled languages forked processes start with."""
    if dask:
        from .dask_cluster import DaskExecutor

        return DaskExecutor(dask, rulebook, classify)
    return _Processes(workers, rulebook, classify, classifier) if workers > 1 else None


# --- build -----------------------------------------------------------------------


def build(db_path, inputs, rulebook: Rulebook, on_problem: Callable[[InputProblem], None] | None = None,
          progress: Callable[[object], None] | None = None, workers: int = 1, classify: bool = True,
          replace: bool = False, dask: str | None = None) -> BuildSummary:
    """Add or replace the inputs' documents in the database; unchanged documents are left alone.

    A changed document replaces the stored one of its id when it comes from the same file; a
    document whose id is stored from another file is refused (a problem), unless `replace`.
    When the stored rulebook differs from this one, everything stored is relabelled first so
    that the database never mixes labels of two rulebooks. `classify=False` stores sentences
    without labels: the cost floor the benchmark compares against. `dask`: the address of a Dask
    scheduler, or local[:N], whose workers label instead of `workers` processes.
    """
    t0 = time.perf_counter()
    summary = BuildSummary()
    new_files = [f for f in _database_and_journals(db_path) if not f.exists()]

    def problem(p):
        {"date": summary.undated, "lang": summary.languages, "encoding": summary.encodings}.get(
            p.kind, summary.problems).append(p)
        if on_problem:
            on_problem(p)

    # one pool serves the relabel (if the rulebook changed) and the new documents: workers warm up once;
    # a cluster is started first, so that one that cannot be used leaves no database behind; processes
    # of this machine when there is stored work to relabel, else only once the job proves big (_labelled)
    pools = _Pools(_pool(workers, rulebook, classify, dask) if dask else None)
    try:
        db = store.open_db(db_path)
        if store.get_meta(db, "rulebook_fingerprint") != rulebook.fingerprint:
            previous = store.stored_definitions(db)
            summary.switch = switch(db, rulebook)
            store.write_rulebook(db, rulebook)
            if db["sentences"].count:
                if pools.pool is None:
                    pools.pool = _pool(workers, rulebook, classify)
                _relabel(db, rulebook, workers, pools.pool if classify else None, previous=previous)
            mark_labelled_with(db, rulebook)

        # a first build fills labeled_sentences in bulk: its indexes are built once, at the end
        deferred = store.defer_labeled_sentences_indexes(db)

        # a document with the text of another is a duplicate: of a stored one (found by its text hash), or of
        # one this run writes that is not written yet (text hash -> (id, path), until its batch is written;
        # memory stays flat)
        pending: dict[str, tuple[str, str]] = {}
        rewriting: set[str] = set()  # ids of those that replace a stored document: its stored text does not count

        def changed_documents():
            for doc in read_documents(inputs, problem, exclude=database_files(db_path)):
                stored = store.stored_document(db, doc.id)
                if stored is not None and stored[0] == doc.sha256:
                    summary.unchanged += 1
                    if progress:
                        progress(doc)
                elif (first := pending.get(doc.content_sha256) or store.document_with_text(
                        db, doc, being_rewritten=rewriting)) is not None:
                    problem(InputProblem(doc.path, None, duplicate_message(*first)))
                    if progress:
                        progress(doc)
                elif stored is not None and not replace and not same_source_file(stored[1], doc.path):
                    problem(InputProblem(doc.path, None, id_taken_message(
                        doc, stored[1], *store.stored_source_and_text_hash(db, doc.id))))
                    if progress:
                        progress(doc)
                else:  # its date and language problems are reported only now that it is stored
                    pending[doc.content_sha256] = (doc.id, doc.path)
                    if stored is not None:
                        rewriting.add(doc.id)
                    for note in doc.notes:
                        problem(note)
                    yield doc

        labelled = _labelled(_chunks(changed_documents(), DOCS_PER_TASK), rulebook, classify, workers, pools)
        batch, batch_sentences = [], 0
        for doc, lang, sentences, labels in labelled:
            batch.append((doc, lang, sentences, labels))
            batch_sentences += len(sentences)
            if progress:  # as each document is labelled: writes come in batches, in bursts
                doc.sentences = len(sentences)
                progress(doc)
            if batch_sentences >= WRITE_BATCH_SENTENCES:
                _write(db, batch, summary)
                _forget(pending, rewriting, batch)
                batch, batch_sentences = [], 0
        _write(db, batch, summary)
        if deferred:
            store.restore_labeled_sentences_indexes(db)
    finally:
        if pools.pool is not None:
            pools.pool.terminate()
    store.update_rule_stats(db)
    summary.total_labels = store.labels_per_category(db)
    summary.total_documents, summary.total_sentences = store.document_and_sentence_counts(db)
    store.close_db(db)
    if new_files and new_files[0] == Path(db_path) and summary.problems and not summary.total_documents:
        _remove(new_files)
        summary.not_created = str(db_path)
    summary.seconds = time.perf_counter() - t0
    return summary


def _forget(pending: dict, rewriting: set, batch: list) -> None:
    """The documents of a batch just written: the database now says which text they hold."""
    for item in batch:
        rewriting.discard(item[0].id)
        if pending.get(item[0].content_sha256, (None,))[0] == item[0].id:
            del pending[item[0].content_sha256]


def _database_and_journals(db_path) -> list[Path]:
    """The database file, then the files SQLite keeps beside it while it is open."""
    path = Path(db_path)
    return [path] + [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _remove(files: list[Path]) -> None:
    """A database this build created, holding only the schema because no input could be read: a new
    file that would read as a (empty) corpus is not left behind."""
    for f in files:
        f.unlink(missing_ok=True)


class _Pools:
    """The build's pool (None: the writer labels), started by whichever step needs it first."""

    def __init__(self, pool=None):
        self.pool = pool


def _labelled(chunks: Iterator[list], rulebook: Rulebook, classify: bool, workers: int, pools: _Pools):
    """(doc, lang, sentences, labels) of every document of `chunks`, in order. Without a pool yet, the
    writer labels chunks itself until it has labelled SMALL_JOB_SENTENCES sentences; then, if `workers` > 1
    and chunks remain, it starts the worker processes for the rest."""
    if pools.pool is None:
        classifier = Classifier(rulebook) if classify else None
        done = 0
        for chunk in chunks:
            for doc, result in zip(chunk, label_documents(classifier, chunk)):
                done += len(result[1])
                yield (doc, *result)
            if workers > 1 and done >= SMALL_JOB_SENTENCES:
                # forked now, the workers start with the languages the writer compiled
                pools.pool = _pool(workers, rulebook, classify, classifier=classifier)
                break
        else:
            return
    # the writer keeps each task's documents: only sentences and labels come back
    for chunk, results in _in_order(pools.pool, label_documents, chunks, per_worker=WINDOW_PER_WORKER):
        for doc, result in zip(chunk, results):
            yield (doc, *result)


def _write(db, batch, summary):
    if not batch:
        return
    store.write_documents(db, batch)
    for doc, _, sentences, labels in batch:
        summary.documents += 1
        summary.sentences += len(sentences)
        for sentence_labels in labels:
            for label in sentence_labels:
                summary.labels[label.category] = summary.labels.get(label.category, 0) + 1


# --- relabel ---------------------------------------------------------------------


@dataclass
class RelabelSummary:
    sentences: int = 0  # sentences in the database, all now labelled by the current rulebook
    classified: int = 0  # sentences classified again
    in_full: int | None = None  # of those, the ones whose holders and stances were worked out again
    changed_rules: int | None = None  # None: every sentence was classified again
    switch: object = None  # RulebookSwitch: how this rulebook differs from the one recorded
    seconds: float = 0.0

    def line(self, fingerprint: str) -> str:
        if self.changed_rules is None:
            line = f"relabelled all {self.sentences} sentences with rulebook {fingerprint} in {self.seconds:.2f}s"
        else:
            full = f" ({self.in_full} with holders and stances worked out again)" if self.classified else ""
            line = (f"{self.sentences} sentences now labelled by rulebook {fingerprint}: {self.changed_rules} rule(s) "
                    f"added, removed or changed, {self.classified} sentence(s) classified again{full}, in {self.seconds:.2f}s")
        if self.switch is not None and self.switch.anything:
            line += f"\n{self.switch}"
        return line


def _classified(rows_batches: Iterable[list], rulebook: Rulebook, workers: int, pool) -> Iterator[tuple]:
    """(sentence id, document id, labels) for batches of (id, document_id, text, lang, published, lead text)."""
    if pool is not None:
        for _, labelled in _in_order(pool, label_sentences, rows_batches, per_worker=3):
            yield from labelled
        return
    classifier = Classifier(rulebook)
    for batch in rows_batches:
        yield from label_sentences(classifier, batch)


SCREEN_IDS = 50_000  # sentence ids a screening task covers


def _may_be_touched(db, rulebook: Rulebook, changes, workers: int, to_classify: set[int]) -> Iterator[tuple]:
    """The sentences whose labels these rule changes may alter (where the changed rules' evidence
    differs now): yields (sentence id, document id, labels) for those whose new labels follow from
    the evidence (_labels_from_evidence), and adds to `to_classify` the ids of those to classify
    again in full. Streamed, so that memory stays flat however many sentences an edit touches.

    Elsewhere every rule that fires is unchanged, and so are the labels, holders and stances. One
    RE2 pass over the texts of the rules' languages (prefilter.TextScreen) names the sentences where
    an added or dropped pattern matches (all the rule's patterns, and the sentences it fired on
    before, when more than its patterns changed). There only the changed rules are applied (tens
    of us, against ~0.4 ms to classify a labelled sentence) and their evidence compared with the
    stored. The pass is cut into tasks by language and id range, shared by `workers` processes.
    """
    screened = [c for c in changes if c.screen_patterns()]
    langs = set().union(*(c.langs() for c in screened)) if screened else set()
    langs = store.sentence_langs(db) if "any" in langs else sorted(langs)
    lo, hi = db.execute("select min(id), max(id) from sentences").fetchone()
    tasks = [(lang, a, a + SCREEN_IDS - 1) for lang in langs for a in range(lo or 0, (hi or 0) + 1, SCREEN_IDS)]
    unscreened = {c.id for c in changes if not c.screen_patterns()}
    done: set[int] = set()  # kept only when needed below
    fork = "fork" in multiprocessing.get_all_start_methods()
    if workers > 1 and fork and len(tasks) > 1:
        global _screening
        _screening = (store.path_of(db), rulebook, changes)
        pool, scope = multiprocessing.get_context("fork").Pool(workers), None
        parts = pool.imap_unordered(_screen_task, tasks)
    else:
        pool, scope = None, _Screening(db, rulebook, changes)
        parts = (scope.relabelled(*task) for task in tasks)
    try:
        for part_ready, part_full in parts:
            to_classify |= part_full
            if unscreened:
                done.update(sid for sid, _, _ in part_ready)
            yield from part_ready
    finally:
        if pool is not None:
            pool.terminate()
            _screening = None
    # a wholly changed rule that no pattern screens (removed, its patterns unknown) fired where it fired
    if unscreened:
        scope = scope or _Screening(db, rulebook, changes)
        part_ready, part_full = _labels_from_evidence(
            db, rulebook, changes, scope.evaluate(set(store.evidence_of_rules(db, unscreened)) - done - to_classify))
        to_classify |= part_full
        yield from part_ready


_screening = None  # (database path, rulebook, changes): what forked screening processes work on
_screening_scope = None


def _screen_task(task):
    global _screening_scope
    if _screening_scope is None:
        path, rulebook, changes = _screening
        _screening_scope = _Screening(store.open_db(path, create=False), rulebook, changes)
    return _screening_scope.relabelled(*task)


class _Screening:
    """The changed rules' screens and evaluation, for the sentences of one database."""

    def __init__(self, db, rulebook: Rulebook, changes):
        self.db, self.changes = db, changes
        self.ids = {c.id for c in changes}
        self.whole = {c.id for c in changes if not c.patterns_only}
        self.screened = [c for c in changes if c.screen_patterns()]
        self.rules = [c.now for c in changes if c.now is not None]
        self.rulebook = rulebook
        self.classifier = Classifier(rulebook)
        self.screens: dict = {}

    def relabelled(self, lang, lo: int, hi: int) -> tuple[list, set[int]]:
        return _labels_from_evidence(self.db, self.rulebook, self.changes, self.touched(lang, lo, hi))

    def touched(self, lang, lo: int, hi: int) -> dict:
        """_may_be_touched over the sentences of one language with ids from lo to hi."""
        rows = self.db.execute("select id, text from sentences where lang is ? and id between ? and ?",
                               [lang, lo, hi]).fetchall()
        if not rows:
            return {}
        ids, texts = zip(*rows)
        screen = self.screens.get(lang)
        if screen is None:
            patterns = [p for c in self.screened if c.langs() & {"any", lang} for p in c.screen_patterns()]
            screen = self.screens[lang] = TextScreen(patterns)
        # normalise() maps character to character: once over the joined texts
        candidates = {ids[i] for i in screen.hits_in_joined(normalise("\n".join(texts)), list(map(len, texts)))}
        if self.whole:
            in_range = set(ids)
            candidates.update(sid for sid in store.evidence_of_rules(self.db, self.whole, lo, hi) if sid in in_range)
        return self.evaluate(candidates, lo, hi)

    def evaluate(self, candidates, lo=None, hi=None) -> dict:
        if not candidates:
            return {}
        before = store.evidence_of_rules(self.db, self.ids, lo, hi)
        if lo is None:
            before = {sid: m for sid, m in before.items() if sid in candidates}
        out = {}
        for batch in store.sentences_by_id(self.db, candidates):
            for sid, doc_id, text, lang, _, lead in batch:
                norm, lead = normalise(text), normalise(lead) if lead else None
                language, memo = self.classifier.language(lang), {}
                evidence = [m for rule in self.rules if rule.lang in ("any", lang)
                            for m in rule_matches(language, rule, norm, text, memo, lead)]
                if sorted((m.rule_id, m.category, m.start, m.end) for m in evidence) != before.get(sid, []):
                    out[sid] = (doc_id, evidence)
        return out


def _labels_from_evidence(db, rulebook: Rulebook, changes, touched: dict) -> tuple[list, set[int]]:
    """The new labels of touched sentences that need no attribution, and the ids of those that do.

    A sentence's labels are its rules' evidence grouped by category (labelling/classify.py); the unchanged
    rules' evidence is stored. Holders and the cited source come from an analysis of the sentence
    that does not depend on its labels, and a label's positions and stance from that analysis and
    where the sentence's labels' matches start (labelling/attribution/attributor.py, Attributor.attribute:
    the label's first match, and all of them for a holder's coordinated stances; every label's, since a
    holder that demands in a clause of its own holds only the issue of that clause, Analysis.issues). So
    where the sentence has the same rule categories as before, each with its matches starting at the same
    places, the stored actors, stance, positions and source stand, and the sentence needs no classifying:
    only those where a match of a label that stays moved, appeared or went, or where a category appeared
    or went, are classified again, in full.
    """
    changed = {c.id for c in changes}
    order = {r.id: k for k, r in enumerate(rulebook.rules)}
    ready, to_classify = [], set()
    ids = sorted(touched)
    for i in range(0, len(ids), 5000):
        chunk = ids[i:i + 5000]
        stored_matches, stored_labels = store.labels_and_matches_of(db, chunk)
        for sid in chunk:
            doc_id, evidence = touched[sid]
            # a discourse label is worked out again afterwards, for this sentence and the next (_redo_discourse)
            kept = [Match(*m) for m in stored_matches.get(sid, []) if m[0] not in changed and not is_discourse_rule(m[0])]
            labels: dict[str, Label] = {}
            for m in sorted(kept + evidence, key=lambda m: (order[m.rule_id], m.start)):
                labels.setdefault(m.category, Label(m.category)).matches.append(m)
            starts_before: dict[str, set[int]] = {}
            for rule_id, category, start, *_ in stored_matches.get(sid, []):
                starts_before.setdefault(category, set()).add(start)
            rule_categories_before = {category for rule_id, category, *_ in stored_matches.get(sid, [])
                                      if not is_discourse_rule(rule_id)}
            old = stored_labels.get(sid, {})
            if set(labels) != rule_categories_before or not all(
                    c in old and starts_before.get(c) == {m.start for m in lb.matches} for c, lb in labels.items()):
                to_classify.add(sid)
                continue
            for c, lb in labels.items():
                _restore_label(lb, old[c])
            ready.append((sid, doc_id, [labels[c] for c in sorted(labels)]))
    return ready, to_classify


def _restore_label(lb: Label, stored: store.StoredLabel) -> None:
    """Give a label rebuilt from its stored evidence what `labels` holds of it (holders, stance, sources)."""
    lb.actors, lb.stance, lb.cited_source = stored.actors, stored.stance, stored.cited_source
    lb.positions = [Position(**p) for p in stored.positions]
    lb.cited_outlet, lb.cited_sources, lb.cited_outlets = stored.cited_outlet, stored.cited_sources, stored.cited_outlets


def _relabel(db, rulebook: Rulebook, workers: int = 1, pool=None, everything: bool = False,
             previous: dict | None = None) -> RelabelSummary:
    """Bring every stored label up to this rulebook; `pool` (classifying workers) is borrowed when given.

    Only the sentences a rule change may touch are classified again, unless `everything`, or the
    stored labels' rulebook is unknown, or cues, actors or the classifier's code changed.
    `previous`: the rule definitions stored before this rulebook was written (finer screening).
    """
    summary = RelabelSummary(sentences=db.execute("select count(*) from sentences").fetchone()[0])
    changes = None if everything else rule_changes(db, rulebook, previous or {})
    if changes is None:
        own_pool = pool is None and workers > 1
        if own_pool:
            pool = _pool(workers, rulebook)
        try:
            labelled = _classified(store.iter_sentences(db, SENTENCES_PER_TASK), rulebook, workers, pool)
            with store.transaction(db):  # the rule labels and the discourse step's: both or neither
                summary.classified = store.replace_all_labels(db, labelled)
                _redo_discourse(db, rulebook)
        finally:
            if own_pool:
                pool.terminate()
        return summary
    summary.changed_rules = len(changes)
    full: set[int] = set()

    def labelled():
        """Labels that follow from evidence as the screening finds them, then the sentences classified in full."""
        yield from _may_be_touched(db, rulebook, changes, workers, full) if changes else ()
        summary.in_full = len(full)
        # workers pay off only for more than one task's worth of sentences
        own_pool = pool is None and workers > 1 and len(full) > SENTENCES_PER_TASK
        workers_pool = _pool(workers, rulebook) if own_pool else pool
        try:
            yield from _classified(store.sentences_by_id(db, full, SENTENCES_PER_TASK), rulebook, workers, workers_pool)
        finally:
            if own_pool:
                workers_pool.terminate()

    relabelled: dict[str, set[int]] = {}
    with store.transaction(db):  # a kill between the two would leave the discourse step's labels stale for good
        summary.classified = store.replace_sentence_labels(db, _noting_sentences(labelled(), relabelled),
                                                           labelling_state(rulebook))
        if relabelled:
            _redo_discourse(db, rulebook, relabelled)
    return summary


def _noting_sentences(labelled: Iterable[tuple], relabelled: dict) -> Iterator[tuple]:
    """The labelled items as they pass, noting each one's sentence id under its document id."""
    for item in labelled:
        relabelled.setdefault(item[1], set()).add(item[0])
        yield item


def _redo_discourse(db, rulebook: Rulebook, relabelled: dict | None = None) -> int:
    """The discourse step (labelling/discourse.py) over stored documents whose rule labels were just
    redone (all, or the sentence ids of `relabelled`, by document): the inherited labels of those
    sentences and of the `window` sentences after each worked out again from their neighbours' stored
    rule labels (no other sentence's can change); the sentences whose inherited labels change are
    written. Returns how many."""
    classifier = Classifier(rulebook)
    window = (getattr(rulebook, "discourse", None) or {}).get("window", DEFAULT_WINDOW)
    return store.replace_sentence_labels(
        db, (item for doc_id, rows in store.document_sentences(db, relabelled)
             for item in _discourse_of_document(db, classifier, doc_id, rows,
                                                _reach(rows, relabelled[doc_id], window) if relabelled else None,
                                                window)),
        labelling_state(rulebook))


def _reach(rows: list, sentence_ids: set, window: int) -> set[int]:
    """Positions in the document (rows in order) of the relabelled sentences and the `window` after each."""
    out: set[int] = set()
    for k, row in enumerate(rows):
        if row[0] in sentence_ids:
            out.update(range(k, min(len(rows), k + window + 1)))
    return out


def _discourse_of_document(db, classifier: Classifier, doc_id: str, rows: list, only: set | None = None,
                           window: int = DEFAULT_WINDOW) -> list[tuple]:
    """(sentence id, document id, labels) of the sentences of one stored document whose inherited labels
    differ; `only`: the positions (in rows) to work out, None: all. Only those and the `window`
    sentences before each (where their antecedents stand) are read."""
    read = range(len(rows)) if only is None else sorted({j for i in only for j in range(max(0, i - window), i + 1)})
    stored_matches, stored_labels = store.labels_and_matches_of(db, [rows[k][0] for k in read])
    results: list[list[Label]] = [[] for _ in rows]
    before: dict[int, list] = {}
    for k in read:
        sid = rows[k][0]
        old = stored_labels.get(sid, {})
        labels: dict[str, Label] = {}
        for m in stored_matches.get(sid, []):
            if not is_discourse_rule(m[0]):
                labels.setdefault(m[1], Label(m[1])).matches.append(Match(*m))
        for c, lb in labels.items():
            _restore_label(lb, old[c])
        results[k] = [labels[c] for c in sorted(labels)]
        before[k] = (sorted((m[1], m[0], m[2]) for m in stored_matches.get(sid, []) if is_discourse_rule(m[0])),
                     sorted((c, _positions_key(v.positions)) for c, v in old.items()))
    items = [(text, lang, published, lead) for _, text, lang, published, lead, _ in rows]
    # a sentence that inherited a label had its holders worked out beside it: should it inherit none now, they
    # are worked out again, as a full relabel would
    inherited_before = {k for k in read if before[k][0]}
    classifier.add_discourse(items, results, [r[5] for r in rows], only, inherited_before)
    out = []
    for k in range(len(rows)) if only is None else sorted(only):
        now = (sorted((m.category, m.rule_id, m.start) for lb in results[k] for m in lb.matches
                      if is_discourse_rule(m.rule_id)),
               sorted((lb.category, _positions_key(lb.positions)) for lb in results[k]))
        if now != before[k]:  # an inherited label, or a holder a pronoun takes from the sentence before
            out.append((rows[k][0], doc_id, results[k]))
    return out


def _positions_key(positions) -> list:
    """Positions (Position objects or their stored dicts) as comparable tuples."""
    return sorted((p if isinstance(p, Position) else Position(**p)).__reduce__()[1] for p in positions)


def relabel(db_path, rulebook: Rulebook, workers: int = 1, everything: bool = False,
            dask: str | None = None) -> RelabelSummary:
    """Bring the stored labels up to the rulebook (see _relabel); record its fingerprint.
    `dask`: a Dask scheduler's address, or local[:N], whose workers classify."""
    t0 = time.perf_counter()
    db = store.open_db(db_path)
    previous = store.stored_definitions(db)
    change = switch(db, rulebook)
    store.write_rulebook(db, rulebook)
    pool = _pool(workers, rulebook, dask=dask) if dask else None
    try:
        summary = _relabel(db, rulebook, workers, pool=pool, everything=everything, previous=previous)
    finally:
        if pool is not None:
            pool.terminate()
    summary.switch = change
    if summary.changed_rules is None:  # every label replaced: recount (an incremental relabel adjusts them)
        store.update_rule_stats(db)
    mark_labelled_with(db, rulebook)
    store.close_db(db)
    summary.seconds = time.perf_counter() - t0
    return summary
