"""Build and relabel: ingest -> segment -> classify -> store, one document at a time."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import store
from .classify import Classifier
from .ingest import InputProblem, read_documents
from .rulebook import Rulebook
from .segment import segment

DEFAULT_INPUT = Path("seeds")


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


def label_document(classifier: Classifier, doc):
    lang, sentences = segment(doc.text, doc.lang)
    labels = [classifier.classify(s.text, s.lang) for s in sentences]
    return lang, sentences, labels


def build(db_path, inputs, rulebook: Rulebook, on_problem: Callable[[InputProblem], None] | None = None,
          progress: Callable[[object], None] | None = None) -> BuildSummary:
    """Add or replace the inputs' documents in the database; unchanged documents are left alone.

    When the stored rulebook differs from this one, everything is relabelled first so that
    the database never mixes labels of two rulebooks.
    """
    t0 = time.perf_counter()
    summary = BuildSummary()

    def problem(p):
        summary.problems.append(p)
        if on_problem:
            on_problem(p)

    db = store.open_db(db_path)
    classifier = Classifier(rulebook)
    if store.get_meta(db, "rulebook_fingerprint") != rulebook.fingerprint:
        store.write_rulebook(db, rulebook)
        if db["sentences"].count:
            _relabel(db, classifier)
        store.mark_labelled_with(db, rulebook)
    for doc in read_documents(inputs, problem):
        if store.stored_hash(db, doc.id) == doc.sha256:
            summary.unchanged += 1
        else:
            lang, sentences, labels = label_document(classifier, doc)
            store.write_document(db, doc, lang, sentences, labels)
            summary.documents += 1
            summary.sentences += len(sentences)
        if progress:
            progress(doc)
    store.update_rule_stats(db)
    summary.labels = store.counts(db)["per_category"]
    summary.seconds = time.perf_counter() - t0
    return summary


def _relabel(db, classifier: Classifier) -> int:
    n = 0

    def labeled():
        nonlocal n
        for batch in store.iter_sentences(db):
            for sid, doc_id, text, lang in batch:
                n += 1
                yield sid, doc_id, classifier.classify(text, lang)

    store.replace_all_labels(db, labeled())
    return n


def relabel(db_path, rulebook: Rulebook) -> tuple[int, float]:
    """Re-apply the rulebook to every stored sentence; record its fingerprint. Returns (sentences, seconds)."""
    t0 = time.perf_counter()
    db = store.open_db(db_path)
    store.write_rulebook(db, rulebook)
    n = _relabel(db, Classifier(rulebook))
    store.mark_labelled_with(db, rulebook)
    store.update_rule_stats(db)
    return n, time.perf_counter() - t0
