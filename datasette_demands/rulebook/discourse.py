"""rules/discourse.yml: the anaphors through which a sentence names a demand the sentence before named.

Per language: `anaphors` (a noun phrase that points back, "the register", "diesen Plan", "реестр",
each with the `antecedent` words that must stand in the sentence it points to), `pronouns` ("it",
"das", "это": they point to the sentence right before only), `verbs` (words that make a sentence
about the thing a position on it, besides the stance cues of cues.yml: "join", "set up") and
`blockers` (a sentence with one of these, "if", "wenn", "если", is a hypothetical mention and no
antecedent). At the top, `window` (how many sentences back an antecedent may stand) and
`paragraphs` (how many paragraph breaks may lie between). This module reads and checks the file;
labelling/discourse.py compiles it per language and applies it.
"""

from __future__ import annotations

from .model import RuleProblem
from .patterns import checked_pattern
from .yamlfile import line_of, load_schema, node_at, pack_schema, read_yaml, validate

DEFAULT_WINDOW = 2
DEFAULT_PARAGRAPHS = 1
PATTERN_LISTS = ("pronouns", "verbs", "blockers")


def _patterns_with_paths(data: dict):
    """Every pattern of the file with its YAML path (for file:line problems) and a name for it."""
    for lang, lexicon in (data.get("languages") or {}).items():
        for kind in PATTERN_LISTS:
            for i, p in enumerate(lexicon.get(kind) or []):
                yield ["languages", lang, kind, i], p, f"discourse.{lang}.{kind}"
        for j, entry in enumerate(lexicon.get("anaphors") or []):
            for key in ("anaphor", "antecedent"):
                for i, p in enumerate(entry.get(key) or []):
                    yield ["languages", lang, "anaphors", j, key, i], p, f"discourse.{entry.get('id')}"


def _duplicate_ids(data: dict, node, fname: str, problems: list) -> None:
    seen: set = set()
    for lang, lexicon in (data.get("languages") or {}).items():
        for j, entry in enumerate(lexicon.get("anaphors") or []):
            if entry["id"] in seen:
                line = line_of(node_at(node, ["languages", lang, "anaphors", j]))
                problems.append(RuleProblem(fname, line, f"discourse.{entry['id']}", "duplicate anaphor id"))
            seen.add(entry["id"])
            if entry["id"].split(".")[0] != lang:
                line = line_of(node_at(node, ["languages", lang, "anaphors", j]))
                problems.append(RuleProblem(fname, line, f"discourse.{entry['id']}",
                                            f"anaphor id must start with its language '{lang}.'"))


def load_discourse(path, problems: list, schema_dir, relaxed: bool = False) -> dict:
    """Read and check discourse.yml; the parsed data, or {} when it has a problem (noted in `problems`).
    `relaxed` for a pack's, which adds to the core file and need not give every key."""
    data, node = read_yaml(path, problems)
    if data is None:
        return {}
    schema = load_schema(schema_dir, "discourse.schema.json")
    if not validate(data, node, pack_schema(schema) if relaxed else schema, path.name, problems):
        return {}
    before = len(problems)
    _duplicate_ids(data, node, path.name, problems)
    for where, p, name in _patterns_with_paths(data):
        why = checked_pattern(p)
        if why:
            problems.append(RuleProblem(path.name, line_of(node_at(node, where)), name, why))
    return data if len(problems) == before else {}
