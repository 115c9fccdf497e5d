"""Which rulebook made a database's labels: recorded in demands_meta, read back by relabel.

The database records one signature per rule and one for everything else that shapes labels (cues,
actors and the labelling code). Relabel compares them with the current rulebook: only the sentences
a changed rule may touch are looked at again, or every sentence when anything else changed or the
state is unknown (a database labelled before it was kept).

It also records the rulebook's folder (and whether it is the one shipped with the plugin), so that
build and relabel without --rules go on with the rulebook the database was labelled with, and says
what differs when another one is named (`switch`).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from ..rulebook.diff import RuleChange, RulebookSwitch, changed_rule_ids, digest, rule_signatures, rulebook_switch, signature_of
from ..rulebook.model import CORE_PACK, default_rules_dir
from . import store

PACKAGE = Path(__file__).resolve().parent.parent
# The modules whose code decides labels, holders and stances: a change to any of them relabels all
# (a package's modules by a pattern, so that one added to it counts too).
LABELLING_CODE = ("labelling/classify.py", "labelling/compiled.py", "labelling/attribution/*.py", "labelling/cited/*.py",
                  "labelling/actor_tables.py", "labelling/normalise.py", "labelling/discourse.py",
                  "rulebook/load.py", "rulebook/model.py", "rulebook/cues.py", "rulebook/actors.py",
                  "rulebook/outlets.py", "rulebook/discourse.py")
RULES_KEY = "labelled_rules"
CONTEXT_KEY = "labelled_context"
DIR_KEY = "rulebook_dir"
SHIPPED_KEY = "rulebook_shipped"  # "1": the rulebook shipped with the plugin, wherever it is installed
PACKS_KEY = "rule_packs"  # JSON: each pack's name, version, fingerprint, folder, and whether it was local


def rulebook_dir_value(rulebook) -> str:
    """How a rulebook's folder is recorded: its absolute path."""
    return str(Path(rulebook.directory).resolve())


def is_shipped(directory) -> bool:
    return Path(directory).resolve() == default_rules_dir().resolve()


def remembered_rulebook(db_path) -> Path | None:
    """The folder of the rulebook a database was labelled with; None for the shipped one, or when
    the database does not exist or recorded none. Reads without creating or changing anything."""
    path = Path(db_path)
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            meta = dict(conn.execute("select key, value from demands_meta where key in (?, ?)", [DIR_KEY, SHIPPED_KEY]))
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    directory = meta.get(DIR_KEY)
    if not directory or meta.get(SHIPPED_KEY) == "1" or is_shipped(directory):
        return None
    return Path(directory)


def remembered_pack_dirs(db_path) -> list[Path]:
    """The folders named with --rules that a database was labelled with: the one that replaced the core
    rules (remembered_rulebook), then the other local packs. Installed packs are found again anyway."""
    core = remembered_rulebook(db_path)
    dirs = [core] if core is not None else []
    path = Path(db_path)
    if not path.is_file():
        return dirs
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("select value from demands_meta where key = ?", [PACKS_KEY]).fetchone()
        finally:
            conn.close()
        packs = json.loads(row[0]) if row else []
    except (sqlite3.Error, ValueError, TypeError):
        return dirs
    for pack in packs if isinstance(packs, list) else []:
        if isinstance(pack, dict) and pack.get("local") and pack.get("name") != CORE_PACK and pack.get("directory"):
            dirs.append(Path(pack["directory"]))
    return dirs


def packs_record(rulebook) -> str:
    """What demands_meta.rule_packs says of the rulebook's packs."""
    return json.dumps([{"name": p.name, "version": p.version, "fingerprint": p.fingerprint,
                        "directory": str(Path(p.directory).resolve()), "local": p.local}
                       for p in rulebook.packs], ensure_ascii=False)


def switch(db, rulebook) -> RulebookSwitch | None:
    """What differs between the rulebook recorded in the database and this one; None for a database
    that holds no rulebook yet. Read before store.write_rulebook replaces the record."""
    if not db["categories"].exists() or not db.execute("select exists (select 1 from rules)").fetchone()[0]:
        return None
    categories = {row[0] for row in db.execute("select name from categories")}
    try:
        signatures = json.loads(store.get_meta(db, RULES_KEY) or "null")
    except ValueError:
        signatures = None
    if not isinstance(signatures, dict):
        signatures = {rid: signature_of(d) for rid, d in store.stored_definitions(db).items()}
    before = store.get_meta(db, DIR_KEY)
    if store.get_meta(db, SHIPPED_KEY) == "1":  # wherever the plugin is installed now
        before = str(default_rules_dir().resolve())
    elif before:  # recorded relative to the working folder by older versions
        before = str(Path(before).resolve())
    return rulebook_switch(before, categories, signatures, rulebook, rulebook_dir_value(rulebook))


def labelling_code_files() -> list[Path]:
    """The files of LABELLING_CODE in order, each pattern expanded to its files sorted by name."""
    return [path for name in LABELLING_CODE for path in (sorted(PACKAGE.glob(name)) if "*" in name else [PACKAGE / name])]


def context_signature(rulebook) -> str:
    """Everything besides the rules that shapes labels: cues, actors, outlets, the anaphors of discourse.yml
    and the labelling code."""
    return digest(
        json.dumps(getattr(rulebook, "discourse", None) or {}, sort_keys=True, ensure_ascii=False).encode(),
        json.dumps(rulebook.cue_patterns, sort_keys=True, ensure_ascii=False).encode(),
        json.dumps(dict(rulebook.actors), sort_keys=True, ensure_ascii=False, default=str).encode(),
        json.dumps(dict(getattr(rulebook, "outlets", None) or {}), sort_keys=True, ensure_ascii=False).encode(),
        *(path.read_bytes() for path in labelling_code_files()),
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
    store.set_meta(db, DIR_KEY, rulebook_dir_value(rulebook))
    store.set_meta(db, SHIPPED_KEY, "1" if is_shipped(rulebook.directory) else "0")
    store.set_meta(db, PACKS_KEY, packs_record(rulebook))
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
