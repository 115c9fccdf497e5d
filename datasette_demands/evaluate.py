"""Score the rulebook against gold files (one JSON object a line: id, lang, text, categories, actors, ambiguous).

Ambiguous rows are left out. Only the categories the gold covers are scored: those a file
declares on a line of its own, `{"covers": ["ceasefire", ...]}`, or else those present in its
rows. A category of the rulebook that the gold does not cover is neither counted in the
macro-F1 nor turned into false positives. Categories are scored per category (precision,
recall, F1), macro-averaged over the covered categories, and per language (micro over all
category decisions of that language, plus the macro over categories present in that language).

A row that is not a JSON object with `text` (text), `lang` (one of the nine languages) and
`categories` (a list of names) is an error naming its file and line: `read_gold` raises
`GoldError` listing every such row.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from .labelling.classify import Classifier, Label
from .labelling.discourse import is_discourse_rule
from .labelling.normalise import normalise
from .rulebook.model import LANGUAGES


class GoldError(ValueError):
    """Gold rows that cannot be scored; `problems` holds one `path:line: message` each."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass
class Gold:
    """The rows of one or more gold files, and the categories they cover."""
    rows: list
    covers: set

    # the rows as a list, so that evaluate() takes either
    def __iter__(self):
        return iter(self.rows)

    def __len__(self):
        return len(self.rows)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self):
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self):
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self):
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, gold: set, pred: set):
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)


@dataclass
class Evaluation:
    per_category: dict = field(default_factory=lambda: defaultdict(Counts))
    per_lang: dict = field(default_factory=lambda: defaultdict(Counts))
    per_lang_category: dict = field(default_factory=lambda: defaultdict(lambda: defaultdict(Counts)))
    # holders of the sentence, scored on every sentence that carries a gold category
    # (attribution given the categories: independent of category recall)
    actors: Counts = field(default_factory=Counts)
    actors_per_lang: dict = field(default_factory=lambda: defaultdict(Counts))
    actors_per_code: dict = field(default_factory=lambda: defaultdict(Counts))
    # end to end: holders of the predicted labels that are in gold categories
    actors_end_to_end: Counts = field(default_factory=Counts)
    actor_errors: list = field(default_factory=list)
    # positions (category, holder, stance), on sentences whose gold row has `positions` and a category,
    # attribution given the gold categories; holder pairs (category, holder) alone, and stances given
    # the holder: of the positions whose holder is right, how many have the right stance
    positions: Counts = field(default_factory=Counts)
    positions_per_lang: dict = field(default_factory=lambda: defaultdict(Counts))
    position_holders: Counts = field(default_factory=Counts)
    stance_right: int = 0
    stance_scored: int = 0
    position_errors: list = field(default_factory=list)
    # cited sources, on every row that carries `cited_sources`: exact (after trimming punctuation and
    # case) and lenient (a predicted source that shares a word with a gold one)
    cited: Counts = field(default_factory=Counts)
    cited_lenient: Counts = field(default_factory=Counts)
    cited_per_lang: dict = field(default_factory=lambda: defaultdict(Counts))
    cited_lenient_per_lang: dict = field(default_factory=lambda: defaultdict(Counts))
    cited_errors: list = field(default_factory=list)
    # the labels the discourse step added (inherited from the sentence before): tp those gold has
    discourse: Counts = field(default_factory=Counts)
    discourse_per_lang: dict = field(default_factory=lambda: defaultdict(Counts))
    errors: list = field(default_factory=list)
    rows: int = 0
    skipped_ambiguous: int = 0

    @property
    def macro_f1(self):
        cats = list(self.per_category.values())
        return sum(c.f1 for c in cats) / len(cats) if cats else 0.0

    def lang_macro_f1(self, lang):
        cats = [c for c in self.per_lang_category[lang].values() if c.tp + c.fn > 0 or c.fp > 0]
        return sum(c.f1 for c in cats) / len(cats) if cats else 1.0

    def as_dict(self):
        def cd(c):
            return {"tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": round(c.precision, 4),
                    "recall": round(c.recall, 4), "f1": round(c.f1, 4)}
        return {
            "rows": self.rows, "ambiguous_skipped": self.skipped_ambiguous, "macro_f1": round(self.macro_f1, 4),
            "categories": {k: cd(v) for k, v in sorted(self.per_category.items())},
            "languages": {k: {**cd(v), "macro_f1": round(self.lang_macro_f1(k), 4)} for k, v in sorted(self.per_lang.items())},
            "actors": cd(self.actors),
            "actors_by_lang": {k: cd(v) for k, v in sorted(self.per_lang_actors_items())},
            "actors_by_code": {k: cd(v) for k, v in sorted(self.actors_per_code.items())},
            "actors_end_to_end": cd(self.actors_end_to_end),
            "actor_errors": self.actor_errors,
            "positions": cd(self.positions),
            "positions_by_lang": {str(k): cd(v) for k, v in sorted(self.positions_per_lang.items(), key=lambda kv: str(kv[0]))},
            "position_holders": cd(self.position_holders),
            "stance_accuracy": round(self.stance_accuracy, 4),
            "position_errors": self.position_errors,
            "cited_sources": {"exact": cd(self.cited), "lenient": cd(self.cited_lenient),
                              "by_lang": {str(k): {"exact": cd(v), "lenient": cd(self.cited_lenient_per_lang[k])}
                                          for k, v in sorted(self.cited_per_lang.items(), key=lambda kv: str(kv[0]))}},
            "cited_errors": self.cited_errors,
            "discourse": {"added": self.discourse.tp + self.discourse.fp, "in_gold": self.discourse.tp,
                          "precision": round(self.discourse.precision, 4),
                          "by_lang": {str(k): {"added": v.tp + v.fp, "in_gold": v.tp} for k, v in
                                      sorted(self.discourse_per_lang.items(), key=lambda kv: str(kv[0]))}},
        }

    @property
    def stance_accuracy(self):
        return self.stance_right / self.stance_scored if self.stance_scored else 1.0

    def per_lang_actors_items(self):
        return [(str(k), v) for k, v in self.actors_per_lang.items()]


