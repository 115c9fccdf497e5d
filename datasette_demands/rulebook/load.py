"""Load the rulebook (rules/*.yml): validate, compile and fingerprint it.

A contributor's mistake must come back as a `RuleProblem` naming the file, the line
and the rule, never as a traceback, so every check here collects problems instead of
raising on the first one. `load_rulebook` raises `RulebookError` holding all of them.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

import yaml

from .actors import ActorBook, load_actors
from .cache import cached_rulebook, packs_key, remember_rulebook
from .cues import expand_exclude_groups, group_problem, group_words, load_cues, split_groups
from .discourse import load_discourse
from .outlets import is_outlets_file, load_outlets
from .model import CORE_PACK, PATTERN_KINDS, Category, core_version, Rule, Rulebook, RulebookError, RulePack, RuleProblem, default_rules_dir
from .patterns import checked_pattern, compile_alternation, save_checked_patterns
from .yamlfile import line_of, load_schema, node_at, pack_category_schema, read_yaml, shown_path, validate

# pack.yml names a folder's pack (`name`, `version`) when it is named with --rules
SPECIAL_FILES = {"cues.yml": "cues", "actors.yml": "actors", "discourse.yml": "discourse", "pack.yml": "pack"}


def _compile_rule(rule: Rule, rule_node, problems: list[RuleProblem]) -> bool:
    """Check every pattern of a rule (compiles, no empty match, no catastrophic backtracking),
    each reported on the pattern's own line, as lint does.

    Verdicts are remembered across runs (_CheckedPatterns); the rule's alternations are
    compiled lazily on first use (Rule._alternation).
    """
    ok = True
    for kind in PATTERN_KINDS:
        for j, p in enumerate(getattr(rule, kind)):
            why = checked_pattern(p)
            if why:
                line = line_of(node_at(rule_node, [kind, j])) or rule.line
                problems.append(RuleProblem(rule.file, line, rule.id, f"{kind}: {why}"))
                ok = False
    return ok


def _cue(value) -> bool | str:
    """A rule's `cue`: True or False, or the name of a cue group (the schema allows nothing else)."""
    return value if isinstance(value, str) else bool(value)


def _load_category_file(path, problems, schema, seen_ids, pack=CORE_PACK, known=None):
    """One category file's category and rules. `known`: the categories earlier packs define, to which
    a pack may add rules without repeating their title and description."""
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
    missing = [key for key in ("title", "description") if key not in data]
    if missing and known is not None and name not in known:
        problems.append(RuleProblem(path.name, 1, None, (
            f"category {name!r} is new to the rulebook, so it needs {' and '.join(repr(k) for k in missing)}; "
            f"to add rules to a category another pack defines, name it: {', '.join(sorted(known)) or 'none'}")))
        return None, []
    cat = Category(name, data.get("title", name.title()), data.get("description", ""), path.name, pack)
    rules = []
    rule_nodes = node_at(node, ["rules"]).value
    for i, r in enumerate(data["rules"]):
        rnode = rule_nodes[i]
        line = line_of(rnode)
        rid = r["id"]
        if rid in seen_ids:
            other_pack, where = seen_ids[rid]
            if other_pack == pack:
                message = f"duplicate rule id (first defined in {where})"
            else:
                message = (f"rule id defined in pack {other_pack} ({where}) and again in pack {pack}: "
                           "a pack may add rules, not redefine another pack's; give this rule its own id")
            problems.append(RuleProblem(path.name, line, rid, message))
            continue
        seen_ids[rid] = (pack, f"{shown_path(path)}:{line}")
        if rid.split(".")[0] != name:  # the id names the category its labels carry, in SQL and on the pages
            problems.append(RuleProblem(path.name, line, rid,
                                        f"rule id must start with the category of its file: {name}.<lang>.<name>"))
            continue
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
            exclude_in_match=list(r.get("exclude_in_match", [])),
            exclude_groups=list(r.get("exclude_groups", [])),
            cue=_cue(r.get("cue", False)), status=r.get("status", "stable"), author=r.get("author"),
            references=list(r.get("references", [])), examples_match=list(ex.get("match", [])),
            examples_no_match=list(ex.get("no_match", [])), example_lines=ex_lines, pack=pack,
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
    """Load and check every file of one rulebook folder (the core pack, or a folder that replaces it);
    raise RulebookError listing all problems."""
    directory = Path(directory) if directory else default_rules_dir()
    return load_packs([RulePack(CORE_PACK, core_version(), directory)])


def merge_into(base: dict, extra: dict) -> None:
    """Extend `base` with `extra`: mappings merge key by key, lists are extended, other values kept."""
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            merge_into(base[key], value)
        elif isinstance(value, list) and isinstance(base.get(key), list):
            base[key] = base[key] + [v for v in value if v not in base[key]]
        elif key not in base:
            base[key] = value


class _Merged:
    """What the packs loaded so far add up to."""

    def __init__(self):
        self.categories: dict[str, Category] = {}
        self.rules: list[Rule] = []
        self.seen: dict[str, tuple[str, str]] = {}
        self.cue_patterns: dict = {}
        self.actors: dict = {}
        self.actors_source = "actors.yml"
        self.cues_broken = False
        self.outlet_files: dict[Path, str] = {}  # every pack's outlet lexicons, with their pack
        self.discourse: dict = {}  # every pack's discourse.yml, merged (rulebook/discourse.py)


