"""rules/cues.yml: the words that give a sentence its stance (demand, reject, agree), per language, and the
named groups of cue words (CUE_GROUPS: `strict`) that a rule may require with `cue: <name>`."""

from __future__ import annotations

from .model import CUE_GROUPS, RuleProblem
from .patterns import checked_pattern, compile_alternation
from .yamlfile import line_of, load_schema, node_at, pack_schema, read_yaml, validate


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
        for stance, pats in stances.items():
            bad = False
            for j, p in enumerate(pats):
                why = checked_pattern(p)
                if why:
                    line = line_of(node_at(node, [lang, stance, j]))
                    problems.append(RuleProblem(path.name, line, f"cues.{lang}.{stance}", why))
                    bad = True
            if not bad:
                compiled[lang][stance] = compile_alternation(pats)
                raw[lang][stance] = list(pats)
    return compiled, raw


def split_groups(patterns: dict) -> tuple[dict, dict]:
    """cues.yml's languages (as merged from every pack) split into their stances and their named groups:
    (lang -> stance -> patterns, lang -> group -> patterns). A language given only a group has no stances."""
    stances, groups = {}, {}
    for lang, kinds in patterns.items():
        own_stances = {k: v for k, v in kinds.items() if k not in CUE_GROUPS}
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