def _row_problem(row) -> str | None:
    """Why a gold row cannot be scored, or None."""
    if not isinstance(row, dict):
        return f"a gold row must be a JSON object, not {type(row).__name__}"
    missing = [k for k in ("text", "lang", "categories") if k not in row]
    if missing:
        return "missing " + ", ".join(repr(k) for k in missing)
    if not isinstance(row["text"], str) or not row["text"].strip():
        return "'text' must be a non-empty string"
    if row["lang"] not in LANGUAGES:
        return f"unknown language {row['lang']!r}; supported: " + ", ".join(LANGUAGES)
    cats = row["categories"]
    if not isinstance(cats, list) or not all(isinstance(c, str) and c for c in cats):
        return "'categories' must be a list of category names"
    actors = row.get("actors", [])
    if not isinstance(actors, list) or not all(isinstance(a, str) for a in actors):
        return "'actors' must be a list of holder codes"
    cited = row.get("cited_sources", [])
    if not isinstance(cited, list) or not all(isinstance(c, str) and c.strip() for c in cited):
        return "'cited_sources' must be a list of the sources as written"
    if not isinstance(row.get("ambiguous", False), bool):
        return "'ambiguous' must be true or false"
    return None


def _covers_line(obj) -> bool:
    return isinstance(obj, dict) and set(obj) == {"covers"}


