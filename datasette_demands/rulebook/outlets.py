"""rules/outlets.yml as data: the outlets a sentence may cite, with canonical names, and per language
the words that find and bound the other sources (generic source nouns, reporting words, ends, pronouns).

The rulebook may hold several lexicons of the same format: `outlets.yml` and any `outlets-*.yml`
(outlets-local.yml, a pack's own outlets). They are read outlets.yml first, then in name order, and merged: outlets are
added (a canonical name given in two files gains the forms of both), the lists under `languages`
appended to the same language's lists. A form written under two canonical names is a problem, as is a generic
pattern that does not compile. Every rule pack may bring lexicons of its own (a pack may extend the core's):
load.load_packs hands over those of all packs, each pack's read in the order above, the packs in theirs,
and a problem names its pack. labelling/cited/ (tables.py) compiles the merged lexicon.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .model import CORE_PACK, RuleProblem, pack_prefix
from .patterns import checked_pattern
from .yamlfile import line_of, load_schema, node_at, read_yaml, validate

MAIN_FILE = "outlets.yml"


def is_outlets_file(name: str) -> bool:
    """Whether a rulebook file is an outlet lexicon: outlets.yml, or outlets-<anything>.yml."""
    return name == MAIN_FILE or (name.startswith("outlets-") and name.endswith(".yml"))


class OutletBook(dict):
    """The merged lexicons: {"outlets": [{"name", "forms", "context"}],
    "languages": {lang: {"generic" | "reporting" | "ends" | "pronouns": [pattern]}}},
    and the files they came from."""

    def __init__(self, data: dict, sources: list[str]):
        super().__init__(data)
        self.sources = sources


def load_outlets(paths, problems: list[RuleProblem], directory: Path,
                 pack_of: dict[Path, str] | None = None) -> OutletBook:
    """Read, validate and merge the outlet lexicons; note problems (an empty book when any is broken).
    `pack_of` gives the rule pack of each path (load.load_packs): the packs' files are read in the order
    of their packs, and each problem names its pack."""
    pack_of = {Path(p): name for p, name in (pack_of or {}).items()}
    pack_order = list(dict.fromkeys(pack_of.values()))

    def order(p):  # a pack's outlets.yml first, then its others by name; the packs in their order
        return (pack_order.index(pack_of[p]) if p in pack_of else -1, p.name != MAIN_FILE, p.name)

    schema = None
    merged: dict[str, dict] = {}
    languages: dict[str, dict[str, list[str]]] = {}  # lang -> generic/reporting/ends/pronouns -> patterns
    owner: dict[str, tuple[str, str]] = {}  # form -> (canonical name, file:line)
    sources, ok = [], True
    for path in sorted((Path(p) for p in paths), key=order):  # outlets.yml first
        pack, first_problem = pack_of.get(path), len(problems)
        try:
            data, node = read_yaml(path, problems)
            if data is None:
                ok = False
                continue
            if schema is None:
                schema = load_schema(Path(directory), "outlets.schema.json")
            if not validate(data, node, schema, path.name, problems):
                ok = False
                continue
            sources.append(f"{pack}/{path.name}" if pack not in (None, CORE_PACK) else path.name)
            for i, outlet in enumerate(data.get("outlets") or []):
                name = outlet["name"]
                entry = merged.setdefault(name, {"name": name, "forms": [], "context": False})
                entry["context"] = entry["context"] or bool(outlet.get("context"))
                for j, form in enumerate(outlet["forms"]):
                    form = " ".join(form.split())
                    where = f"{pack_prefix(pack)}{path.name}:{line_of(node_at(node, ['outlets', i, 'forms', j]))}"
                    if form in owner and owner[form][0] != name:
                        problems.append(RuleProblem(path.name, line_of(node_at(node, ["outlets", i, "forms", j])),
                                                    f"outlets.{name}",
                                                    f"form {form!r} is already a form of {owner[form][0]} ({owner[form][1]})"))
                        ok = False
                        continue
                    owner.setdefault(form, (name, where))
                    if form not in entry["forms"]:
                        entry["forms"].append(form)
            for lang, lists in (data.get("languages") or {}).items():
                for key, patterns in lists.items():
                    for j, p in enumerate(patterns):
                        why = checked_pattern(p)
                        if why:
                            problems.append(RuleProblem(path.name, line_of(node_at(node, ["languages", lang, key, j])),
                                                        f"outlets.languages.{lang}.{key}", why))
                            ok = False
                        elif p not in languages.setdefault(lang, {}).setdefault(key, []):
                            languages[lang][key].append(p)
        finally:  # this file's problems name its pack
            problems[first_problem:] = [replace(p, pack=pack) for p in problems[first_problem:]]
    if not ok or not sources:  # broken, or no lexicon: cited sources as the actors.yml patterns find them
        return OutletBook({}, sources)
    return OutletBook({"outlets": list(merged.values()), "languages": languages}, sources)
