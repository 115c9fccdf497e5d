"""Rules as data: the rulebook, its categories and rules, and the problems a contributor can make.

Nothing here reads a file or compiles a pattern beyond a rule's own alternations, which are
compiled on first use (`Rule.pattern_re`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .patterns import compile_alternation

LANGUAGES = ("en", "it", "fr", "de", "es", "ru", "uk", "pl", "tr")
RULE_LANGUAGES = LANGUAGES + ("any",)
STANCES = ("demand", "reject", "agree")
# named groups of cue words in cues.yml, beside the stances: a rule requires one with `cue: <name>`.
# They decide only whether a rule fires, never a stance. `strict`: words that make a party's position
# (demand, insist, reject, agree, ordered, must), without plain reporting verbs (said, stated).
CUE_GROUPS = ("strict",)
# a rule's lists of regular expressions, each checked the same way by load and lint
PATTERN_KINDS = ("patterns", "requires", "exclude", "exclude_in_match")


def default_rules_dir() -> Path:
    """The rulebook shipped in the wheel, or the repository's rules/ in a checkout."""
    package = Path(__file__).resolve().parent.parent
    packaged = package / "rules"
    if packaged.is_dir():
        return packaged
    return package.parent / "rules"


CORE_PACK = "core"  # the name of the rulebook shipped with the plugin, as a rule pack


def core_version() -> str:
    """The core pack's version: the plugin's own."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("datasette-demands")
    except PackageNotFoundError:
        return "0"


@dataclass(frozen=True)
class RuleProblem:
    file: str
    line: int | None
    rule_id: str | None
    message: str
    pack: str | None = None  # the rule pack it is in; problems of the core pack are not prefixed
    hinted: bool = False  # the message already ends with the reader's own hint (a tab, a quote): lint adds none

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "")
        rule = f" [{self.rule_id}]" if self.rule_id else ""
        return f"{pack_prefix(self.pack)}{where}{rule} {self.message}"


def pack_prefix(pack: str | None) -> str:
    """`pack NAME: ` before a problem of a pack other than the core one."""
    return f"pack {pack}: " if pack and pack != CORE_PACK else ""


class RulebookError(Exception):
    """The rulebook cannot be used; `problems` says where and why."""

    def __init__(self, problems: list[RuleProblem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass
class Rule:
    id: str
    category: str
    lang: str
    description: str
    file: str
    line: int
    patterns: list[str]
    requires: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)  # with the patterns of its exclude_groups, once loaded
    exclude_groups: list[str] = field(default_factory=list)  # names of cues.yml `excludes:` of its language
    # patterns that stop one match, not the sentence, when found inside the matched words ("swapped 390 prisoners
    # on Belarusian territory" is no cession, "... hand over Kherson, but offered to swap all prisoners" is)
    exclude_in_match: list[str] = field(default_factory=list)
    cue: bool | str = False  # True: any stance cue of the language; a name: a word of that cue group (CUE_GROUPS)
    status: str = "stable"
    author: str | None = None
    references: list[str] = field(default_factory=list)
    examples_match: list[str] = field(default_factory=list)
    examples_no_match: list[str] = field(default_factory=list)
    example_lines: dict[str, int] = field(default_factory=dict)
    pack: str = CORE_PACK
    # the words of the cue group the rule requires (`cue: <name>`), per language: part of its signature
    # (rulebook/diff.py), so that changing the group relabels the sentences of the rules requiring it
    cue_words: dict[str, list[str]] = field(default_factory=dict)
    _compiled: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def cue_group(self) -> str | None:
        """The name of the cue group the rule requires, or None (no cue, or any cue: `cue: true`)."""
        return self.cue if isinstance(self.cue, str) else None

    # The alternations are compiled on first use: compiling all of them took most of the
    # rulebook's load time, and a build in one language never needs the others.
    def _alternation(self, kind: str):
        if kind not in self._compiled:
            self._compiled[kind] = compile_alternation(getattr(self, kind))
        return self._compiled[kind]

    @property
    def pattern_re(self):
        return self._alternation("patterns")

    @property
    def requires_re(self):
        return self._alternation("requires")

    @property
    def exclude_re(self):
        return self._alternation("exclude")

    @property
    def exclude_in_match_re(self):
        return self._alternation("exclude_in_match")


@dataclass
class Category:
    name: str
    title: str
    description: str
    file: str
    pack: str = CORE_PACK


@dataclass
class RulePack:
    """A rule pack: a folder in the rulebook's format, with a name and a version; `fingerprint` (of its
    files) is filled in when it is loaded."""

    name: str
    version: str
    directory: Path
    local: bool = False  # named with --rules rather than installed
    fingerprint: str = ""
    context_only: bool = False  # only its cues and actors count (the core pack, when --only leaves it out)


@dataclass
class Rulebook:
    directory: Path
    categories: dict[str, Category]
    rules: list[Rule]
    # lang -> stance -> compiled alternation of the cue words
    cues: dict[str, dict[str, object]]
    cue_patterns: dict[str, dict[str, list[str]]]
    actors: dict
    fingerprint: str
    outlets: dict = field(default_factory=dict)  # the merged outlet lexicons of every pack (rulebook/outlets.py)
    packs: list[RulePack] = field(default_factory=list)
    discourse: dict = field(default_factory=dict)  # discourse.yml of every pack, merged (rulebook/discourse.py)
    # lang -> group name -> its patterns: the named cue groups of cues.yml (CUE_GROUPS), kept apart from the
    # stances, which decide stances; a group decides only whether the rules requiring it fire
    cue_groups: dict[str, dict[str, list[str]]] = field(default_factory=dict)

    def pack_directory(self, name: str) -> Path:
        """The folder of the pack called `name` (the rulebook's own folder when unknown)."""
        return next((p.directory for p in self.packs if p.name == name), self.directory)

    def rules_for(self, lang: str | None) -> list[Rule]:
        return [r for r in self.rules if r.lang == "any" or r.lang == lang]