def read_gold(paths) -> Gold:
    """Every row of the gold files, checked; raise GoldError listing each row that is not well formed.

    The categories covered are, per file, those it declares (`{"covers": [...]}`) or else those
    present in its rows; the union over the files is scored.
    """
    rows, problems, covers = [], [], set()
    for path in paths:
        declared, file_rows = None, []
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            problems.append(f"{path}: cannot read: {e}")
            continue
        for n, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{path}:{n}"
            try:
                row = json.loads(line)
            except ValueError as e:
                problems.append(f"{where}: not JSON ({e})")
                continue
            if _covers_line(row):
                if declared is not None:
                    problems.append(f"{where}: a second 'covers' line")
                elif not isinstance(row["covers"], list) or not all(isinstance(c, str) and c for c in row["covers"]):
                    problems.append(f"{where}: 'covers' must be a list of category names")
                else:
                    declared = set(row["covers"])
                continue
            why = _row_problem(row)
            if why:
                problems.append(f"{where}: {why}")
                continue
            row["_where"] = where
            file_rows.append(row)
        if not file_rows and not any(p.startswith(f"{path}:") for p in problems):
            problems.append(f"{path}: no gold rows (an empty file?)")
        present = {c for row in file_rows if not row.get("ambiguous") for c in row["categories"]}
        if declared is not None:
            for row in file_rows:
                extra = set(row["categories"]) - declared
                if extra:
                    problems.append(f"{row['_where']}: category {', '.join(sorted(extra))} is not among "
                                    f"those the file covers ({', '.join(sorted(declared)) or 'none'})")
        rows += file_rows
        covers |= declared if declared is not None else present
    if problems:
        raise GoldError(problems)
    return Gold(rows, covers)


def document_key(row: dict):
    """The document a gold row's sentence belongs to (its `document`, `url` or `file`), or None."""
    return row.get("document") or row.get("url") or row.get("file")


def predicted_labels(classifier: Classifier, rows: list, documents: bool = False) -> list[list[Label]]:
    """The labels of each row's sentence. A row with `context` (the sentence before, which may introduce
    it) is classified after it, through the discourse step; with `documents`, consecutive rows of the
    same document (`document`, `url` or `file`) are its sentences in order and go through it together."""
    out: list = [None] * len(rows)
    k = 0
    while k < len(rows):
        end = k + 1
        key = document_key(rows[k]) if documents else None
        while key is not None and end < len(rows) and document_key(rows[end]) == key:
            end += 1
        items = [(r["text"], r.get("lang"), None, r.get("context")) for r in rows[k:end]]
        context = rows[k].get("context")
        if context and end == k + 1:  # the sentence before, as the rules label it
            out[k] = classifier.classify_document([(context, rows[k].get("lang"), None, None)] + items)[1]
        else:
            out[k:end] = classifier.classify_document(items)
        k = end
    return out


