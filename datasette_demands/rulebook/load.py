"""Load the rulebook (rules/*.yml): validate, compile and fingerprint it.

A contributor's mistake must come back as a `RuleProblem` naming the file, the line
and the rule, never as a traceback, so every check here collects problems instead of
raising on the first one. `load_rulebook` raises `RulebookError` holding all of them.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import yaml

from .actors import load_actors
from .cache import cached_rulebook, remember_rulebook
from .cues import load_cues
from .outlets import is_outlets_file, load_outlets
from .model import Category, Rule, Rulebook, RulebookError, RuleProblem, default_rules_dir
from .patterns import checked_pattern, save_checked_patterns
from .yamlfile import line_of, load_schema, node_at, read_yaml, validate

SPECIAL_FILES = {"cues.yml": "cues", "actors.yml": "actors"}


def _compile_rule(rule: Rule, rule_node, problems: list[RuleProblem]) -> bool:
    """Check every pattern of a rule (compiles, no empty match, no catastrophic backtracking),
    each reported on the pattern's own line, as lint does.

    Verdicts are remembered across runs (_CheckedPatterns); the rule's alternations are
    compiled lazily on first use (Rule._alternation).
    """
    ok = True
    for kind in ("patterns", "requires", "exclude"):
        for j, p in enumerate(getattr(rule, kind)):
            why = checked_pattern(p)
            if why:
                line = line_of(node_at(rule_node, [kind, j])) or rule.line
                problems.append(RuleProblem(rule.file, line, rule.id, f"{kind}: {why}"))
                ok = False
    return ok


def _load_category_file(path, problems, schema, seen_ids):
    data, node = read_yaml(path, problems)
    if data is None:
        return None, []

    def rule_id_at(p):
        if len(p) >= 2 and p[0] == "rules" and isinstance(p[1], int):
            try:
                return data["rules"][p[1]].get("id")
            except (AttributeError, IndexError, KeyError, TypeError):
                return None
        return None

    if not validate(data, node, schema, path.name, problems, rule_id_at):
        return None, []
    name = data["category"]
    if name != path.stem:
        problems.append(RuleProblem(path.name, line_of(node_at(node, ["category"])), None,
                                    f"category {name!r} must match the file name {path.stem!r}"))
        return None, []
    cat = Category(name, data.get("title", name.title()), data.get("description", ""), path.name)
    rules = []
    rule_nodes = node_at(node, ["rules"]).value
    for i, r in enumerate(data["rules"]):
        rnode = rule_nodes[i]
        line = line_of(rnode)
        rid = r["id"]
        if rid in seen_ids:
            problems.append(RuleProblem(path.name, line, rid, f"duplicate rule id (first defined in {seen_ids[rid]})"))
            continue
        seen_ids[rid] = f"{path.name}:{line}"
        if r.get("status") == "deprecated":
            continue
        ex = r.get("examples", {})
        ex_lines = {}
        for kind in ("match", "no_match"):
            seq = node_at(rnode, ["examples", kind])
            if isinstance(seq, yaml.SequenceNode):
                for item, text in zip(seq.value, ex.get(kind, [])):
                    ex_lines[f"{kind}:{text}"] = line_of(item)
        rule = Rule(
            id=rid, category=name, lang=r["lang"], description=r["description"], file=path.name, line=line,
            patterns=list(r["patterns"]), requires=list(r.get("requires", [])), exclude=list(r.get("exclude", [])),
            cue=bool(r.get("cue", False)), status=r.get("status", "stable"), author=r.get("author"),
            references=list(r.get("references", [])), examples_match=list(ex.get("match", [])),
            examples_no_match=list(ex.get("no_match", [])), example_lines=ex_lines,
        )
        if _compile_rule(rule, rnode, problems):
            rules.append(rule)
    return cat, rules


def fingerprint_of(directory: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(directory.glob("*.yml")):
        h.update(path.name.encode())
        h.update(b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()[:16]


def load_rulebook(directory: str | Path | None = None) -> Rulebook:
    """Load and check every file of a rulebook; raise RulebookError listing all problems."""
    directory = Path(directory) if directory else default_rules_dir()
    problems: list[RuleProblem] = []
    if not directory.is_dir():
        raise RulebookError([RuleProblem(str(directory), None, None, "rules directory not found")])
    cached = cached_rulebook(directory, default_rules_dir())  # the same files loaded cleanly before (cache.py)
    if cached is not None:
        return cached
    schema = load_schema(directory, "schema.json")
    categories, rules, seen = {}, [], {}
    cues, cue_patterns, actors = {}, {}, {}
    cues_broken = False
    outlet_files = []
    for path in sorted(directory.glob("*.yml")):
        kind = SPECIAL_FILES.get(path.name)
        if is_outlets_file(path.name):
            outlet_files.append(path)
        elif kind == "cues":
            before = len(problems)
            cues, cue_patterns = load_cues(path, problems, directory)
            cues_broken = len(problems) > before
        elif kind == "actors":
            actors = load_actors(path, problems, directory)
        else:
            cat, file_rules = _load_category_file(path, problems, schema, seen)
            if cat:
                categories[cat.name] = cat
                rules.extend(file_rules)
    outlets = load_outlets(outlet_files, problems, directory)
    for rule in [] if cues_broken else rules:  # a broken cues.yml is reported once, not once per rule
        if rule.cue and rule.lang != "any" and rule.lang not in cues:
            problems.append(RuleProblem(rule.file, rule.line, rule.id,
                                        f"cue: true but cues.yml has no cues for language {rule.lang!r}"))
    if not categories and not problems:
        problems.append(RuleProblem(str(directory), None, None, "no category files (*.yml) found"))
    save_checked_patterns()
    if problems:
        raise RulebookError(problems)
    rulebook = Rulebook(directory, categories, rules, cues, cue_patterns, actors, fingerprint_of(directory), outlets)
    remember_rulebook(rulebook, default_rules_dir())
    return rulebook
