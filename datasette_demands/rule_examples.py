"""Run every rule's own examples: `match` sentences must fire the rule, `no_match` ones must not."""

from __future__ import annotations

from dataclasses import dataclass

from .classify import Classifier
from .rulebook import Rulebook
from .textnorm import normalise


@dataclass
class ExampleFailure:
    file: str
    line: int | None
    rule_id: str
    sentence: str
    expected: str  # "match" or "no match"

    def __str__(self) -> str:
        got = "it did not" if self.expected == "match" else "it did"
        return (f"{self.file}:{self.line or '?'} [{self.rule_id}] expected {self.expected}, {got}:\n"
                f"    {self.sentence}")


def run_examples(rulebook: Rulebook) -> tuple[int, list[ExampleFailure]]:
    """Return (examples run, failures)."""
    classifier = Classifier(rulebook)
    failures, n = [], 0
    for rule in rulebook.rules:
        lang = None if rule.lang == "any" else rule.lang
        for kind, sentences in (("match", rule.examples_match), ("no_match", rule.examples_no_match)):
            for sentence in sentences:
                n += 1
                fired = bool(classifier.rule_matches(rule, normalise(sentence), sentence, {"__lang__": lang}))
                if fired != (kind == "match"):
                    failures.append(ExampleFailure(rule.file, rule.example_lines.get(f"{kind}:{sentence}"),
                                                   rule.id, sentence, "match" if kind == "match" else "no match"))
    return n, failures
