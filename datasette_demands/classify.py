"""Sentence -> labels with evidence. Pure functions of text and rulebook: no SQLite here."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import regex

from .rulebook import MATCH_TIMEOUT, Rule, Rulebook
from .textnorm import normalise

log = logging.getLogger(__name__)


@dataclass
class Match:
    rule_id: str
    category: str
    start: int  # offsets into the sentence text
    end: int
    text: str

    def __reduce__(self):
        # fields as a tuple: pickled between worker and writer in about half the time of the default
        return (Match, (self.rule_id, self.category, self.start, self.end, self.text))


@dataclass
class Label:
    category: str
    matches: list[Match] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    stance: str | None = None
    cited_source: str | None = None

    def __reduce__(self):
        # fields as a tuple: pickled between worker and writer in about half the time of the default
        return (Label, (self.category, self.matches, self.actors, self.stance, self.cited_source))


def _search(compiled, text):
    try:
        return compiled.search(text, timeout=MATCH_TIMEOUT)
    except TimeoutError:
        log.warning("pattern timed out on a sentence of %d characters; treated as no match", len(text))
        return None


_ISO_DATE = regex.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def iso_date(value) -> str | None:
    """The ISO date at the start of a `published` value, or None (office dates compare as text)."""
    m = _ISO_DATE.match(value) if isinstance(value, str) else None
    return m.group() if m else None


class Classifier:
    """Applies a rulebook's rules to sentences of a given language."""

    def __init__(self, rulebook: Rulebook, fast: bool = True):
        """`fast`: screen rules with the RE2 prefilter (same labels, much faster); False tries every rule."""
        self.rulebook = rulebook
        self.fast = fast
        self._by_lang: dict[str | None, list[Rule]] = {}
        self._sets: dict = {}
        self._prescreened: dict = {}
        self.attributor = None  # sets holders, stances and cited sources on labels (actors.py)
        if rulebook.actors:
            from .actors import Attributor

            self.attributor = Attributor(rulebook)

    def rules_for(self, lang):
        rules = self._by_lang.get(lang)
        if rules is None:
            rules = self._by_lang[lang] = self.rulebook.rules_for(lang)
        return rules

    def candidates(self, norm: str, lang):
        if not self.fast:
            return self.rules_for(lang)
        rs = self._sets.get(lang)
        if rs is None:
            from .prefilter import RuleSet

            rs = self._sets[lang] = RuleSet(self.rules_for(lang))
        return rs.candidates(norm)

    def _screened(self, key, patterns, compiled):
        """`compiled` behind an RE2 prescreen (the same answers, faster); plain when not `fast`."""
        if not self.fast or compiled is None:
            return compiled
        screened = self._prescreened.get(key)
        if screened is None:
            from .prefilter import Prescreened

            screened = self._prescreened[key] = Prescreened(patterns, compiled)
        return screened

    def has_cue(self, norm: str, lang: str, cache: dict) -> bool:
        if lang not in cache:
            stances = self.rulebook.cues.get(lang, {})
            patterns = self.rulebook.cue_patterns.get(lang, {})
            cache[lang] = any(_search(self._screened(("cue", lang, stance), patterns.get(stance) or [], c), norm)
                              for stance, c in stances.items() if c is not None)
        return cache[lang]

    def rule_matches(self, rule: Rule, norm: str, original: str, cue_cache: dict) -> list[Match]:
        """Evidence of one rule on one (normalised) sentence; empty when the rule does not fire."""
        try:
            spans = [(m.start(), m.end()) for m in rule.pattern_re.finditer(norm, timeout=MATCH_TIMEOUT)]
        except TimeoutError:
            log.warning("pattern timed out on a sentence of %d characters; treated as no match", len(norm))
            return []
        spans = [(s, e) for s, e in spans if e > s]
        if not spans:
            return []
        if rule.exclude and _search(self._screened((rule.id, "exclude"), rule.exclude, rule.exclude_re), norm):
            return []
        if rule.requires and _search(self._screened((rule.id, "requires"), rule.requires, rule.requires_re), norm) is None:
            return []
        if rule.cue:
            cue_lang = rule.lang
            if cue_lang == "any":
                cue_lang = cue_cache.get("__lang__")
            if not self.has_cue(norm, cue_lang, cue_cache):
                return []
        return [Match(rule.id, rule.category, s, e, original[s:e]) for s, e in spans]

    def classify(self, text: str, lang: str | None, date: str | None = None) -> list[Label]:
        """Labels of one sentence, one per category, ordered by category name.

        `date` (ISO, the document's publication date) lets attribution pick the office an
        official held then; without it the latest office is used.
        """
        return self.classify_many([(text, lang, date)])[0]

    def classify_many(self, items) -> list[list[Label]]:
        """classify() of many (text, lang, date): the same labels, ~10% faster than one at a time.

        Each step runs over all the sentences, grouped by language, before the next: the
        prefilter's automata stay in the CPU's caches instead of being pushed out by the
        matching and attribution of every sentence in between.
        """
        norms = [normalise(text) for text, _, _ in items]
        order = sorted(range(len(items)), key=lambda i: items[i][1] or "")
        candidates: list = [None] * len(items)
        for i in order:
            candidates[i] = self.candidates(norms[i], items[i][1])
        results: list = [None] * len(items)
        for i in order:
            results[i] = self._labels(items[i][0], norms[i], items[i][1], candidates[i])
        if self.attributor is not None:
            # the attributor's prefilters likewise run over all labelled sentences first
            labelled = [i for i in order if results[i]]
            screened = [self.attributor.screened(norms[i], items[i][1]) for i in labelled]
            for i, screen in zip(labelled, screened):
                text, lang, date = items[i]
                self.attributor.attribute(text, norms[i], lang, results[i], date=iso_date(date), screened=screen)
        return results

    def _labels(self, text: str, norm: str, lang, rules) -> list[Label]:
        cue_cache = {"__lang__": lang}
        labels: dict[str, Label] = {}
        for rule in rules:
            found = self.rule_matches(rule, norm, text, cue_cache)
            if found:
                labels.setdefault(rule.category, Label(rule.category)).matches.extend(found)
        return [labels[c] for c in sorted(labels)]
