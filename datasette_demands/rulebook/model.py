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


def default_rules_dir() -> Path:
    """The rulebook shipped in the wheel, or the repository's rules/ in a checkout."""
    package = Path(__file__).resolve().parent.parent
    packaged = package / "rules"
    if packaged.is_dir():
        return packaged
    return package.parent / "rules"


@dataclass(frozen=True)
class RuleProblem:
    file: str
    line: int | None
    rule_id: str | None
    message: str

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "")
        rule = f" [{self.rule_id}]" if self.rule_id else ""
        return f"{where}{rule} {self.message}"


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
    exclude: list[str] = field(default_factory=list)
    cue: bool = False
    status: str = "stable"
    author: str | None = None
    references: list[str] = field(default_factory=list)
    examples_match: list[str] = field(default_factory=list)
    examples_no_match: list[str] = field(default_factory=list)
    example_lines: dict[str, int] = field(default_factory=dict)
    _compiled: dict = field(default_factory=dict, repr=False, compare=False)

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


@dataclass
class Category:
    name: str
    title: str
    description: str
    file: str


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
    outlets: dict = field(default_factory=dict)  # the merged outlet lexicons (rulebook/outlets.py)

    def rules_for(self, lang: str | None) -> list[Rule]:
        return [r for r in self.rules if r.lang == "any" or r.lang == lang]