def evaluate(classifier: Classifier, rows, categories=None, documents: bool = False, labelled=None) -> Evaluation:
    """Score the classifier on gold rows. `categories` are those scored: by default those the
    gold covers (`Gold.covers`), or, for a plain list of rows, those present in them. `documents`:
    consecutive rows of one document are its sentences in order (predicted_labels()). `labelled`,
    when given, holds the labels predicted_labels() gave these rows, so they are not classified twice."""
    ev = Evaluation()
    if categories is None:
        categories = rows.covers if isinstance(rows, Gold) else {c for r in rows for c in r.get("categories", [])}
    categories = set(categories)
    for cat in categories:
        ev.per_category[cat]
    rows_list = list(rows)
    all_labels = labelled if labelled is not None else predicted_labels(classifier, rows_list, documents)
    for k, (row, labels) in enumerate(zip(rows, all_labels)):
        if row.get("ambiguous"):
            ev.skipped_ambiguous += 1
            continue
        ev.rows += 1
        pred = {lb.category for lb in labels} & categories
        gold = set(row.get("categories", [])) & categories
        _score_discourse(ev, row, gold, labels, categories)
        for cat in categories:
            ev.per_category[cat].add(gold & {cat}, pred & {cat})
            ev.per_lang_category[row.get("lang")][cat].add(gold & {cat}, pred & {cat})
        ev.per_lang[row.get("lang")].add(gold, pred)
        if gold:
            gold_actors = set(row.get("actors", []))
            end_to_end = set()
            for lb in labels:
                if lb.category in gold:
                    end_to_end.update(lb.actors)
            ev.actors_end_to_end.add(gold_actors, end_to_end)
            antecedent = partial(row_antecedent, classifier, rows_list, all_labels, k, documents)
            holders, attributed = attributed_labels(classifier, row["text"], row.get("lang"), gold, labels, row.get("context"),
                                                    antecedent)
            if isinstance(row.get("positions"), dict):
                _score_positions(ev, row, gold, attributed)
            ev.actors.add(gold_actors, holders)
            ev.actors_per_lang[row.get("lang")].add(gold_actors, holders)
            for code in gold_actors | holders:
                ev.actors_per_code[code].add(gold_actors & {code}, holders & {code})
            if holders != gold_actors:
                ev.actor_errors.append({"where": row.get("_where"), "id": row.get("id"), "lang": row.get("lang"),
                                        "text": row["text"], "gold": sorted(gold_actors), "predicted": sorted(holders)})
        if isinstance(row.get("cited_sources"), list):
            _score_cited(ev, row, predicted_sources(classifier, row["text"], row.get("lang")))
        if gold != pred:
            ev.errors.append({
                "where": row.get("_where"), "id": row.get("id"), "lang": row.get("lang"), "text": row["text"],
                "gold": sorted(gold), "predicted": sorted(pred),
                "rules": sorted({m.rule_id for lb in labels for m in lb.matches}),
            })
    return ev


def _score_discourse(ev: Evaluation, row: dict, gold: set, labels: list, categories: set) -> None:
    added = {lb.category for lb in labels if lb.matches and all(is_discourse_rule(m.rule_id) for m in lb.matches)}
    added &= categories
    for total in (ev.discourse, ev.discourse_per_lang[row.get("lang")]):
        total.tp += len(added & gold)
        total.fp += len(added - gold)


def _score_positions(ev: Evaluation, row: dict, gold_categories: set, attributed: list) -> None:
    gold = {(cat, p.get("holder"), p.get("stance")) for cat, ps in row["positions"].items() if cat in gold_categories
            for p in ps or [] if isinstance(p, dict)}
    pred = {(lb.category, p.holder, p.stance) for lb in attributed for p in lb.positions}
    ev.positions.add(gold, pred)
    ev.positions_per_lang[row.get("lang")].add(gold, pred)
    ev.position_holders.add({(c, h) for c, h, _ in gold}, {(c, h) for c, h, _ in pred})
    for c, h, st in gold:
        stances = {s for pc, ph, s in pred if (pc, ph) == (c, h)}
        if stances:
            ev.stance_scored += 1
            ev.stance_right += st in stances
    if gold != pred:
        ev.position_errors.append({"where": row.get("_where"), "id": row.get("id"), "lang": row.get("lang"),
                                   "text": row["text"], "gold": sorted(gold), "predicted": sorted(pred)})


# Turkish writes a name's case ending after an apostrophe ("Reuters'a", "TASS'ın"): the name is what comes before it
_TURKISH_CASE_ENDING = re.compile(r"['’][^\W\d_]+\Z")


def trim_source(value: str, lang: str | None = None) -> str:
    """A cited source as compared: punctuation and quotes trimmed at both ends, spaces collapsed, casefolded;
    in Turkish, without the case ending written after an apostrophe at its end (the guidelines' cited source)."""
    value = " ".join(value.split())
    while value and (unicodedata.category(value[0])[0] in "PZS" or unicodedata.category(value[-1])[0] in "PZS"):
        value = value[1:] if unicodedata.category(value[0])[0] in "PZS" else value[:-1]
    if lang == "tr":
        value = _TURKISH_CASE_ENDING.sub("", value)
    return value.casefold()


