"""What changed between the rulebook that made the stored labels and the current one.

Relabelling after one rule was edited need not classify a million sentences again: with the
cues, the actors and the classifier's code unchanged, a sentence's labels can change only where
a changed rule fired before or may fire now. The database records the labelling state (one
signature per rule, one for everything else that shapes labels), and relabel asks here which
rules changed, or gets None when every sentence must be classified again.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from . import store

# The modules whose code decides labels, holders and stances: a change to any of them relabels all.
LABELLING_CODE = ("classify.py", "actors.py", "textnorm.py", "rulebook.py")
RULES_KEY = "labelled_rules"
CONTEXT_KEY = "labelled_context"


def _digest(*parts: bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part)
        h.update(b"\0")
    return h.hexdigest()[:16]


# what of a rule decides where it fires (not its description, examples or position)
SIGNATURE_FIELDS = ("category", "lang", "patterns", "requires", "exclude", "cue")


def definition(rule) -> dict:
    return {f: getattr(rule, f) for f in SIGNATURE_FIELDS}


def rule_signature(rule) -> str:
    return _signature_of(definition(rule))


def _signature_of(d: dict) -> str:
    return _digest(json.dumps([d[f] for f in SIGNATURE_FIELDS], ensure_ascii=False).encode())


def context_signature(rulebook) -> str:
    """Everything besides the rules that shapes labels: cues, actors and the classifier's code."""
    here = Path(__file__).parent
    return _digest(
        json.dumps(rulebook.cue_patterns, sort_keys=True, ensure_ascii=False).encode(),
        json.dumps(dict(rulebook.actors), sort_keys=True, ensure_ascii=False, default=str).encode(),
        *((here / name).read_bytes() for name in LABELLING_CODE),
    )


def labelling_state(rulebook) -> dict[str, str]:
    """The demands_meta entries that say which rulebook the stored labels come from."""
    return {
        RULES_KEY: json.dumps({r.id: rule_signature(r) for r in rulebook.rules}, sort_keys=True),
        CONTEXT_KEY: context_signature(rulebook),
    }


def changed_rules(db, rulebook) -> set[str] | None:
    """Ids of the rules added, removed or changed since the stored labels were made.

    None when that is unknown (a database labelled before this state was kept) or when
    something besides the rules changed: then every sentence must be classified again.
    """
    stored_rules = store.get_meta(db, RULES_KEY)
    if stored_rules is None or store.get_meta(db, CONTEXT_KEY) != context_signature(rulebook):
        return None
    try:
        old = json.loads(stored_rules)
    except ValueError:
        return None
    new = {r.id: rule_signature(r) for r in rulebook.rules}
    return {rid for rid in old.keys() | new.keys() if old.get(rid) != new.get(rid)}


def stored_definitions(db) -> dict[str, dict]:
    """The rules as the database's `rules` table has them: read before write_rulebook replaces them."""
    if not db["rules"].exists():
        return {}
    out = {}
    for rid, category, lang, patterns, requires, exclude, cue in db.execute(
            "select id, category, lang, patterns, requires, exclude, cue from rules"):
        try:
            out[rid] = {"category": category, "lang": lang, "patterns": json.loads(patterns),
                        "requires": json.loads(requires), "exclude": json.loads(exclude), "cue": bool(cue)}
        except (TypeError, ValueError):
            continue
    return out


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


def rule_changes(db, rulebook, previous: dict[str, dict]) -> list[RuleChange] | None:
    """The changed rules (see changed_rules), each with its previous definition when `previous`
    (stored_definitions, read before the rulebook was written) is the one that made the labels."""
    changed = changed_rules(db, rulebook)
    if changed is None:
        return None
    old_signatures = json.loads(store.get_meta(db, RULES_KEY))
    now = {r.id: r for r in rulebook.rules}
    changes = []
    for rid in sorted(changed):
        before = previous.get(rid)
        if before is not None and _signature_of(before) != old_signatures.get(rid):
            before = None  # the rules table was written by a relabel that did not finish
        changes.append(RuleChange(rid, now.get(rid), before))
    return changes
