"""The RE2 prefilter is a pure speed-up: the same labels and evidence as trying every rule with `regex`."""

import pytest
import re2
import regex

from datasette_demands.labelling.classify import Classifier
from datasette_demands.evaluate import read_gold
from datasette_demands.labelling import prefilter
from datasette_demands.labelling.prefilter import RuleSet, Untranslatable, _options, to_re2
from datasette_demands.rulebook.load import load_rulebook
from datasette_demands.rulebook.patterns import PATTERN_FLAGS
from pathlib import Path

pytestmark = pytest.mark.labelling  # the same on every Datasette line: see test_layout.py

GOLD = Path(__file__).parent / "gold"


def labels_of(classifier, text, lang):
    """Everything classification gives a sentence: each label's evidence, positions (holder, stance, cue and
    holder offsets), actors, stance, cited source and cited outlet (Label and Match compare field by field)."""
    return classifier.classify(text, lang)


def test_fast_path_gives_the_same_labels_on_the_gold_files():
    """Every gold sentence, as written and in capitals (Turkish I against ı: "AÇIKLADI" for `açıkla`),
    gets the same labels, actors, stance and source with the prefilter and screens as without."""
    rulebook = load_rulebook()
    fast, plain = Classifier(rulebook, fast=True), Classifier(rulebook, fast=False)
    assert plain.language("en").attributor.screen is None  # the plain path runs every attribution scan
    rows = read_gold(sorted(GOLD.glob("*.jsonl")))
    labelled = 0
    for row in rows:
        for text in (row["text"], row["text"].upper()):
            a = labels_of(fast, text, row["lang"])
            assert a == labels_of(plain, text, row["lang"]), text
            labelled += bool(a)
    assert len(rows) > 900 and labelled > 800


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
    (r"açıkla", "AÇIKLADI"),  # regex takes I for ı ignoring case, and İ for i
    (r"\bİstanbul", "istanbul"),
    (r"\w+\s\w+", "a\x0bb"),  # \x0b and \x85 are \s in regex
    (r"\d\W", "1²"),  # ² is not \w in regex, though \pN
    (r"[\w]+ [\w]+", "a\u203fb Ⓐ\u200cb"),  # connector punctuation, circled letters, joiners are \w
    (r"\p{Lu}", "a"),  # ignoring case, regex takes any cased letter for \p{Lu}
    (r"end$", "the end\n"),  # regex's $ matches before a final newline
])
def test_rewrite_matches_at_least_what_regex_matches(pattern, text):
    import regex

    assert regex.search(pattern, text, PATTERN_FLAGS)
    assert re2.compile(to_re2(pattern), _options()).search(text)


@pytest.mark.parametrize("pattern", [r"(a\1)", r"[^\W\d]+", r"\X", r"(?P<n>a)(?P=n)", r"\p{Greek}", r"\P{L}",
                                     r"[^\p{L}]", r"(?s:.)", r"(?x)a b", r"\p{C}"])
def test_untranslatable_patterns_are_reported(pattern):
    with pytest.raises(Untranslatable):
        to_re2(pattern)


def test_untranslatable_rule_still_fires():
    """A rule the prefilter cannot screen is tried on every sentence, so it still labels."""
    from datasette_demands.rulebook.model import Rule

    rule = Rule(id="x.en.backref", category="x", lang="en", description="d", file="x.yml", line=1,
                patterns=[r"\btruce\X"])
    rs = RuleSet([rule])
    assert rs.always == [0]
    assert rs.candidates("truce!") == [rule]


# --- the rewrite is a superset, character by character, over all of Unicode -----------------------


@pytest.fixture(scope="module")
def every_code_point():
    return prefilter.all_code_points()


def _code_points(value: str, key: str) -> set:
    """The stored or computed gap as a set: code points, or (letter, other case) pairs for CASE_EXTRA."""
    if key == "CASE_EXTRA":
        return {(c, x) for item in value.split() for c, xs in [item.split(":")] for x in xs.split(",")}
    out = set()
    for item in value.split():
        a, _, b = item.partition("-")
        out.update(range(int(a, 16), int(b or a, 16) + 1))
    return out


def test_unicode_gaps_are_covered(every_code_point):
    """The constants to_re2 widens classes and letters with cover what regex has and RE2 lacks, for
    the installed versions of both. A newer regex may widen the gap: then paste the new values from
    unicode_gaps(); a newer RE2 that closes some leaves the constants safe, merely wider."""
    computed = prefilter.unicode_gaps(every_code_point)
    for key, value in computed.items():
        missing = _code_points(value, key) - _code_points(getattr(prefilter, key), key)
        assert not missing, (key, sorted(missing)[:20])