def _load_pack(pack: RulePack, merged: _Merged, problems: list[RuleProblem]) -> None:
    """Add one pack's files to what is merged; its problems are noted in `problems` (without the pack)."""
    directory = Path(pack.directory)
    core = pack.name == CORE_PACK
    schema = load_schema(directory, "schema.json")
    for path in sorted(directory.glob("*.yml")):
        kind = SPECIAL_FILES.get(path.name)
        if is_outlets_file(path.name):  # read with every pack's once all are found (outlets.py)
            merged.outlet_files[path] = pack.name
        elif kind == "cues":
            before = len(problems)
            _, raw = load_cues(path, problems, directory, relaxed=not core)
            merged.cues_broken |= len(problems) > before
            merge_into(merged.cue_patterns, raw)
        elif kind == "actors":
            actors = load_actors(path, problems, directory, relaxed=not core)
            if core and actors:
                merged.actors_source = actors.source
            merge_into(merged.actors, dict(actors))
        elif kind == "discourse":
            merge_into(merged.discourse, load_discourse(path, problems, directory, relaxed=not core))
        elif kind == "pack" or pack.context_only:
            continue
        else:
            cat, file_rules = _load_category_file(path, problems, schema if core else pack_category_schema(schema),
                                                  merged.seen, pack.name, None if core else set(merged.categories))
            if cat:
                merged.categories.setdefault(cat.name, cat)  # a pack may add rules to another's category
                merged.rules.extend(file_rules)
    files = [p.name for p in directory.glob("*.yml") if core or p.name != "pack.yml"]
    if not problems and not (files if not core else
                             [f for f in files if f not in SPECIAL_FILES and not is_outlets_file(f)]):
        # the core pack needs categories; another may bring only cues, actors or outlets
        problems.append(RuleProblem(str(directory), None, None, "no category files (*.yml) found"))


def packs_fingerprint(packs: list[RulePack]) -> str:
    """The rulebook's fingerprint: its folder's alone for the core pack alone, else one of every pack's."""
    if len(packs) == 1 and packs[0].name == CORE_PACK:
        return packs[0].fingerprint
    return hashlib.sha256("\0".join(f"{p.name}={p.fingerprint}" for p in sorted(packs, key=lambda p: p.name))
                          .encode()).hexdigest()[:16]


def load_packs(packs: list[RulePack]) -> Rulebook:
    """Load rule packs into one rulebook: categories, rules, cues, actors and outlets added up, in the given
    order. A rule id defined by two packs is an error naming both. Raise RulebookError listing all problems,
    each with its pack. A rulebook loaded cleanly before from the same packs, every byte of their folders
    the same, comes from the cache (cache.py): a pack installed, removed or changed is loaded afresh."""
    packs = list(packs)
    cached = cached_rulebook(packs, default_rules_dir()) if packs else None
    if cached is not None:
        return cached
    key_before_loading = packs_key(packs, default_rules_dir()) if packs else None
    problems: list[RuleProblem] = []
    merged = _Merged()
    loaded = []
    for pack in packs:
        directory = Path(pack.directory)
        pack_problems: list[RuleProblem] = []
        if not directory.is_dir():
            pack_problems.append(RuleProblem(str(directory), None, None, "rules directory not found"))
        else:
            _load_pack(pack, merged, pack_problems)
            loaded.append(replace(pack, directory=directory, fingerprint=fingerprint_of(directory)))
        problems.extend(replace(p, pack=pack.name) for p in pack_problems)
    core_dir = next((Path(p.directory) for p in packs if p.name == CORE_PACK), default_rules_dir())
    outlets = load_outlets(list(merged.outlet_files), problems, core_dir, merged.outlet_files)
    stance_patterns, cue_groups = split_groups(merged.cue_patterns)
    cues = {} if merged.cues_broken else {
        lang: {stance: compile_alternation(pats) for stance, pats in stances.items()}
        for lang, stances in stance_patterns.items()}
    for rule in [] if merged.cues_broken else merged.rules:  # a broken cues.yml is reported once, not once per rule
        why = expand_exclude_groups(rule, merged.cue_patterns) if rule.exclude_groups else None
        if why:
            problems.append(RuleProblem(rule.file, rule.line, rule.id, why, rule.pack))
        if rule.cue_group:
            why = group_problem(rule, cue_groups)
            if why:
                problems.append(RuleProblem(rule.file, rule.line, rule.id, why, rule.pack))
            rule.cue_words = group_words(rule, cue_groups)
        elif rule.cue and rule.lang != "any" and rule.lang not in cues:
            problems.append(RuleProblem(rule.file, rule.line, rule.id,
                                        f"cue: true but cues.yml has no cues for language {rule.lang!r}", rule.pack))
    if not packs:
        problems.append(RuleProblem("(no rule pack)", None, None, "no rule pack to load"))
    save_checked_patterns()
    if problems:
        raise RulebookError(problems)
    directory = next((p.directory for p in loaded if p.name == CORE_PACK), loaded[0].directory)
    actors = ActorBook(merged.actors, merged.actors_source) if merged.actors else {}
    cue_patterns = {} if merged.cues_broken else stance_patterns
    rulebook = Rulebook(directory, merged.categories, merged.rules, cues, cue_patterns, actors,
                        packs_fingerprint(loaded), outlets, loaded, merged.discourse,
                        cue_groups={} if merged.cues_broken else cue_groups)
    remember_rulebook(rulebook, default_rules_dir(), key_before_loading)
    return rulebook
