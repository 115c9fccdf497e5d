"""What changed between two rulebooks, rule by rule: the rulebook diff that relabel works from.

A rule's signature is a digest of what decides where it fires (not its description, examples or
position). Relabel stores the signatures of the rulebook that made the labels (corpus/labelling_state.py)
and asks here which rules were added, removed or changed since, and how (`RuleChange`).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass


def digest(*parts: bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part)
        h.update(b"\0")
    return h.hexdigest()[:16]


# what of a rule decides where it fires (not its description, examples or position)
SIGNATURE_FIELDS = ("category", "lang", "patterns", "requires", "exclude", "cue")


def definition(rule) -> dict:
    """What decides where a rule fires; with `cue_words`, the words of the cue group it requires (`cue:
    strict`), which live in cues.yml: a change to them changes the signature of the rules requiring the group."""
    d = {f: getattr(rule, f) for f in SIGNATURE_FIELDS}
    if getattr(rule, "cue_words", None):
        d["cue_words"] = rule.cue_words
    if getattr(rule, "exclude_in_match", None):
        d["exclude_in_match"] = rule.exclude_in_match
    return d


def rule_signature(rule) -> str:
    return signature_of(definition(rule))


def signature_of(d: dict) -> str:
    """The digest of a definition; a rule without a cue group keeps the signature it had before groups
    existed, so that databases labelled then are not relabelled whole."""
    fields = [d[f] for f in SIGNATURE_FIELDS] + ([d["cue_words"]] if d.get("cue_words") else [])
    # likewise a rule without exclude_in_match keeps the signature it had before the key existed
    fields += [{"exclude_in_match": d["exclude_in_match"]}] if d.get("exclude_in_match") else []
    return digest(json.dumps(fields, ensure_ascii=False, sort_keys=True).encode())


def rule_signatures(rulebook) -> dict[str, str]:
    return {r.id: rule_signature(r) for r in rulebook.rules}


def changed_rule_ids(old_signatures: dict[str, str], rulebook) -> set[str]:
    """Ids of the rules added, removed or changed between `old_signatures` and this rulebook."""
    new = rule_signatures(rulebook)
    return {rid for rid in old_signatures.keys() | new.keys() if old_signatures.get(rid) != new.get(rid)}


@dataclass
class RuleChange:
    """One rule added, removed or changed; `before` is its definition that made the stored labels, if known."""

    id: str
    now: object | None  # the Rule, None when removed
    before: dict | None

    @property
    def patterns_only(self) -> bool:
        """Only patterns were added or dropped; the others kept their order, and everything else its value.

        Then the rule's evidence can differ only on sentences where an added or dropped pattern
        matches: a branch of the alternation that matches nowhere in a sentence changes nothing there.
        """
        if self.now is None or self.before is None:
            return False
        now = definition(self.now)
        if any(now[f] != self.before[f] for f in SIGNATURE_FIELDS if f != "patterns"):
            return False
        common = set(now["patterns"]) & set(self.before["patterns"])
        return [p for p in now["patterns"] if p in common] == [p for p in self.before["patterns"] if p in common]

    def screen_patterns(self) -> list[str]:
        """Patterns whose matches name the sentences to look at, besides those where the rule fired before."""
        if self.patterns_only:
            old, new = self.before["patterns"], self.now.patterns
            return [p for p in new if p not in old] + [p for p in old if p not in new]
        patterns = list(self.now.patterns) if self.now is not None else []
        return patterns + [p for p in (self.before or {}).get("patterns", []) if p not in patterns]

    def langs(self) -> set[str]:
        """Languages of the sentences where it may fire, now or before ("any": all)."""
        return {d["lang"] for d in (definition(self.now) if self.now else None, self.before) if d}


@dataclass
class RulebookSwitch:
    """What differs between the rulebook that made a database's labels and the one now applied:
    its folder, the categories added or removed, the rules added, removed or changed."""

    directory_before: str | None
    directory_now: str
    categories_added: list[str]
    categories_removed: list[str]
    rules_added: int
    rules_removed: int
    rules_changed: int

    @property
    def anything(self) -> bool:
        return bool(self.folder_changed or self.categories_added or self.categories_removed
                    or self.rules_added or self.rules_removed or self.rules_changed)

    @property
    def folder_changed(self) -> bool:
        return self.directory_before is not None and self.directory_before != self.directory_now

    def __str__(self) -> str:
        parts = []
        if self.folder_changed:
            parts.append(f"rulebook {self.directory_now} replaces {self.directory_before}")
        if self.categories_added:
            parts.append("categories added: " + ", ".join(self.categories_added))
        if self.categories_removed:
            parts.append("categories removed: " + ", ".join(self.categories_removed))
        parts.append(f"rules: {self.rules_added} added, {self.rules_removed} removed, {self.rules_changed} changed")
        return "; ".join(parts)


def rulebook_switch(directory_before: str | None, categories_before: set[str], signatures_before: dict[str, str],
                    rulebook, directory_now: str) -> RulebookSwitch:
    """How `rulebook` differs from the one recorded (its folder, category names and rule signatures)."""
    now = rule_signatures(rulebook)
    return RulebookSwitch(
        directory_before, directory_now,
        sorted(set(rulebook.categories) - categories_before), sorted(categories_before - set(rulebook.categories)),
        rules_added=len(now.keys() - signatures_before.keys()),
        rules_removed=len(signatures_before.keys() - now.keys()),
        rules_changed=sum(1 for rid in now.keys() & signatures_before.keys() if now[rid] != signatures_before[rid]),
    )
