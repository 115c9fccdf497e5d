"""Which rule packs make the rulebook: those the plugins declare, folders named with --rules, --only.

A rule pack is a folder in the rulebook's format with a name and a version. Installed packs come
from the `demands_rule_packs` hook (the plugin's __init__ gathers them: this wing knows nothing of
Datasette); a folder named with --rules is a local pack, named by its `pack.yml` or, without one,
`core` (a whole rulebook in place of the shipped one, as before packs existed). A local pack
replaces an installed one of the same name. `load.load_packs` adds the chosen packs up.
"""

from __future__ import annotations

from pathlib import Path

from .model import CORE_PACK, RulebookError, RulePack, RuleProblem
from .yamlfile import line_of, node_at, read_yaml

PACK_FILE = "pack.yml"


def pack_from_hook(value, plugin: str) -> tuple[RulePack | None, RuleProblem | None]:
    """One item a plugin's hook returned, as a RulePack, or the problem with it."""
    if isinstance(value, RulePack):
        pack = value
    elif isinstance(value, dict) and {"name", "directory"} <= value.keys():
        pack = RulePack(str(value["name"]), str(value.get("version") or "0"), Path(value["directory"]))
    else:
        return None, RuleProblem("demands_rule_packs", None, None,
                                 f"returned {value!r} (plugin {plugin}): expected a RulePack or a dict with "
                                 "name, version and directory", plugin)
    if not pack.name or not isinstance(pack.name, str):
        return None, RuleProblem("demands_rule_packs", None, None, f"returned a rule pack without a name (plugin {plugin})", plugin)
    return RulePack(pack.name, str(pack.version), Path(pack.directory)), None


def local_pack(directory) -> RulePack:
    """The pack in a folder named with --rules: named by its pack.yml (`name`, `version`), else core."""
    directory = Path(directory)
    path = directory / PACK_FILE
    if not path.is_file():
        return RulePack(CORE_PACK, "local", directory, local=True)
    problems: list[RuleProblem] = []
    data, node = read_yaml(path, problems)
    if data is not None:
        name = data.get("name") if isinstance(data, dict) else None
        if isinstance(name, str) and name.strip():
            return RulePack(name.strip(), str(data.get("version") or "local"), directory, local=True)
        problems.append(RuleProblem(path.name, line_of(node_at(node, ["name"])), None,
                                    "pack.yml needs a `name:` (the pack's name, e.g. name: memoranda)"))
    raise RulebookError([RuleProblem(str(path), p.line, p.rule_id, p.message) for p in problems])


def select_packs(installed: list[RulePack], local: list[RulePack], only: list[str] | tuple = ()) -> list[RulePack]:
    """The packs to load, in order: the installed ones (the core first), each replaced by a local pack of
    the same name, then the other local ones; with `only`, just those named (the core pack's cues and
    actors stay, since every pack extends them). Raise RulebookError on a name given twice or unknown."""
    problems = []
    chosen: dict[str, RulePack] = {}
    for pack in installed:
        if pack.name in chosen:
            problems.append(RuleProblem(f"pack {pack.name}", None, None,
                                        f"two installed plugins declare a pack named {pack.name} "
                                        f"({chosen[pack.name].directory} and {pack.directory})", pack.name))
        chosen[pack.name] = pack
    seen_local = set()
    for pack in local:
        if pack.name in seen_local:
            problems.append(RuleProblem(str(pack.directory), None, None,
                                        f"two folders named with --rules are both pack {pack.name}", pack.name))
        seen_local.add(pack.name)
        chosen[pack.name] = pack  # replaces an installed one in its place
    order = sorted(chosen.values(), key=lambda p: p.name != CORE_PACK)  # stable: the core first
    if only:
        unknown = [name for name in only if name not in chosen]
        for name in unknown:
            problems.append(RuleProblem("--only:", None, None,
                                        f"no rule pack named {name!r} (there are: {', '.join(p.name for p in order)})"))
        order = [p for p in order if p.name in only or p.name == CORE_PACK]
        order = [RulePack(p.name, p.version, p.directory, p.local, p.fingerprint, context_only=True)
                 if p.name == CORE_PACK and CORE_PACK not in only else p for p in order]
    if problems:
        raise RulebookError(problems)
    return order
