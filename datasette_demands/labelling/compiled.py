"""Compile: everything classifying one language needs, built once, before any sentence is read.

`compile_language(rulebook, lang)` turns the rulebook's data into a `CompiledLanguage`: the rules
that apply to the language, the RE2 prefilter that picks candidate rules, each rule's `exclude`
and `requires` checks, the language's stance cues and cue groups behind their RE2 prescreens, and the
attributor with its actor tables and scan screen. Classification (classify.py) then runs through
it in a straight line. `fast=False` builds the plain form of every step (every rule tried, every
pattern searched with `regex`), which gives the same labels and which the tests compare against.

The RE2 screens are built lazily: building a language's FilteredRE2s and RE2 prescreens costs
tens of milliseconds, which a `classify` of one sentence, or a language met by a handful of
sentences in a build, never earns back. So the first DIRECT_SENTENCES sentences of a language
try every rule, the first DIRECT_LABELLED labelled ones run every attribution scan whole, and each
prescreened alternation runs `regex` alone for its first DIRECT_SEARCHES searches: the same labels
(the screens only ever skip work that finds nothing), as the tests check by forcing each path.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field

import regex

from ..rulebook.model import Rule, Rulebook
from ..rulebook.patterns import compile_alternation
from .actor_tables import LangTables, Scan, Screen
from .attribution import Attributor
from .cited import compile_outlets
from .discourse import DiscourseLanguage, compile_discourse
from .prefilter import Prescreened, RuleSet

# how long a language runs its patterns directly before building each kind of screen: about where building
# it starts to cost less than doing without (benchmarks/bench_screens.py: the rules' from 70 sentences in
# English to 200 in Russian, the attribution's from 20 to 40 labelled ones; the prescreens': with none
# direct, a build of 100 articles spent 0.3 CPU seconds more than with 20). A batch of a language
# (classify_many) that reaches the count is screened whole.
DIRECT_SENTENCES = 100  # sentences before the rules' FilteredRE2
DIRECT_LABELLED = 30  # labelled sentences before the attribution screen's and the names' FilteredRE2
DIRECT_SEARCHES = 20  # searches of a prescreened alternation (exclude, requires, cues, outlets) before its RE2


def direct_counts(direct: bool | tuple | None) -> tuple:
    """(sentences, labelled sentences, searches) run directly: the defaults above (None), none (False,
    screened from the first sentence), all of them (True, never screened), or as given (a tuple)."""
    if isinstance(direct, tuple):
        return direct
    if direct is None:
        return DIRECT_SENTENCES, DIRECT_LABELLED, DIRECT_SEARCHES
    return (math.inf,) * 3 if direct else (0, 0, 0)


# the outlet lexicon's regexes (cited.OutletTables) that search a whole sentence or a window of it
OUTLET_SCANS = ("any", "generic", "reporting", "ends")


@dataclass
class RuleChecks:
    """A rule's `exclude` and `requires` alternations, each behind its RE2 prescreen (None: the rule has none)."""
    exclude: object = None
    requires: object = None
    in_match: object = None  # `exclude_in_match`, searched inside each match only


@dataclass
class CompiledLanguage:
    lang: str | None
    rules: list[Rule]  # the rules of the language and of "any", in rulebook order
    rule_set: RuleSet | None  # candidate rules of a sentence; None: every rule is a candidate
    checks: dict[str, RuleChecks] = field(default_factory=dict)  # rule id -> its checks
    cues: list = field(default_factory=list)  # the language's stance cues, one searcher per stance
    # the language's cue groups (cues.yml, `cue: strict`): name -> one searcher, searched at most once a sentence
    cue_groups: dict = field(default_factory=dict)
    attributor: Attributor | None = None  # None: the rulebook names no actors
    discourse: DiscourseLanguage | None = None  # the language's anaphors (discourse.py); None: it has none

    def expect(self, sentences: int) -> None:
        """`sentences` sentences are about to be classified: build the rules' screen now if it would be built
        among them (a batch is then screened whole)."""
        if self.rule_set is not None:
            self.rule_set.expect(sentences)

    def expect_labelled(self, sentences: int) -> None:
        """The same for the attribution's screens, `sentences` labelled sentences about to be attributed."""
        if self.attributor is not None and self.attributor.screen is not None:
            self.attributor.screen.expect(sentences)
            self.attributor.tables.expect(sentences)

    def candidates(self, norm: str) -> list[Rule]:
        """The rules that may fire on a (normalised) sentence, in rulebook order."""
        return self.rule_set.candidates(norm) if self.rule_set is not None else self.rules


