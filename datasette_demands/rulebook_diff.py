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


def rule_signature(rule) -> str:
    """What of a rule decides where it fires (not its description, examples or position)."""
    return _digest(json.dumps([rule.category, rule.lang, rule.patterns, rule.requires, rule.exclude, rule.cue],
                              ensure_ascii=False).encode())


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