def _missed(piece, text, matched=None):
    """Characters of `text` regex (PATTERN_FLAGS) matches with `piece` and its RE2 rewrite does not."""
    if matched is None:  # runs of matching characters: far fewer matches than characters
        matched = "".join(regex.findall(f"(?:{piece})+", text, PATTERN_FLAGS))
    rewritten = to_re2(piece)
    if re2.compile(f"(?:{rewritten})*", _options()).fullmatch(matched):
        return []
    one = re2.compile(rewritten, _options())
    return [c for c in sorted(set(matched)) if not one.fullmatch(c)]


CLASSES = [r"\w", r"\W", r"\s", r"\S", r"\d", r"\D", ".", r"[\w]", r"[\W]", r"[\s]", r"[\S]", r"[\d]", r"[\D]",
           r"[^\w]", r"[^\s]", r"[^\d]", r"[\w\W]", r"[\w'-]", r"\pL", r"\pN", r"[a-z]", r"[A-Z]", r"[а-я]", r"[А-ЯЁ]",
           r"[^a-z]", r"[^I]", r"[^ı]"]


@pytest.mark.parametrize("piece", CLASSES + [rf"\p{{{g}}}" for g in prefilter.CATEGORIES])
def test_rewritten_classes_match_all_that_regex_matches(piece, every_code_point):
    """Each escape, class and property to_re2 rewrites, ignoring case and not, matches every code point
    regex does."""
    for p in (piece, f"(?-i:{piece})"):
        assert not _missed(p, every_code_point), (p, _missed(p, every_code_point)[:10])
    if piece.startswith("\\p"):
        assert not _missed(f"[{piece}]", every_code_point)


def _rulebook_letters():
    from datasette_demands.rulebook.actors import _patterns_with_paths

    rulebook = load_rulebook()
    patterns = [p for r in rulebook.rules for p in r.patterns]
    patterns += [p for by_stance in rulebook.cue_patterns.values() for ps in by_stance.values() for p in ps]
    patterns += [p for groups in rulebook.cue_groups.values() for ps in groups.values() for p in ps]
    patterns += [p for _, p, _ in _patterns_with_paths(dict(rulebook.actors))]
    return {c for p in patterns for c in p if c.isalpha()}


def test_rewritten_letters_match_all_that_regex_matches_ignoring_case(every_code_point):
    """Every letter of the rulebook's patterns, and every letter regex and RE2 fold differently, matches
    alone and in a class every code point regex takes for it ignoring case; and RE2 takes no letter for it
    that regex does not, so that a negated class ([^ı]) matches no less than regex's either."""
    letters = _rulebook_letters()
    assert len(letters) > 100 and {"ı", "I", "i"} <= letters
    letters.add("İ")  # no pattern may hold it any more (it never reaches a pattern: lint says so), but text does
    letters |= set(prefilter._CASES)
    for c in sorted(letters):
        matched = "".join(regex.findall(regex.escape(c), every_code_point, PATTERN_FLAGS))
        for piece in (regex.escape(c), f"[{regex.escape(c)}]"):
            assert not _missed(piece, every_code_point, matched), (piece, _missed(piece, every_code_point, matched))
        folded = set(re2.compile(re2.escape(c), _options()).findall(every_code_point))
        assert folded <= set(matched), (c, folded - set(matched))


# --- TextScreen: relabel's one pass over many sentences ------------------------------------------


def regex_hits(patterns, texts):
    from datasette_demands.rulebook.patterns import compile_alternation

    compiled = compile_alternation(patterns)
    return {i for i, t in enumerate(texts) if compiled.search(t)}


def test_text_screen_names_every_gold_sentence_each_rule_matches():
    """For every shipped rule, the sentences its patterns match alone are among those the joined pass names."""
    from datasette_demands.labelling.normalise import normalise

    rulebook = load_rulebook()
    texts = [normalise(row["text"]) for row in read_gold(sorted(GOLD.glob("*.jsonl")))]
    texts += [t.upper() for t in texts]
    found = 0
    for rule in rulebook.rules:
        hits = set(prefilter.TextScreen(rule.patterns).hits(texts))
        expected = regex_hits(rule.patterns, texts)
        assert expected <= hits, rule.id
        found += len(expected)
    assert found > 1000


