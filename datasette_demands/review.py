"""What a rule change does to the gold, for the review of a rules pull request.

`rules_diff(base, head, gold)` runs two rulebooks over the same gold rows and reports, in order:
the rules added, removed or changed (by their signature: what decides where a rule fires); each
sentence whose categories change (gained or lost, the rules that made the difference, whether the
gold agrees with the change); each sentence whose positions change on a category both sides label
(an edit of actors.yml or cues.yml: holders and stances); and F1 per category and per language, of
holders and of positions, before and after. `format_markdown` writes it for a pull request's job summary.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .evaluate import Evaluation, evaluate, predicted_labels
from .labelling.classify import Classifier
from .rulebook.diff import rule_signatures


@dataclass
class SentenceChange:
    where: str
    lang: str
    text: str
    gained: list[str]
    lost: list[str]
    rules: dict[str, list[str]]  # category -> the rules that fired for it on the side that has it
    gold: list[str]
    ambiguous: bool

    def agrees(self, category: str) -> bool | None:
        """Whether the gold agrees with the change of `category` (None on an ambiguous row)."""
        if self.ambiguous:
            return None
        return (category in self.gold) == (category in self.gained)


@dataclass
class PositionChange:
    """A sentence whose positions (holder and stance) change on a category both rulebooks give it."""
    where: str
    lang: str
    text: str
    before: list[str]  # "ceasefire: RU reject", sorted
    after: list[str]
    gold: list[str] | None  # the gold's positions of the same categories; None when the row has none
    ambiguous: bool

    def verdict(self) -> str:
        if self.ambiguous:
            return "ambiguous (not scored)"
        if self.gold is None:
            return "no gold positions"
        was, now = set(self.before) == set(self.gold), set(self.after) == set(self.gold)
        return "✅ now as the gold" if now else "❌ no longer as the gold" if was else "≠ gold before and after"


@dataclass
class RulebookDiff:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    sentences: list[SentenceChange] = field(default_factory=list)
    positions: list[PositionChange] = field(default_factory=list)
    before: Evaluation | None = None
    after: Evaluation | None = None
    rows: int = 0

    def counts(self) -> dict[str, int]:
        out = {"gained": 0, "lost": 0, "right": 0, "wrong": 0}
        for s in self.sentences:
            out["gained"] += len(s.gained)
            out["lost"] += len(s.lost)
            for cat in s.gained + s.lost:
                verdict = s.agrees(cat)
                if verdict is not None:
                    out["right" if verdict else "wrong"] += 1
        return out


def compare_rules(base, head) -> tuple[list[str], list[str], list[str]]:
    """Rule ids added, removed and changed (by signature) from `base` to `head`."""
    old, new = rule_signatures(base), rule_signatures(head)
    added = sorted(set(new) - set(old))
    removed = sorted(set(old) - set(new))
    changed = sorted(i for i in set(old) & set(new) if old[i] != new[i])
    return added, removed, changed


def categories_and_rules(labels) -> dict[str, list[str]]:
    return {lb.category: sorted({m.rule_id for m in lb.matches}) for lb in labels}


def sentence_change(row: dict, before: dict, after: dict) -> SentenceChange | None:
    gained = sorted(set(after) - set(before))
    lost = sorted(set(before) - set(after))
    if not gained and not lost:
        return None
    rules = {c: after[c] for c in gained} | {c: before[c] for c in lost}
    return SentenceChange(where=row.get("_where", ""), lang=row.get("lang", ""), text=row["text"],
                          gained=gained, lost=lost, rules=rules, gold=sorted(row.get("categories", [])),
                          ambiguous=bool(row.get("ambiguous")))


def _positions(labels, categories: set) -> list[str]:
    return sorted({f"{lb.category}: {p.holder} {p.stance}" for lb in labels if lb.category in categories
                   for p in lb.positions})


def position_change(row: dict, labels_before, labels_after) -> PositionChange | None:
    """The change of positions on the categories both sides give the sentence, or None."""
    both = {lb.category for lb in labels_before} & {lb.category for lb in labels_after}
    before, after = _positions(labels_before, both), _positions(labels_after, both)
    if before == after:
        return None
    gold = row.get("positions")
    gold = (sorted({f"{c}: {p.get('holder')} {p.get('stance')}" for c, ps in gold.items() if c in both for p in ps})
            if isinstance(gold, dict) else None)
    return PositionChange(where=row.get("_where", ""), lang=row.get("lang", ""), text=row["text"], before=before,
                          after=after, gold=gold, ambiguous=bool(row.get("ambiguous")))


def rules_diff(base, head, gold) -> RulebookDiff:
    """Run rulebook `base` and `head` over the gold rows (a `Gold`) and collect what changes."""
    diff = RulebookDiff()
    diff.added, diff.removed, diff.changed = compare_rules(base, head)
    old, new = Classifier(base), Classifier(head)
    rows = list(gold)
    before, after = predicted_labels(old, rows), predicted_labels(new, rows)
    for row, labels_before, labels_after in zip(rows, before, after):
        diff.rows += 1
        change = sentence_change(row, categories_and_rules(labels_before), categories_and_rules(labels_after))
        if change:
            diff.sentences.append(change)
        moved = position_change(row, labels_before, labels_after)
        if moved:
            diff.positions.append(moved)
    diff.before = evaluate(old, gold, labelled=before)
    diff.after = evaluate(new, gold, labelled=after)
    return diff


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell: no pipes, no line breaks, no raw HTML."""
    return (text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\r", " ").replace("\n", " "))


def _verdict(change: SentenceChange, category: str) -> str:
    agrees = change.agrees(category)
    return "ambiguous (not scored)" if agrees is None else ("✅ gold agrees" if agrees else "❌ gold disagrees")


def format_markdown(diff: RulebookDiff, limit: int = 200) -> str:
    counts = diff.counts()
    lines = ["## Rules diff", ""]
    lines.append(f"Rules: {len(diff.added)} added, {len(diff.removed)} removed, {len(diff.changed)} changed.")
    for name, ids in (("Added", diff.added), ("Removed", diff.removed), ("Changed", diff.changed)):
        if ids:
            lines.append(f"- {name}: " + ", ".join(f"`{i}`" for i in ids))
    lines += ["", f"Gold sentences: {diff.rows}; {len(diff.sentences)} change their labels "
              f"({counts['gained']} categories gained, {counts['lost']} lost; "
              f"{counts['right']} changes agree with the gold, {counts['wrong']} do not).", ""]
    if diff.sentences:
        lines += ["| where | lang | change | rules | gold | sentence |", "|---|---|---|---|---|---|"]
        for change in diff.sentences[:limit]:
            for sign, cats in (("+", change.gained), ("−", change.lost)):
                for cat in cats:
                    rules = ", ".join(f"`{r}`" for r in change.rules.get(cat, []))
                    lines.append(f"| {_cell(change.where)} | {change.lang} | {sign} {cat} | {rules} | "
                                 f"{_verdict(change, cat)} | {_cell(change.text)} |")
        if len(diff.sentences) > limit:
            lines.append(f"\n… and {len(diff.sentences) - limit} more sentences (raise `--limit` to see them).")
        lines.append("")
    lines += _position_lines(diff, limit)
    lines += ["| category | F1 before | F1 after | change |", "|---|---|---|---|"]
    cats = sorted(set(diff.before.per_category) | set(diff.after.per_category))
    for cat in cats:
        b, a = diff.before.per_category[cat].f1, diff.after.per_category[cat].f1
        lines.append(_f1_row(cat, b, a))
    lines.append(_f1_row("**macro-F1**", diff.before.macro_f1, diff.after.macro_f1))
    for name, before, after in (("holders", diff.before.actors, diff.after.actors),
                                ("positions", diff.before.positions, diff.after.positions)):
        if before.tp + before.fp + before.fn + after.tp + after.fp + after.fn:
            lines.append(_f1_row(f"{name} (gold categories given)", before.f1, after.f1))
    lines += ["", "| language | F1 before | F1 after | change |", "|---|---|---|---|"]
    for lang in sorted(set(diff.before.per_lang) | set(diff.after.per_lang)):
        lines.append(_f1_row(lang, diff.before.per_lang[lang].f1, diff.after.per_lang[lang].f1))
    return "\n".join(lines) + "\n"


def _f1_row(name: str, before: float, after: float) -> str:
    """One row of an F1 table: the change is that of the two figures as printed, so the three columns agree
    (0.9754 → 0.9756 reads 0.975, 0.976, +0.001, not +0.000)."""
    b, a = round(before, 3), round(after, 3)
    return f"| {name} | {b:.3f} | {a:.3f} | {a - b:+.3f} |"


def _position_lines(diff: RulebookDiff, limit: int) -> list[str]:
    """The sentences whose holders or stances change, with the gold's positions and a verdict."""
    verdicts = [p.verdict() for p in diff.positions]
    lines = [f"Positions: {len(diff.positions)} sentences change their holders or stances on a category both sides "
             f"give them ({verdicts.count('✅ now as the gold')} now as the gold, "
             f"{verdicts.count('❌ no longer as the gold')} no longer).", ""]
    if diff.positions:
        lines += ["| where | lang | before | after | gold | verdict | sentence |", "|---|---|---|---|---|---|---|"]
        for change, verdict in list(zip(diff.positions, verdicts))[:limit]:
            gold = "; ".join(change.gold) if change.gold is not None else "–"
            lines.append(f"| {_cell(change.where)} | {change.lang} | {_cell('; '.join(change.before) or 'none')} | "
                         f"{_cell('; '.join(change.after) or 'none')} | {_cell(gold or 'none')} | {verdict} | "
                         f"{_cell(change.text)} |")
        if len(diff.positions) > limit:
            lines.append(f"\n… and {len(diff.positions) - limit} more sentences (raise `--limit` to see them).")
        lines.append("")
    return lines