def _source_words(value: str, lang: str | None) -> set:
    return {w for w in (trim_source(x, lang) for x in value.split()) if w}


def predicted_sources(classifier: Classifier, text: str, lang) -> list[str]:
    """The cited sources the attributor finds in a sentence, in order (empty without an attributor)."""
    attributor = classifier.language(lang).attributor
    if attributor is None:
        return []
    return list(attributor.analyse(normalise(text), text=text).cited_sources)


def _score_cited(ev: Evaluation, row: dict, predicted: list[str]) -> None:
    """Exact: the trimmed values as multisets; lenient: a one-to-one pairing of predicted and gold
    sources that share a word (greedy, in order)."""
    lang = row.get("lang")
    gold = [trim_source(g, lang) for g in row["cited_sources"]]
    pred = [trim_source(p, lang) for p in predicted]
    exact = Counts()
    left = list(gold)
    for p in pred:
        if p in left:
            left.remove(p)
            exact.tp += 1
        else:
            exact.fp += 1
    exact.fn += len(left)
    lenient = Counts()
    left = [_source_words(g, lang) for g in row["cited_sources"]]
    for p in predicted:
        words = _source_words(p, lang)
        hit = next((i for i, g in enumerate(left) if g & words), None)
        if hit is None:
            lenient.fp += 1
        else:
            left.pop(hit)
            lenient.tp += 1
    lenient.fn += len(left)
    for total, part in ((ev.cited, exact), (ev.cited_per_lang[lang], exact),
                        (ev.cited_lenient, lenient), (ev.cited_lenient_per_lang[lang], lenient)):
        total.tp += part.tp
        total.fp += part.fp
        total.fn += part.fn
    if exact.fp or exact.fn:
        ev.cited_errors.append({"where": row.get("_where"), "id": row.get("id"), "lang": lang, "text": row["text"],
                                "gold": list(row["cited_sources"]), "predicted": list(predicted)})


def attributed_labels(classifier: Classifier, text: str, lang, gold_categories, labels,
                      lead: str | None = None, antecedent=None) -> tuple[set, list]:
    """The holders sentence_holders() gives, and the labels of the gold categories with their positions.
    `antecedent`: called for the party of the sentence before, when a subject pronoun stands for it
    (row_antecedent()), with the subject's `speaker_only`."""
    attributor = classifier.language(lang).attributor
    if attributor is None:
        return set(), []
    by_cat = {lb.category: lb for lb in labels}
    scored = [Label(lb.category, list(lb.matches)) if lb.category in by_cat else Label(lb.category)
              for lb in (by_cat.get(c) or Label(c) for c in sorted(gold_categories))]
    norm = normalise(text)
    attributor.attribute(text, norm, scored, lead=(lead, normalise(lead)) if lead else None)
    found = attributor.pronoun_subject(text, norm) if antecedent is not None else None
    if found is not None:
        attributor.take_pronoun_holder(found, scored, antecedent(found.speaker_only))
    return {a for lb in scored for a in lb.actors}, scored


def row_antecedent(classifier: Classifier, rows: list, all_labels: list, k: int, documents: bool,
                   speaker_only: bool = False) -> str | None:
    """The party a subject pronoun of row k stands for (Classifier.antecedent_holder()): from the row
    before when it is the same document's (`documents`), else from the row's `context`."""
    row, key = rows[k], document_key(rows[k]) if documents else None
    if key is not None and k > 0 and document_key(rows[k - 1]) == key:
        before, before_labels = rows[k - 1], all_labels[k - 1]
    elif row.get("context"):
        before = {"text": row["context"], "lang": row.get("lang")}
        before_labels = classifier.classify(before["text"], before["lang"])
    else:
        return None
    items = [(before["text"], before.get("lang"), None, before.get("context")), (row["text"], row.get("lang"), None, None)]
    return classifier.antecedent_holder(items, [before_labels, []], None, 1, speaker_only=speaker_only)


