"""The RE2 prefilter is a pure speed-up: the same labels and evidence as trying every rule with `regex`."""

import pytest
import re2

from datasette_demands.classify import Classifier
from datasette_demands.evaluate import read_gold
from datasette_demands.prefilter import RuleSet, Untranslatable, to_re2
from datasette_demands.rulebook import load_rulebook
from pathlib import Path

GOLD = Path(__file__).parent / "gold"


def labels_of(classifier, text, lang):
    return [(lb.category, [(m.rule_id, m.start, m.end) for m in lb.matches]) for lb in classifier.classify(text, lang)]


def test_fast_path_gives_the_same_labels_on_the_gold_files():
    rulebook = load_rulebook()
    fast, plain = Classifier(rulebook, fast=True), Classifier(rulebook, fast=False)
    rows = read_gold([GOLD / "seeds.jsonl", GOLD / "dev.jsonl"])
    labelled = 0
    for row in rows:
        a = labels_of(fast, row["text"], row["lang"])
        assert a == labels_of(plain, row["text"], row["lang"]), row["text"]
        labelled += bool(a)
    assert labelled > 50


def test_every_shipped_rule_is_prefiltered():
    """A rule RE2 cannot screen runs on every sentence; the shipped rulebook should have none."""
    rulebook = load_rulebook()
    for lang in {r.lang for r in rulebook.rules}:
        rs = RuleSet(rulebook.rules_for(lang))
        assert [rs.rules[i].id for i in rs.always] == []


@pytest.mark.parametrize("pattern, text", [
    (r"\bcease-?fires?\b", "a CEASE-FIRE now"),
    (r"перемири\w*", "ПЕРЕМИРИЯ"),
    (r"(?<!no )\bdemand\w*", "demands"),
    (r"\bateşkes\w*", "ateşkesin"),
    (r"\d+\s*days?", "٣٠ days"),  # Unicode digits: regex's \d matches them, so must RE2's rewrite
    (r"[\w-]+ truce", "30‑day truce"),
    (r"\bKyiv\b", "Kyiv"),
    (r"\b(\d{1,3}(?:[,. ]?\d{3})?)[- ]for[- ]\1\b", "1,000 for 1,000"),
    (r"(?P<x>ab)c\1", "abcab"),
])
def test_rewrite_matches_at_least_what_regex_matches(pattern, text):
    import regex

    assert regex.search(pattern, text, regex.IGNORECASE)
    assert re2.compile("(?i)" + to_re2(pattern)).search(text)


@pytest.mark.parametrize("pattern", [r"(a\1)", r"[^\W\d]+", r"\X", r"(?P<n>a)(?P=n)"])
def test_untranslatable_patterns_are_reported(pattern):
    with pytest.raises(Untranslatable):
        to_re2(pattern)


def test_untranslatable_rule_still_fires():
    """A rule the prefilter cannot screen is tried on every sentence, so it still labels."""
    from datasette_demands.rulebook import Rule

    rule = Rule(id="x.en.backref", category="x", lang="en", description="d", file="x.yml", line=1,
                patterns=[r"\btruce\X"])
    rs = RuleSet([rule])
    assert rs.always == [0]
    assert rs.candidates("truce!") == [rule]
