"""Which rulebook made a database's labels: recorded in demands_meta, read back by relabel.

The database records one signature per rule and one for everything else that shapes labels (cues,
actors and the labelling code). Relabel compares them with the current rulebook: only the sentences
a changed rule may touch are looked at again, or every sentence when anything else changed or the
state is unknown (a database labelled before it was kept).
"""

from __future__ import annotations

import json
from pathlib import Path

from ..rulebook.diff import RuleChange, changed_rule_ids, digest, rule_signatures, signature_of
from . import store

PACKAGE = Path(__file__).resolve().parent.parent
# The modules whose code decides labels, holders and stances: a change to any of them relabels all.
LABELLING_CODE = ("labelling/classify.py", "labelling/compiled.py", "labelling/attribution.py",
                  "labelling/actor_tables.py", "labelling/normalise.py",
                  "rulebook/load.py", "rulebook/model.py", "rulebook/cues.py", "rulebook/actors.py")
RULES_KEY = "labelled_rules"
CONTEXT_KEY = "labelled_context"


def context_signature(rulebook) -> str:
    """Everything besides the rules that shapes labels: cues, actors and the labelling code."""
    return digest(
        json.dumps(rulebook.cue_patterns, sort_keys=True, ensure_ascii=False).encode(),
        json.dumps(dict(rulebook.actors), sort_keys=True, ensure_ascii=False, default=str).encode(),
        *((PACKAGE / name).read_bytes() for name in LABELLING_CODE),
    )


def labelling_state(rulebook) -> dict[str, str]:
    """The demands_meta entries that say which rulebook the stored labels come from."""
    return {
        RULES_KEY: json.dumps(rule_signatures(rulebook), sort_keys=True),
        CONTEXT_KEY: context_signature(rulebook),
    }


def mark_labelled_with(db, rulebook) -> None:
    """Record that every stored label now comes from this rulebook."""
    store.set_meta(db, "rulebook_fingerprint", rulebook.fingerprint)
    for key, value in labelling_state(rulebook).items():
        store.set_meta(db, key, value)


def _stored_signatures(db, rulebook) -> dict[str, str] | None:
    """The stored rule signatures, or None when unknown or when something besides the rules changed."""
    stored_rules = store.get_meta(db, RULES_KEY)
    if stored_rules is None or store.get_meta(db, CONTEXT_KEY) != context_signature(rulebook):
        return None
    try:
        return json.loads(stored_rules)
    except ValueError:
        return None


def rule_changes(db, rulebook, previous: dict[str, dict]) -> list[RuleChange] | None:
    """The rules added, removed or changed since the stored labels were made, each with its previous
    definition when `previous` (store.stored_definitions, read before the rulebook was written) is the
    one that made the labels. None when every sentence must be classified again."""
    old_signatures = _stored_signatures(db, rulebook)
    if old_signatures is None:
        return None
    now = {r.id: r for r in rulebook.rules}
    changes = []
    for rid in sorted(changed_rule_ids(old_signatures, rulebook)):
        before = previous.get(rid)
        if before is not None and signature_of(before) != old_signatures.get(rid):
            before = None  # the rules table was written by a relabel that did not finish
        changes.append(RuleChange(rid, now.get(rid), before))
    return changes
