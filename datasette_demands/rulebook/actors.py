"""rules/actors.yml as data: the parties, their names in nine languages, and the small words of grammar.

The parties (RU, UA, US, EU, TR, OTHER) are named by names, adjectives, officials with their offices
over time, and collectives ("both sides"); each language's grammar lists the words that tell a holder
from a mere mention, and the patterns that find a cited source. This module reads and checks the file;
labelling/ compiles it into per-language tables and does the attributing.
"""

from __future__ import annotations

from pathlib import Path

from .model import RuleProblem
from .patterns import as_written, checked_pattern

CODES = ("RU", "UA", "US", "EU", "TR", "OTHER")


class ActorBook(dict):
    """The parsed actors.yml (a dict, as the YAML reads), and the file it came from."""

    def __init__(self, data: dict, source: str):
        super().__init__(data)
        self.source = source


def _patterns_with_paths(data):
    """Every pattern of actors.yml with its YAML path (for file:line problems)."""
    for code, actor in (data.get("actors") or {}).items():
        for kind in ("names", "adjectives"):
            for lang, pats in (actor.get(kind) or {}).items():
                for i, p in enumerate(pats):
                    yield ["actors", code, kind, lang, i], p, f"actors.{code}"
        for j, off in enumerate(actor.get("officials") or []):
            for i, p in enumerate(off.get("patterns") or []):
                yield ["actors", code, "officials", j, "patterns", i], p, f"actors.{code}"
    for j, col in enumerate(data.get("collectives") or []):
        for lang, pats in (col.get("names") or {}).items():
            for i, p in enumerate(pats):
                yield ["collectives", j, "names", lang, i], p, f"collectives.{col.get('id')}"
    for lang, g in (data.get("grammar") or {}).items():
        for kind in ("party_nouns", "position_nouns", "speech_verbs", "frame_triggers", "topic_markers"):
            for i, p in enumerate(g.get(kind) or []):
                yield ["grammar", lang, kind, i], p, f"grammar.{lang}.{kind}"
        for i, p in enumerate(g.get("office_nouns") or []):  # r31E
            yield ["grammar", lang, "office_nouns", i], p, f"grammar.{lang}.office_nouns"
        for i, p in enumerate(g.get("messenger_verbs") or []):  # r32B
            yield ["grammar", lang, "messenger_verbs", i], p, f"grammar.{lang}.messenger_verbs"
        for i, p in enumerate(g.get("interlocutor_nouns") or []):  # r32B
            yield ["grammar", lang, "interlocutor_nouns", i], p, f"grammar.{lang}.interlocutor_nouns"
    for lang, src in (data.get("cited_sources") or {}).items():
        for kind in ("patterns", "strip", "not_sources"):
            for i, p in enumerate(src.get(kind) or []):
                yield ["cited_sources", lang, kind, i], p, f"cited_sources.{lang}"


def load_actors(path: Path, problems: list[RuleProblem], directory: Path, relaxed: bool = False) -> dict:
    """Read, validate and check rules/actors.yml; note problems; return an ActorBook ({} when unusable).
    `relaxed` for a pack's, which gives only what it adds (no key is required)."""
    # here: labelling imports this module for ActorBook, and needs no YAML when the rulebook comes from the cache
    from .yamlfile import line_of, load_schema, node_at, pack_schema, read_yaml, validate

    path = Path(path)
    data, node = read_yaml(path, problems)
    if data is None:
        return {}
    schema = load_schema(Path(directory), "actors.schema.json")
    if not validate(data, node, pack_schema(schema) if relaxed else schema, path.name, problems):
        return {}
    ok = True
    seen: dict[str, str | None] = {}
    for where, pattern, rule_id in _patterns_with_paths(data):
        if pattern in seen:
            why = seen[pattern]
        else:
            why = seen[pattern] = checked_pattern(pattern)
        if why:
            problems.append(RuleProblem(path.name, line_of(node_at(node, where)), rule_id, why))
            ok = False
        elif where[0] == "cited_sources" and where[2] == "patterns" and "(?P<source>" not in pattern:
            problems.append(RuleProblem(path.name, line_of(node_at(node, where)), rule_id,
                                        f"pattern {as_written(pattern)} has no (?P<source>...) group"))
            ok = False
    ids = set()
    for j, col in enumerate(data.get("collectives") or []):
        if col["id"] in ids:
            problems.append(RuleProblem(path.name, line_of(node_at(node, ["collectives", j])), col["id"],
                                        "duplicate collective id"))
            ok = False
        ids.add(col["id"])
    for code, actor in (data.get("actors") or {}).items():
        for j, off in enumerate(actor.get("officials") or []):
            for k, o in enumerate(off["offices"]):
                if o.get("to") and o["to"] < o["from"]:
                    problems.append(RuleProblem(path.name, line_of(node_at(node, ["actors", code, "officials", j, "offices", k])),
                                                f"actors.{code}", f"{off['name']}: office ends before it starts"))
                    ok = False
    return ActorBook(data, path.name) if ok else {}
