"""Discourse: a sentence that takes a position on what the sentence before named gets its category.

Reporters name a demand in full once ("a register of damage caused by Russia") and then by an
anaphor ("43 countries agreed to join the register", "Das lehnt Kiew ab"). The rules see one
sentence at a time and miss the second. This step runs after the rules, over a document's
sentences in order: a sentence inherits category C when

1. it has an anaphor of its language (rules/discourse.yml: "the register", "diesen Plan", "реестр",
   or a pronoun such as "it", "das" at its start),
2. it takes a position: a stance cue of cues.yml, or a word of the language's `verbs` ("join",
   "set up"),
3. a sentence at most `window` sentences and `paragraphs` paragraph breaks before it (a pronoun:
   the sentence right before) was labelled C by a rule, names what the anaphor names (the
   anaphor's `antecedent` words) and is no hypothetical mention (none of the `blockers`: "if").

The inherited label's evidence is the anaphor, under the id `discourse.<anaphor id>` (so the
`matches` table tells a discourse label from a rule's), with the antecedent's distance in
`Match.antecedent`. Only labels made by rules are antecedents: inheritance does not chain.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from ..rulebook.discourse import DEFAULT_PARAGRAPHS, DEFAULT_WINDOW
from ..rulebook.patterns import MATCH_TIMEOUT, compile_alternation

RULE_PREFIX = "discourse."


@dataclass
class Anaphor:
    id: str  # as stored in matches.rule_id: discourse.<lang>.<name>
    anaphor: object  # compiled alternation: the phrase in the sentence that points back
    antecedent: object | None  # what the sentence pointed to must contain; None for a pronoun
    categories: frozenset | None  # the categories it may pass on; None: any


@dataclass
class DiscourseLanguage:
    """discourse.yml of one language, compiled."""
    anaphors: list[Anaphor] = field(default_factory=list)
    verbs: object = None
    blockers: object = None
    window: int = DEFAULT_WINDOW
    paragraphs: int = DEFAULT_PARAGRAPHS


def compile_discourse(data: dict, lang: str | None) -> DiscourseLanguage | None:
    """The language's lexicon from the rulebook's discourse data; None when it has none."""
    lexicon = (data.get("languages") or {}).get(lang)
    if not lexicon:
        return None
    anaphors = [Anaphor(RULE_PREFIX + a["id"], compile_alternation(a["anaphor"]), compile_alternation(a["antecedent"]),
                        frozenset(a["categories"]) if a.get("categories") else None)
                for a in lexicon.get("anaphors") or []]
    if lexicon.get("pronouns"):
        anaphors.append(Anaphor(f"{RULE_PREFIX}{lang}.pronoun", compile_alternation(lexicon["pronouns"]), None, None))
    return DiscourseLanguage(anaphors, compile_alternation(lexicon.get("verbs") or []),
                             compile_alternation(lexicon.get("blockers") or []),
                             data.get("window", DEFAULT_WINDOW), data.get("paragraphs", DEFAULT_PARAGRAPHS))


def is_discourse_rule(rule_id: str) -> bool:
    return rule_id.startswith(RULE_PREFIX)


@dataclass
class Unit:
    """One sentence as the step sees it: its text and normalised text, its language's compiled lexicon,
    whether it takes a position, its paragraph (None: unknown) and the categories rules gave it."""
    text: str
    norm: str
    lexicon: DiscourseLanguage | None
    takes_position: Callable[[], bool]  # asked only of a sentence with an anaphor
    paragraph: int | None
    rule_categories: set


def _search(compiled, text):
    if compiled is None:
        return None
    try:
        return compiled.search(text, timeout=MATCH_TIMEOUT)
    except TimeoutError:
        return None


def antecedents(units: list[Unit], i: int, window: int, paragraphs: int) -> list[int]:
    """The sentences before sentence i where its anaphor may point, nearest first."""
    out = []
    for j in range(i - 1, max(-1, i - 1 - window), -1):
        here, there = units[i].paragraph, units[j].paragraph
        if here is not None and there is not None and here - there > paragraphs:
            break
        out.append(j)
    return out


def is_antecedent(unit: Unit, anaphor: Anaphor) -> bool:
    """Whether a sentence can be what the anaphor points to: it names it and is no hypothetical mention."""
    if unit.lexicon is not None and _search(unit.lexicon.blockers, unit.norm):
        return False
    return anaphor.antecedent is None or _search(anaphor.antecedent, unit.norm) is not None


def inherited(units: list[Unit], i: int) -> list[tuple[str, Anaphor, object, int]]:
    """(category, anaphor, its match, antecedent distance) that sentence i inherits, one per category."""
    unit, out, seen = units[i], [], set(units[i].rule_categories)
    lexicon = unit.lexicon
    if lexicon is None or i == 0:
        return out
    before = antecedents(units, i, lexicon.window, lexicon.paragraphs)
    if not any(units[j].rule_categories for j in before):
        return out
    position = None
    for anaphor in lexicon.anaphors:
        m = _search(anaphor.anaphor, unit.norm)
        if m is None or m.end() <= m.start():
            continue
        position = unit.takes_position() if position is None else position
        if not position:
            return out
        for j in before[:1] if anaphor.antecedent is None else before:
            if not units[j].rule_categories or not is_antecedent(units[j], anaphor):
                continue
            for category in sorted(units[j].rule_categories - seen):
                if anaphor.categories is None or category in anaphor.categories:
                    out.append((category, anaphor, m, i - j))
                    seen.add(category)
    return out
