"""Run every rule's own examples: `match` sentences must fire the rule, `no_match` ones must not."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..rulebook.model import Rule, Rulebook, pack_prefix
from .classify import Classifier, rule_matches
from .normalise import normalise


@dataclass
class ExampleFailure:
    file: str
    line: int | None
    rule_id: str
    sentence: str
    expected: str  # "match" or "no match"
    directory: Path | None = None  # the rule pack's folder: shown before the file, as lint does
    pack: str | None = None  # named before the path unless it is the core pack

    def __str__(self) -> str:
        got = "it did not" if self.expected == "match" else "it did"
        path = str(Path(self.directory) / self.file) if self.directory is not None else self.file
        return (f"{pack_prefix(self.pack)}{path}:{self.line or '?'} [{self.rule_id}] expected {self.expected}, {got}:\n"
                f"    {self.sentence}")


def _fires(classifier: Classifier, rule: Rule, sentence: str) -> bool:
    """Whether the rule fires on the sentence, as classify would apply it.

    A rule of language "any" with `cue: true` takes the cues of the sentence's language, which an
    example does not state: it fires when the cues of some language make it fire.
    """
    norm = normalise(sentence)
    langs = [rule.lang] if rule.lang != "any" else list(classifier.rulebook.cues) if rule.cue else [None]
    return any(rule_matches(classifier.language(lang), rule, norm, sentence) for lang in langs)


def run_examples(rulebook: Rulebook) -> tuple[int, list[ExampleFailure]]:
    """Return (examples run, failures)."""
    classifier = Classifier(rulebook)
    failures, n = [], 0
    for rule in rulebook.rules:
        for kind, sentences in (("match", rule.examples_match), ("no_match", rule.examples_no_match)):
            for sentence in sentences:
                n += 1
                if _fires(classifier, rule, sentence) != (kind == "match"):
                    failures.append(ExampleFailure(rule.file, rule.example_lines.get(f"{kind}:{sentence}"),
                                                   rule.id, sentence, "match" if kind == "match" else "no match",
                                                   rulebook.pack_directory(rule.pack), rule.pack))
    return n, failures
