"""Run: sentence -> labels with evidence, through a language compiled once (compiled.py).

Pure functions of text and rulebook: no SQLite here. For each sentence: normalise, pick the
candidate rules (RE2 prefilter), confirm each with `regex` and its exclude/requires/cue checks,
group the evidence by category; then, for labelled sentences, attribute holders, stance and
cited source.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import regex

from ..rulebook.cache import save_caches
from ..rulebook.model import Rule, Rulebook
from ..rulebook.patterns import MATCH_TIMEOUT
from .attribution import Position
from .compiled import CompiledLanguage, compile_language
from .discourse import Unit, inherited, is_discourse_rule
from .normalise import normalise

log = logging.getLogger(__name__)


@dataclass
class Match:
    rule_id: str
    category: str
    start: int  # offsets into the sentence text
    end: int
    text: str
    antecedent: int | None = None  # a discourse match: how many sentences before its antecedent stands

    def __reduce__(self):
        # fields as a tuple: pickled between worker and writer in about half the time of the default
        return (Match, (self.rule_id, self.category, self.start, self.end, self.text, self.antecedent))


@dataclass
class Label:
    category: str
    matches: list[Match] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)  # the holders of its positions
    stance: str | None = None  # the stance of the position that governs its evidence
    cited_source: str | None = None
    positions: list[Position] = field(default_factory=list)  # each holder with its own stance
    cited_outlet: str | None = None  # the canonical name of its cited outlet (rules/outlets.yml)
    cited_sources: list[str] = field(default_factory=list)  # every source it cites, in order (cited_source: the first)
    cited_outlets: list[str] = field(default_factory=list)  # canonical names of its outlets (cited_outlet: the first)

    def __reduce__(self):
        # fields as a tuple: pickled between worker and writer in about half the time of the default
        return (Label, (self.category, self.matches, self.actors, self.stance, self.cited_source, self.positions,
                        self.cited_outlet, self.cited_sources, self.cited_outlets))


def _search(compiled, text):
    try:
        return compiled.search(text, timeout=MATCH_TIMEOUT)
    except TimeoutError:
        log.warning("pattern timed out on a sentence of %d characters; treated as no match", len(text))
        return None


def _within(compiled, text, start: int, end: int) -> bool:
    """Whether `compiled` (a rule's exclude_in_match) occurs inside the matched words text[start:end]."""
    return _search(compiled, text[start:end]) is not None


_ISO_DATE = regex.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _may_speak_next(before) -> bool:
    """Whether the party of a sentence (its attribution `before`; None: not read) may be the "we" of the
    sentence after it: it reports speech ("Zelensky said on Sunday ...") or tells no stance ("The head of the
    delegation addressed the press."); not when it tells, in the third person and without a reporting verb, a
    stance ("The Kremlin has repelled it.")."""
    cues = before.cues if before is not None else []
    return any(c.speech for c in cues) or not any(c.stance for c in cues)


def iso_date(value) -> str | None:
    """The ISO date at the start of a `published` value, or None (office dates compare as text)."""
    m = _ISO_DATE.match(value) if isinstance(value, str) else None
    return m.group() if m else None


# --- one sentence, one compiled language ---------------------------------------------


def has_cue(language: CompiledLanguage, norm: str) -> bool:
    """Whether the sentence has a stance cue of the language (what `cue: true` rules require; a rule with
    `cue: <group>` requires a word of that group instead, rule_matches())."""
    return any(_search(cue, norm) for cue in language.cues)


def rule_matches(language: CompiledLanguage, rule: Rule, norm: str, original: str, memo: dict | None = None,
                 lead: str | None = None) -> list[Match]:
    """Evidence of one rule on one (normalised) sentence; empty when the rule does not fire.

    `lead`: the (normalised) sentence that introduces this one (segment.leads()): a `cue: true` rule
    takes its cue from there when the sentence has none ("Russia demands:" over "No NATO troops.").
    `memo` keeps what is asked once a sentence (whether it has a cue, a word of a cue group) across its rules.
    """
    # every check must pass, so their order changes no label: first the cue, asked once a sentence
    # and shared by its rules (most candidates of a sentence without a cue need no search at all)
    group = rule.cue_group
    if group is not None:
        # a cue group (`cue: strict`): searched once a sentence for all the rules that require it, in the
        # sentence alone (like `requires`; a lead's cue counts for `cue: true` only)
        memo = {} if memo is None else memo
        key = "group:" + group
        if key not in memo:
            searcher = language.cue_groups.get(group)
            memo[key] = searcher is not None and _search(searcher, norm) is not None
        if not memo[key]:
            return []
    elif rule.cue:
        memo = {} if memo is None else memo
        if "cue" not in memo:
            memo["cue"] = has_cue(language, norm) or (lead is not None and has_cue(language, lead))
        if not memo["cue"]:
            return []
    try:
        spans = [(m.start(), m.end()) for m in rule.pattern_re.finditer(norm, timeout=MATCH_TIMEOUT)]
    except TimeoutError:
        log.warning("pattern timed out on a sentence of %d characters; treated as no match", len(norm))
        return []
    spans = [(s, e) for s, e in spans if e > s]
    if not spans:
        return []
    checks = language.checks[rule.id]
    if checks.exclude is not None and _search(checks.exclude, norm):
        return []
    if checks.requires is not None and _search(checks.requires, norm) is None:
        return []
    if checks.in_match is not None:
        spans = [(s, e) for s, e in spans if not _within(checks.in_match, norm, s, e)]
    return [Match(rule.id, rule.category, s, e, original[s:e]) for s, e in spans]


def sentence_labels(language: CompiledLanguage, text: str, norm: str, rules, lead: str | None = None) -> list[Label]:
    """The labels the candidate `rules` give one sentence: their evidence grouped by category."""
    memo: dict = {}
    labels: dict[str, Label] = {}
    for rule in rules:
        found = rule_matches(language, rule, norm, text, memo, lead)
        if found:
            labels.setdefault(rule.category, Label(rule.category)).matches.extend(found)
    return [labels[c] for c in sorted(labels)]


# --- many sentences ----------------------------------------------------------------------


class _Units(dict):
    """A document's sentences as the discourse step sees them, each made when first asked for."""

    def __init__(self, make):
        super().__init__()
        self._make = make

    def __missing__(self, k):
        self[k] = unit = self._make(k)
        return unit


class Classifier:
    """Labels sentences with a rulebook: each language compiled once (compile_language), on first use."""

    def __init__(self, rulebook: Rulebook, fast: bool = True, direct: bool | None = None):
        """`fast`: screen with the RE2 prefilters (same labels, much faster); False tries every rule and scan.
        `direct` (when `fast`): None builds a language's screens once it has met enough sentences to repay
        them (compiled.py); False screens from the first sentence, True never (the same labels)."""
        self.rulebook = rulebook
        self.fast = fast
        self.direct = direct
        self._languages: dict[str | None, CompiledLanguage] = {}

    def language(self, lang: str | None) -> CompiledLanguage:
        compiled = self._languages.get(lang)
        if compiled is None:
            compiled = self._languages[lang] = compile_language(self.rulebook, lang, self.fast, self.direct)
        return compiled

    def classify(self, text: str, lang: str | None, date: str | None = None, lead: str | None = None) -> list[Label]:
        """Labels of one sentence, one per category, ordered by category name.

        `date` (ISO, the document's publication date) lets attribution pick the office an
        official held then; without it the latest office is used. `lead`: the text of the sentence
        that introduces this one (a heading or "X said:"), where a cue and a holder may stand.
        """
        return self.classify_many([(text, lang, date, lead)])[0]

    def classify_many(self, items) -> list[list[Label]]:
        """classify() of many (text, lang, date) or (text, lang, date, lead): the same labels, ~10%
        faster than one at a time.

        The sentences are taken a language at a time, and each step runs over all of them before
        the next: the prefilter's automata stay in the CPU's caches instead of being pushed out by
        the matching and attribution of every sentence in between.
        """
        results: list = [None] * len(items)
        by_lang: dict = {}
        for i, item in enumerate(items):
            by_lang.setdefault(item[1], []).append(i)
        for lang in sorted(by_lang, key=lambda lang: lang or ""):
            self._classify_language(self.language(lang), items, by_lang[lang], results)
        save_caches(force=False)  # for the next run (workers are not let finish)
        return results

    def classify_document(self, items, paragraphs=None) -> list[list[Label]]:
        """classify_many() of one document's sentences, in order, then the discourse step (discourse.py):
        a sentence that takes a position on "the register" the sentence before named in full gets its
        category. `paragraphs`: each sentence's paragraph number (None: unknown)."""
        results = self.classify_many(items)
        self.add_discourse(items, results, paragraphs)
        return results

    def add_discourse(self, items, results: list[list[Label]], paragraphs=None, only=None,
                      inherited_before=frozenset()) -> list[int]:
        """The discourse step over one document's sentences in order (items as classify_many's, their
        labels by the rules in `results`): adds the inherited labels to `results` and works out the
        holders of the sentences that gain one; returns their indices. `only`: the indices to work out
        (the others are left as they are; None: all); a sentence is read only when one of them needs it.
        `inherited_before`: the indices whose labels in `results` are stored ones, worked out beside labels
        they inherited then: one that inherits none now has its holders worked out again without them."""
        units = _Units(lambda k: self._unit(items[k], results[k], paragraphs[k] if paragraphs else None))
        changed = []
        for i in range(len(items)) if only is None else sorted(only):
            unit = units[i]
            found = inherited(units, i)
            for category, anaphor, m, distance in found:
                match = Match(anaphor.id, category, m.start(), m.end(), unit.text[m.start():m.end()], distance)
                results[i].append(Label(category, [match]))
            if found:
                results[i].sort(key=lambda lb: lb.category)
            if found or i in inherited_before:
                self._attribute(items[i], unit.norm, results[i])
            if self._pronoun_holder(items, results, paragraphs, i, unit.norm) or found:
                changed.append(i)
        return changed

    def _pronoun_holder(self, items, results: list[list[Label]], paragraphs, i: int, norm: str) -> bool:
        """A labelled sentence whose position cue has a subject pronoun ("They insist that ...") gets the
        holder of the sentence before (antecedent_holder()); returns whether it is such a sentence."""
        attributor = self.language(items[i][1]).attributor
        if attributor is None or not results[i]:
            return False
        found = attributor.pronoun_subject(items[i][0], norm, iso_date(items[i][2]))
        if found is None:
            return False
        self._attribute(items[i], norm, results[i])  # afresh: what the sentence says by itself
        attributor.take_pronoun_holder(found, results[i], self.antecedent_holder(items, results, paragraphs, i,
                                                                                 speaker_only=found.speaker_only))
        return True

    def antecedent_holder(self, items, results: list[list[Label]], paragraphs, i: int,
                          speaker_only: bool = False) -> str | None:
        """The party a subject pronoun of sentence i stands for: the one holder of the positions of the
        sentence before (its rule labels), or, when those have none, the one holder its attribution finds
        (the subject of "Russia's negotiators met in Istanbul."); for a sentence that opens with "the latter"
        (grammar `latter`), the party the sentence before names last; None when there is no
        sentence before in the same paragraph, or it names no party or several. With `speaker_only` (a first
        person: "We continue to propose ..."), not a sentence before that tells a party's stance in the third
        person without reporting speech ("The Kremlin has repelled it several times."): "we" is who speaks, and
        that is the reporter's account of another (_may_speak_next)."""
        j = i - 1
        if j < 0 or paragraphs and None not in (paragraphs[i], paragraphs[j]) and paragraphs[i] != paragraphs[j]:
            return None
        before = self.language(items[j][1]).attributor
        attributor = self.language(items[i][1]).attributor
        if attributor is not None and attributor.opening_latter(normalise(items[i][0])) is not None:
            return before.last_named(items[j][0], iso_date(items[j][2])) if before is not None else None
        holders = {p.holder for lb in results[j] if any(not is_discourse_rule(m.rule_id) for m in lb.matches)
                   for p in lb.positions}
        analysis = None  # the sentence before's attribution, read once when needed
        if before is not None and (speaker_only or not holders):
            analysis = before.analyse(normalise(items[j][0]), iso_date(items[j][2]), text=items[j][0])
        if speaker_only and not _may_speak_next(analysis):
            return None
        if not holders:
            holders = analysis.holders if analysis is not None else set()
        return next(iter(holders)) if len(holders) == 1 else None

    def _unit(self, item, labels: list[Label], paragraph) -> Unit:
        language = self.language(item[1])
        norm = normalise(item[0])
        rule_categories = {lb.category for lb in labels if any(not is_discourse_rule(m.rule_id) for m in lb.matches)}
        position = lambda: has_cue(language, norm) or (  # noqa: E731 (asked only where an anaphor stands)
            language.discourse is not None and _search(language.discourse.verbs, norm) is not None)
        return Unit(item[0], norm, language.discourse, position, paragraph, rule_categories)

    def _attribute(self, item, norm: str, labels: list[Label]) -> None:
        attributor = self.language(item[1]).attributor
        if attributor is None:
            return
        lead = item[3] if len(item) > 3 and item[3] else None
        attributor.attribute(item[0], norm, labels, date=iso_date(item[2] if len(item) > 2 else None),
                             lead=(lead, normalise(lead)) if lead else None)

    @staticmethod
    def _classify_language(language: CompiledLanguage, items, indices: list[int], results: list) -> None:
        norms = {i: normalise(items[i][0]) for i in indices}
        leads = {i: items[i][3] for i in indices if len(items[i]) > 3 and items[i][3]}
        lead_norms = {i: normalise(lead) for i, lead in leads.items()}
        language.expect(len(indices))
        candidates = [language.candidates(norms[i]) for i in indices]
        for i, rules in zip(indices, candidates):
            results[i] = sentence_labels(language, items[i][0], norms[i], rules, lead_norms.get(i))
        if language.attributor is None:
            return
        # the attributor's prefilters likewise run over all labelled sentences first
        labelled = [i for i in indices if results[i]]
        language.expect_labelled(len(labelled))
        screened = [language.attributor.screened(norms[i]) for i in labelled]
        for i, screen in zip(labelled, screened):
            text, date = items[i][0], items[i][2]
            lead = (leads[i], lead_norms[i]) if i in leads else None
            language.attributor.attribute(text, norms[i], results[i], date=iso_date(date), screened=screen, lead=lead)