def sentence_holders(classifier: Classifier, text: str, lang, gold_categories, labels, lead: str | None = None) -> set:
    """Holders the attributor finds for a sentence, given that it carries `gold_categories`.

    Predicted labels keep their evidence (the stance is read near it); a gold category the rules
    missed gets an evidence-less label, so a missed category does not hide the holders.
    """
    return attributed_labels(classifier, text, lang, gold_categories, labels, lead)[0]


def format_table(ev: Evaluation) -> str:
    lines = [f"{'category':<14}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}"]
    for cat, c in sorted(ev.per_category.items()):
        lines.append(f"{cat:<14}{c.precision:7.3f}{c.recall:7.3f}{c.f1:7.3f}{c.tp:5}{c.fp:5}{c.fn:5}")
    lines.append(f"{'macro-F1':<14}{'':>14}{ev.macro_f1:7.3f}")
    lines.append("")
    lines.append(f"{'language':<14}{'P':>7}{'R':>7}{'F1':>7}{'macroF1':>9}{'tp':>5}{'fp':>5}{'fn':>5}")
    for lang, c in sorted(ev.per_lang.items(), key=lambda kv: str(kv[0])):
        lines.append(f"{str(lang):<14}{c.precision:7.3f}{c.recall:7.3f}{c.f1:7.3f}{ev.lang_macro_f1(lang):9.3f}{c.tp:5}{c.fp:5}{c.fn:5}")
    a = ev.actors
    lines.append("")
    lines.append(f"holder actors (sentences with a gold category): P {a.precision:.3f} R {a.recall:.3f} F1 {a.f1:.3f}")
    e = ev.actors_end_to_end
    lines.append(f"holder actors end to end (predicted labels in gold categories): P {e.precision:.3f} R {e.recall:.3f} F1 {e.f1:.3f}")
    if ev.positions.tp + ev.positions.fp + ev.positions.fn:
        p = ev.positions
        lines.append(f"positions (category, holder, stance; gold categories given): P {p.precision:.3f} R {p.recall:.3f} F1 {p.f1:.3f}")
        h = ev.position_holders
        lines.append(f"  holders per category: P {h.precision:.3f} R {h.recall:.3f} F1 {h.f1:.3f}; "
                     f"stance right where the holder is: {ev.stance_accuracy:.3f}")
        lines.append("  by language: " + ", ".join(f"{k} {v.f1:.3f}" for k, v in sorted(ev.positions_per_lang.items(), key=lambda kv: str(kv[0]))))
    if ev.cited_per_lang:
        lines.append("")
        lines.append(f"{'cited sources':<14}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}"
                     f"{'lenient P':>11}{'R':>7}{'F1':>7}")
        rows = sorted(ev.cited_per_lang.items(), key=lambda kv: str(kv[0])) + [("all", ev.cited)]
        for lang, c in rows:
            n = ev.cited_lenient if lang == "all" else ev.cited_lenient_per_lang[lang]
            lines.append(f"{str(lang):<14}{c.precision:7.3f}{c.recall:7.3f}{c.f1:7.3f}{c.tp:5}{c.fp:5}{c.fn:5}"
                         f"{n.precision:11.3f}{n.recall:7.3f}{n.f1:7.3f}")
    d = ev.discourse
    if d.tp + d.fp:
        lines.append("")
        lines.append(f"discourse (labels inherited from the sentence before): {d.tp + d.fp} added, {d.tp} in gold, "
                     f"precision {d.precision:.3f}; by language: " + ", ".join(
                         f"{k} {v.tp}/{v.tp + v.fp}" for k, v in sorted(ev.discourse_per_lang.items(), key=lambda kv: str(kv[0]))
                         if v.tp + v.fp))
    lines.append(f"{ev.rows} sentences scored, {ev.skipped_ambiguous} ambiguous left out")
    return "\n".join(lines)