@pytest.mark.parametrize("patterns, texts, must", [
    # a match running from one sentence into the next must not hide the next one's own match
    ([r"x[^y]*z"], ["x", "xz", "none"], {1}),
    ([r"\bfoo\s+bar\b"], ["foo", "bar foo bar", "foo"], {1}),
    # anchors hold at every sentence's edges, and at newlines inside one
    ([r"^kyiv\b"], ["in kyiv", "Kyiv said", "x\nKyiv"], {1}),
    ([r"talks$"], ["talks began", "no talks", "talks\nresumed"], {1}),
    (["\\bend\\Z"], ["the end", "end game"], {0}),
    # not rewritable for RE2 (fuzzy matching): screened one text at a time, still never missed
    ([r"(?:ceasefire){e<=1}"], ["a ceasfire", "nothing"], {0}),
])
def test_text_screen_never_misses_a_sentence(patterns, texts, must):
    hits = set(prefilter.TextScreen(patterns).hits(texts))
    assert must <= hits
    assert regex_hits(patterns, texts) <= hits


def test_text_screen_names_few_sentences_where_nothing_matches():
    texts = ["The weather was mild.", "Markets rose.", "A ceasefire was agreed."] * 100
    assert prefilter.TextScreen([r"\bceasefire\b"]).hits(texts) == list(range(2, 300, 3))
    assert prefilter.TextScreen([r"\bbenchmark edit\b"]).hits(texts) == []


# --- Prescreened: RE2 before `regex` for exclude, requires and cues --------------------------------


def test_prescreened_answers_as_regex_for_every_exclude_requires_cue_and_outlet_search_on_the_gold_files():
    """The same matches where they are: `regex` starts where RE2 finds the superset first."""
    import regex

    from datasette_demands.labelling.cited import compile_outlets
    from datasette_demands.labelling.compiled import OUTLET_SCANS
    from datasette_demands.labelling.normalise import normalise
    from datasette_demands.rulebook.model import LANGUAGES
    from datasette_demands.rulebook.patterns import compile_alternation

    rulebook = load_rulebook()
    lists = [r.exclude for r in rulebook.rules if r.exclude] + [r.requires for r in rulebook.rules if r.requires]
    lists += [pats for stances in rulebook.cue_patterns.values() for pats in stances.values()]
    lists += [pats for groups in rulebook.cue_groups.values() for pats in groups.values()]  # cue: strict
    cases = [(patterns, compile_alternation(patterns), False) for patterns in lists]
    for lang in LANGUAGES:
        outlets = compile_outlets(rulebook.outlets, lang)
        for compiled in filter(None, (getattr(outlets, name) for name in OUTLET_SCANS)):
            cases.append(([compiled.pattern], compiled, not compiled.flags & regex.IGNORECASE))
    # every eighth gold sentence: every pattern list against every gold sentence took nine minutes, most of the
    # labelling tests' time, and grew with each gold set; an eighth (every set and language) still gives
    # hundreds of thousands of matches
    texts = [normalise(row["text"]) for row in list(read_gold(sorted(GOLD.glob("*.jsonl"))))[::8]]
    texts += [t.upper() for t in texts]
    yes = late = 0
    for patterns, compiled, case_sensitive in cases:
        screened = prefilter.Prescreened(patterns, compiled, case_sensitive)
        for t in texts:
            expected = [m.span() for m in compiled.finditer(t)]
            assert [m.span() for m in screened.finditer(t)] == expected, (patterns, t)
            first = screened.search(t)
            assert (first and first.span()) == (expected[0] if expected else None), (patterns, t)
            yes += bool(expected)
            late += bool(expected) and expected[0][0] > 0
    assert yes > 1500 and late > 1000  # matches, most of them past the text's start


def test_prescreened_searches_patterns_made_of_lookarounds_with_regex():
    """`(?<=gaza )(?!.*kyiv)` rewrites to the empty pattern, which RE2 finds everywhere, and has no
    positive lookahead to screen it by: it is searched with `regex` alone."""
    from datasette_demands.rulebook.patterns import compile_alternation

    patterns = [r"(?<=\bgaza )(?!.*\bkyiv)", r"\bmarred by\b"]
    screened = prefilter.Prescreened(patterns, compile_alternation(patterns)).prepared()
    assert screened._re2 is not None and screened._loose is not None
    assert screened.search("talks on gaza today") is not None
    assert screened.search("talks on gaza and kyiv") is None
    assert screened.search("a truce marred by shelling") is not None
    assert screened.search("a truce held") is None


