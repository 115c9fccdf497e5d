"""rules/cues.yml: the words that give a sentence its stance (demand, reject, agree), per language, the
named groups of cue words (CUE_GROUPS: `strict`) that a rule may require with `cue: <name>`, and the
named exclude groups (`excludes:`) whose patterns a rule adds to its `exclude` with `exclude_groups:`."""

from __future__ import annotations

from .model import CUE_GROUPS, RuleProblem
from .patterns import checked_pattern, compile_alternation
from .yamlfile import line_of, load_schema, node_at, pack_schema, read_yaml, validate

EXCLUDES = "excludes"  # the key of a language's named exclude groups


def load_cues(path, problems, schema_dir, relaxed=False):
    """Read and check cues.yml; `relaxed` for a pack's, which need not give every stance of a language."""
    data, node = read_yaml(path, problems)
    if data is None:
        return {}, {}
    schema = load_schema(schema_dir, "cues.schema.json")
    if not validate(data, node, pack_schema(schema) if relaxed else schema, path.name, problems):
        return {}, {}
    compiled, raw = {}, {}
    for lang, stances in data.items():
        compiled[lang], raw[lang] = {}, {}
        for name, pats in (stances.get(EXCLUDES) or {}).items():
            if not _bad_patterns(pats, path, node, [lang, EXCLUDES, name], f"cues.{lang}.{EXCLUDES}.{name}", problems):
                raw[lang].setdefault(EXCLUDES, {})[name] = list(pats)
        for stance, pats in stances.items():
            if stance == EXCLUDES:
                continue
            if not _bad_patterns(pats, path, node, [lang, stance], f"cues.{lang}.{stance}", problems):
                compiled[lang][stance] = compile_alternation(pats)
                raw[lang][stance] = list(pats)
    return compiled, raw


def _bad_patterns(pats, path, node, at: list, where: str, problems) -> bool:
    """Report each pattern that does not pass the pattern checks, on its own line; whether any did not."""
    bad = False
    for j, p in enumerate(pats):
        why = checked_pattern(p)
        if why:
            problems.append(RuleProblem(path.name, line_of(node_at(node, at + [j])), where, why))
            bad = True
    return bad


def expand_exclude_groups(rule, patterns: dict) -> str | None:
    """Add the patterns of the rule's `exclude_groups` (cues.yml `excludes:` of its language, as merged
    from every pack) to its `exclude`: the rule then fires, is signed and relabelled as if they were
    written there. The problem, if a group is unknown, or None."""
    if rule.lang == "any":
        return "exclude_groups needs a rule of one language (its cues.yml excludes), not lang: any"
    groups = (patterns.get(rule.lang) or {}).get(EXCLUDES) or {}
    for name in rule.exclude_groups:
        if name not in groups:
            known = ", ".join(sorted(groups)) or "none"
            return f"exclude group {name!r} is not in cues.yml excludes of {rule.lang!r} (known: {known})"
        rule.exclude = rule.exclude + [p for p in groups[name] if p not in rule.exclude]
    return None


def split_groups(patterns: dict) -> tuple[dict, dict]:
    """cues.yml's languages (as merged from every pack) split into their stances and their named groups:
    (lang -> stance -> patterns, lang -> group -> patterns). A language given only a group has no stances."""
    stances, groups = {}, {}
    for lang, kinds in patterns.items():
        own_stances = {k: v for k, v in kinds.items() if k not in CUE_GROUPS and k != EXCLUDES}
        own_groups = {k: v for k, v in kinds.items() if k in CUE_GROUPS}
        if own_stances:
            stances[lang] = own_stances
        if own_groups:
            groups[lang] = own_groups
    return stances, groups


def _group_langs(rule, groups: dict) -> list[str]:
    """The languages where a rule's cue group is looked up: its own, or every language for `any`."""
    return sorted(groups) if rule.lang == "any" else [rule.lang]


def group_problem(rule, groups: dict) -> str | None:
    """Why the cue group a rule requires (`cue: <name>`) cannot be used, or None: its language gives no words
    for it (a name that is no group at all fails schema.json first, on the `cue:` line). A rule of language
    `any` needs the group in at least one language (it does not fire in the others)."""
    name = rule.cue_group
    langs = _group_langs(rule, groups)
    if any(name in groups.get(lang, {}) for lang in langs):
        return None
    known = sorted({g for lang in langs for g in groups.get(lang, {})} | set(CUE_GROUPS))
    where = "any language" if rule.lang == "any" else f"language {rule.lang!r}"
    return (f"cue: {name!r} is no cue group of {where} in cues.yml; write `cue: true` (any cue) or a group: "
            f"{', '.join(known)} (each language gives its words under `{known[0]}:` in cues.yml)")


def group_words(rule, groups: dict) -> dict[str, list[str]]:
    """The words of the cue group a rule requires, per language where it applies."""
    name = rule.cue_group
    return {lang: list(groups[lang][name]) for lang in _group_langs(rule, groups)
            if name in groups.get(lang, {})}