def compile_language(rulebook: Rulebook, lang: str | None, fast: bool = True,
                     direct: bool | None = None) -> CompiledLanguage:
    """`direct` (with `fast`): None, run the patterns directly until each screen is worth building; False,
    screen from the first sentence; True, never screen (direct_counts())."""
    rules = rulebook.rules_for(lang)
    sentences, labelled, searches = direct_counts(direct)
    return CompiledLanguage(
        lang=lang,
        rules=rules,
        rule_set=RuleSet(rules, sentences) if fast else None,
        checks={rule.id: _rule_checks(rule, fast, searches) for rule in rules},
        cues=_cue_searchers(rulebook, lang, fast, searches),
        cue_groups=_group_searchers(rulebook, lang, fast, searches),
        attributor=_attributor(rulebook, lang, fast, labelled, searches),
        discourse=compile_discourse(getattr(rulebook, "discourse", None) or {}, lang),
    )


def _screened(patterns: list[str], compile, fast: bool, searches=0):
    """The `regex` alternation of `patterns` (compiled by `compile()`) behind an RE2 prescreen, which
    compiles it only when RE2 cannot rule a sentence out (the same answers, faster), built after
    `searches` searches; when not `fast`, the alternation itself. None when there are no patterns."""
    if not patterns:
        return None
    return Prescreened(patterns, compile, direct=searches) if fast else compile()


def _rule_checks(rule: Rule, fast: bool, searches=0) -> RuleChecks:
    return RuleChecks(exclude=_screened(rule.exclude, lambda: rule.exclude_re, fast, searches),
                      requires=_screened(rule.requires, lambda: rule.requires_re, fast, searches),
                      in_match=rule.exclude_in_match_re if rule.exclude_in_match else None)


def _cue_searchers(rulebook: Rulebook, lang: str | None, fast: bool, searches=0) -> list:
    patterns = rulebook.cue_patterns.get(lang, {})
    return [_screened(patterns.get(stance) or [], lambda compiled=compiled: compiled, fast, searches)
            for stance, compiled in rulebook.cues.get(lang, {}).items() if compiled is not None]


def _group_searchers(rulebook: Rulebook, lang: str | None, fast: bool, searches=0) -> dict:
    """Each cue group of the language as one alternation behind its RE2 prescreen, compiled once for all the
    rules that require it (a rule's own `requires` is compiled and searched for that rule alone)."""
    groups = (getattr(rulebook, "cue_groups", None) or {}).get(lang) or {}
    return {name: _screened(pats, lambda pats=pats: compile_alternation(pats), fast, searches)
            for name, pats in groups.items() if pats}


def _attributor(rulebook: Rulebook, lang: str | None, fast: bool, labelled=0, searches=0) -> Attributor | None:
    if not rulebook.actors:
        return None
    tables = LangTables(rulebook.actors, lang, labelled if fast else 0)
    tables.outlets = compile_outlets(getattr(rulebook, "outlets", None) or {}, lang)
    if fast and tables.outlets is not None:
        _prescreen_outlets(tables.outlets, searches)
    cues = rulebook.cues.get(lang) or {}
    screen = None
    if fast:
        cue_scans = {f"cue.{stance}": Scan(cues[stance], pats, compile_alternation)
                     for stance, pats in (rulebook.cue_patterns.get(lang) or {}).items()
                     if cues.get(stance) is not None}
        screen = Screen({**cue_scans, **tables.scans}, labelled)
    return Attributor(tables, cues, screen)


def _prescreen_outlets(outlets, searches=0) -> None:
    """The outlet lexicon's searches behind RE2 prescreens: most labelled sentences name no outlet, and
    `regex` tried the alternation of every outlet's forms at each position (100 us a sentence). The
    canonical name of a form as written, which tries each form's pattern in turn (about 1 ms), is
    remembered: the same few outlets are named again and again."""
    outlets.canonical = functools.lru_cache(maxsize=4096)(outlets.canonical)
    for name in OUTLET_SCANS:
        compiled = getattr(outlets, name, None)
        if compiled is not None and not isinstance(compiled, Prescreened):
            setattr(outlets, name, Prescreened([compiled.pattern], compiled, direct=searches,
                                               case_sensitive=not compiled.flags & regex.IGNORECASE))
