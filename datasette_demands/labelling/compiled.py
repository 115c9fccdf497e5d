"""Compile: everything classifying one language needs, built once, before any sentence is read.

`compile_language(rulebook, lang)` turns the rulebook's data into a `CompiledLanguage`: the rules
that apply to the language, the RE2 prefilter that picks candidate rules, each rule's `exclude`
and `requires` checks and the language's stance cues behind their RE2 prescreens, and the
attributor with its actor tables and scan screen. Classification (classify.py) then runs through
it in a straight line. `fast=False` builds the plain form of every step (every rule tried, every
pattern searched with `regex`), which gives the same labels and which the tests compare against.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

import regex

from ..rulebook.model import Rule, Rulebook
from ..rulebook.patterns import compile_alternation
from .actor_tables import LangTables, Scan, Screen
from .attribution import Attributor
from .cited import compile_outlets
from .discourse import DiscourseLanguage, compile_discourse
from .prefilter import Prescreened, RuleSet

# the outlet lexicon's regexes (cited.OutletTables) that search a whole sentence or a window of it
OUTLET_SCANS = ("any", "generic", "reporting", "ends")


@dataclass
class RuleChecks:
    """A rule's `exclude` and `requires` alternations, each behind its RE2 prescreen (None: the rule has none)."""
    exclude: object = None
    requires: object = None


@dataclass
class CompiledLanguage:
    lang: str | None
    rules: list[Rule]  # the rules of the language and of "any", in rulebook order
    rule_set: RuleSet | None  # candidate rules of a sentence; None: every rule is a candidate
    checks: dict[str, RuleChecks] = field(default_factory=dict)  # rule id -> its checks
    cues: list = field(default_factory=list)  # the language's stance cues, one searcher per stance
    attributor: Attributor | None = None  # None: the rulebook names no actors
    discourse: DiscourseLanguage | None = None  # the language's anaphors (discourse.py); None: it has none

    def candidates(self, norm: str) -> list[Rule]:
        """The rules that may fire on a (normalised) sentence, in rulebook order."""
        return self.rule_set.candidates(norm) if self.rule_set is not None else self.rules


def compile_language(rulebook: Rulebook, lang: str | None, fast: bool = True) -> CompiledLanguage:
    rules = rulebook.rules_for(lang)
    return CompiledLanguage(
        lang=lang,
        rules=rules,
        rule_set=RuleSet(rules) if fast else None,
        checks={rule.id: _rule_checks(rule, fast) for rule in rules},
        cues=_cue_searchers(rulebook, lang, fast),
        attributor=_attributor(rulebook, lang, fast),
        discourse=compile_discourse(getattr(rulebook, "discourse", None) or {}, lang),
    )


def _screened(patterns: list[str], compile, fast: bool):
    """The `regex` alternation of `patterns` (compiled by `compile()`) behind an RE2 prescreen, which
    compiles it only when RE2 cannot rule a sentence out (the same answers, faster); when not `fast`,
    the alternation itself. None when there are no patterns."""
    if not patterns:
        return None
    return Prescreened(patterns, compile) if fast else compile()


def _rule_checks(rule: Rule, fast: bool) -> RuleChecks:
    return RuleChecks(exclude=_screened(rule.exclude, lambda: rule.exclude_re, fast),
                      requires=_screened(rule.requires, lambda: rule.requires_re, fast))


def _cue_searchers(rulebook: Rulebook, lang: str | None, fast: bool) -> list:
    patterns = rulebook.cue_patterns.get(lang, {})
    return [_screened(patterns.get(stance) or [], lambda compiled=compiled: compiled, fast)
            for stance, compiled in rulebook.cues.get(lang, {}).items() if compiled is not None]


def _attributor(rulebook: Rulebook, lang: str | None, fast: bool) -> Attributor | None:
    if not rulebook.actors:
        return None
    tables = LangTables(rulebook.actors, lang)
    tables.outlets = compile_outlets(getattr(rulebook, "outlets", None) or {}, lang)
    if fast and tables.outlets is not None:
        _prescreen_outlets(tables.outlets)
    cues = rulebook.cues.get(lang) or {}
    screen = None
    if fast:
        cue_scans = {f"cue.{stance}": Scan(cues[stance], pats, compile_alternation)
                     for stance, pats in (rulebook.cue_patterns.get(lang) or {}).items()
                     if cues.get(stance) is not None}
        screen = Screen({**cue_scans, **tables.scans})
    return Attributor(tables, cues, screen)


def _prescreen_outlets(outlets) -> None:
    """The outlet lexicon's searches behind RE2 prescreens: most labelled sentences name no outlet, and
    `regex` tried the alternation of every outlet's forms at each position (100 us a sentence). The
    canonical name of a form as written, which tries each form's pattern in turn (about 1 ms), is
    remembered: the same few outlets are named again and again."""
    outlets.canonical = functools.lru_cache(maxsize=4096)(outlets.canonical)
    for name in OUTLET_SCANS:
        compiled = getattr(outlets, name, None)
        if compiled is not None and not isinstance(compiled, Prescreened):
            setattr(outlets, name, Prescreened([compiled.pattern], compiled,
                                               case_sensitive=not compiled.flags & regex.IGNORECASE))