@pytest.mark.parametrize("pattern, body", [
    (r"^(?!.*\b(?:ukrain|russia|kyiv))(?=.*\b(?:gaza|hamas|israel))", r".*\b(?:gaza|hamas|israel)"),
    (r"foo(?=.*bar)", r".*bar"),
    (r"(?=.*\bgaza\b)", r".*\bgaza\b"),
    (r"^(?=(?:a|b)c)(?=d)", r"(?:a|b)c"),  # the first one
    (r"(?=b)?(?=c)", r"c"),  # an optional lookahead is skipped for a later one
    (r"[]|(](?=x\))", r"x\)"),  # `]` first in a class is a member, `|` and `(` in a class are literal
    (r"[^]|](?=x)", r"x"),
    (r"\|(?=x)", r"x"),
    (r"(?P<n>a)(?=[)|])", r"[)|]"),
])
def test_required_lookahead_finds_a_lookahead_every_match_crosses(pattern, body):
    assert prefilter.required_lookahead(pattern) == body


@pytest.mark.parametrize("pattern", [
    r"a|(?=b)",  # an alternative without it
    r"(?=b)|a",
    r"(?:x(?=y))?",  # inside a group
    r"(?:(?=y)x)",
    r"(?<=a)",  # lookbehinds and negative lookaheads
    r"(?<!a)b",
    r"(?!a)",
    r"\(?=a\)",  # an escaped parenthesis
    r"[(?=]a\)",  # a parenthesis in a class
    r"[\](?=]a\)",
    r"(?=b)?a",  # quantified: optional
    r"(?=b)*a",
    r"(?=b){0,1}a",
    r"(a)(?=\1)",  # a backreference numbered in the whole pattern
    r"(?i)(?=a)",  # global flags, comments: not read
    r"(?#(?=a))b",
    r"(?=a",  # unbalanced
    r"(?=a))",
    r"no lookahead",
])
def test_required_lookahead_is_none_when_unsure(pattern):
    assert prefilter.required_lookahead(pattern) is None


def test_prescreened_screens_patterns_of_lookarounds_by_their_lookahead():
    """`^(?!.*kyiv)(?=.*gaza)` rewrites to `^`, found everywhere, but every match of it needs `.*gaza`
    to match: RE2 screens it with that."""
    from datasette_demands.rulebook.patterns import compile_alternation

    patterns = [r"^(?!.*\bkyiv)(?=.*\bgaza\b)", r"\bmarred by\b"]
    screened = prefilter.Prescreened(patterns, compile_alternation(patterns)).prepared()
    assert screened._re2 and screened._loose is None
    assert screened.search("talks on gaza") is not None
    assert screened.search("talks in kyiv on gaza") is None
    assert screened.search("a truce marred by shelling") is not None
    assert screened.search("a truce held") is None
    assert screened._re2.search(b"a truce held") is None


def test_prescreened_answers_as_regex_for_every_lookaround_pattern_in_the_rulebook():
    """Each exclude and requires pattern whose rewrite matches the empty string, screened alone, answers
    as `regex` on every gold sentence (normalised as classify.py does), as written and in capitals."""
    from datasette_demands.rulebook.patterns import compile_alternation
    from datasette_demands.labelling.normalise import normalise

    rulebook = load_rulebook("rules")
    patterns = {p for r in rulebook.rules for p in r.exclude + r.requires
                if re2.compile(to_re2(p), _options()).search("") is not None}
    texts = [normalise(row["text"]) for row in read_gold(sorted(GOLD.glob("*.jsonl")))]
    # the gold sentences are about Ukraine, where these excludes never match: some where they do
    texts += ["The ceasefire in Gaza held overnight.", "Hamas and Israel agreed to a truce.",
              "Talks on Gaza and Kyiv resumed.", "Перемирие в секторе Газа соблюдается.",
              "Перемир'я в секторі Газа тримається.", "Die Waffenruhe in Gaza hielt.", "Gazze'de ateşkes sürüyor.",
              "La tregua a Gaza regge.", "Rozejm w Strefie Gazy trwa.", "La trêve à Gaza tient, dit Israël."]
    texts += [t.upper() for t in texts]
    assert len(patterns) >= 9 and len(texts) > 1800
    yes = 0
    for p in sorted(patterns):
        compiled = compile_alternation([p])
        screened = prefilter.Prescreened([p], compiled).prepared()
        assert screened._re2 and screened._loose is None, p  # screened by its lookahead
        for t in texts:
            expected = compiled.search(t)
            got = screened.search(t)
            assert (got is None) == (expected is None), (p, t)
            if expected is not None:
                assert got.span() == expected.span()
            yes += expected is not None
    assert yes > 10
