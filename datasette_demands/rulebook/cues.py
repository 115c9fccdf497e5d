"""rules/cues.yml: the words that give a sentence its stance (demand, reject, agree), per language."""

from __future__ import annotations

from .model import RuleProblem
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
