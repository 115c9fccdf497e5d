"""Run every rule's own examples: `match` sentences must fire the rule, `no_match` ones must not; and the
examples of actors.yml as attribution reads them: a party's or a collective's (`match` sentences must name
it, `no_match` ones must not), each language's cited sources, and `attribution_examples`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..rulebook.cache import compile_pattern
from ..rulebook.model import Rule, Rulebook, pack_prefix
from ..rulebook.patterns import PATTERN_FLAGS, as_written
from .attribution import mentions_of
from .classify import Classifier, _search, has_cue, rule_matches
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
    why: str = ""  # which part of the rule decided (explain()), shown under the sentence

    def __str__(self) -> str:
        got = "it did not" if self.expected == "match" else "it did"
        path = str(Path(self.directory) / self.file) if self.directory is not None else self.file
        why = f"\n    why: {self.why}" if self.why else ""
        return (f"{pack_prefix(self.pack)}{path}:{self.line or '?'} [{self.rule_id}] expected {self.expected}, {got}:\n"
                f"    {self.sentence}{why}")


def _fires(classifier: Classifier, rule: Rule, sentence: str) -> bool:
    """Whether the rule fires on the sentence, as classify would apply it.

    A rule of language "any" with `cue: true` takes the cues of the sentence's language, which an
    example does not state: it fires when the cues of some language make it fire.
    """
    norm = normalise(sentence)
    langs = [rule.lang] if rule.lang != "any" else list(classifier.rulebook.cues) if rule.cue else [None]
    return any(rule_matches(classifier.language(lang), rule, norm, sentence) for lang in langs)


def _first_hit(patterns, norm: str):
    """(pattern, matched words) of the first of `patterns` found in the sentence, or None."""
    for p in patterns:
        m = compile_pattern(p, PATTERN_FLAGS).search(norm, timeout=1)
        if m is not None:
            return p, m.group(0)
    return None


def explain(classifier: Classifier, rule: Rule, sentence: str) -> str:
    """Which part of the rule decided about the sentence, in the order classify checks them: the cue,
    the patterns, `exclude`, `requires`; so that a contributor knows what to change."""
    norm = normalise(sentence)
    lang = rule.lang if rule.lang != "any" else None
    language = classifier.language(lang) if lang else None
    if rule.cue_group is not None and language is not None:
        searcher = language.cue_groups.get(rule.cue_group)
        if searcher is None or _search(searcher, norm) is None:
            return f"no word of the cue group {rule.cue_group!r} (rules/cues.yml, {lang}) in the sentence"
    elif rule.cue is True and language is not None and not has_cue(language, norm):
        return f"no stance word of {lang} (the cues of rules/cues.yml) in the sentence, and the rule has cue: true"
    hit = rule.pattern_re.search(norm, timeout=1)
    if hit is None:
        return "none of its patterns matches the sentence"
    found = f"its patterns matched {hit.group(0)!r}"
    excluded = _first_hit(rule.exclude, norm)
    if excluded is not None:
        return f"{found}, but exclude {as_written(excluded[0])} matched {excluded[1]!r}"
    if rule.requires:
        required = _first_hit(rule.requires, norm)
        if required is None:
            return f"{found}, but none of its requires patterns is in the sentence"
        found += f", and requires {as_written(required[0])} matched {required[1]!r}"
    return found + (f", with the stance word {_stance_word(rule, language, norm)!r}" if rule.cue else "")


def _stance_word(rule: Rule, language, norm: str) -> str:
    """The words that met the rule's `cue`: the first hit of its cue group, or of any stance cue of its language."""
    if language is None:
        return "?"  # a rule of language "any" takes the cues of whichever language fires it
    searchers = [language.cue_groups.get(rule.cue_group)] if rule.cue_group is not None else list(language.cues)
    hits = [m for m in (_search(c, norm) for c in searchers if c is not None) if m is not None]
    return min(hits, key=lambda m: m.start()).group(0) if hits else "?"


def selected_rules(rulebook: Rulebook, prefix: str | None = None) -> list[Rule]:
    """The rules whose id is `prefix` or starts with it and a dot (all of them without one)."""
    if not prefix:
        return list(rulebook.rules)
    prefix = prefix.rstrip(".")
    return [r for r in rulebook.rules if r.id == prefix or r.id.startswith(prefix + ".")]


def run_examples(rulebook: Rulebook, rules: list[Rule] | None = None) -> tuple[int, list[ExampleFailure]]:
    """Return (examples run, failures), of `rules` (default: every rule of the rulebook)."""
    classifier = Classifier(rulebook)
    failures, n = [], 0
    for rule in rulebook.rules if rules is None else rules:
        for kind, sentences in (("match", rule.examples_match), ("no_match", rule.examples_no_match)):
            for sentence in sentences:
                n += 1
                if _fires(classifier, rule, sentence) != (kind == "match"):
                    failures.append(ExampleFailure(rule.file, rule.example_lines.get(f"{kind}:{sentence}"),
                                                   rule.id, sentence, "match" if kind == "match" else "no match",
                                                   rulebook.pack_directory(rule.pack), rule.pack,
                                                   explain(classifier, rule, sentence)))
    return n, failures


@dataclass
class ActorExampleFailure:
    path: Path  # the actors.yml that holds the example
    line: int | None
    block: str  # actors.UA, collectives.both-sides, cited_sources.es, attribution_examples
    lang: str
    sentence: str
    expected: str  # what the example says ("match", "no match", "holders RU, UA; stance reject" ...)
    got: str  # what attribution found instead

    def __str__(self) -> str:
        return (f"{self.path}:{self.line or '?'} [{self.block}] expected {self.expected}, got {self.got}:\n"
                f"    ({self.lang}) {self.sentence}")


def selected_actor_blocks(rulebook: Rulebook, prefix: str | None = None) -> list[str]:
    """The blocks of actors.yml whose examples `rules test` runs: every one without a prefix; those a
    prefix names (`actors`, `actors.UA`, `collectives.both-sides`, `cited_sources.es`,
    `attribution_examples`); none for a prefix of the category rules."""
    data = rulebook.actors or {}
    blocks = [f"actors.{code}" for code in data.get("actors") or {}]
    blocks += [f"collectives.{c.get('id')}" for c in data.get("collectives") or [] if c.get("examples")]
    blocks += [f"cited_sources.{lang}" for lang, src in (data.get("cited_sources") or {}).items()
               if (src or {}).get("examples")]
    blocks += ["attribution_examples"] if data.get("attribution_examples") else []
    if not prefix:
        return blocks
    prefix = prefix.rstrip(".")
    return [b for b in blocks if b == prefix or b.startswith(prefix + ".")]


def _example_line(rulebook: Rulebook, sentence: str) -> tuple[Path, int | None]:
    """The actors.yml (of the first pack that has one) and the line where the example is written."""
    files = [p.directory / "actors.yml" for p in rulebook.packs] or [rulebook.directory / "actors.yml"]
    for path in files:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError:
            continue
        for i, line in enumerate(lines, start=1):
            if sentence in line:
                return path, i
    return files[0], None


def _block_examples(rulebook: Rulebook, classifier: Classifier, block: str):
    """(lang, sentence, expected, got) of each example of one block; got is None when it did as expected."""
    data = rulebook.actors
    kind, _, key = block.partition(".")
    if kind in ("actors", "collectives"):
        owner = (data["actors"][key] if kind == "actors"
                 else next(c for c in data["collectives"] if c.get("id") == key))
        codes = {key} if kind == "actors" else set(owner["codes"])
        for want in ("match", "no_match"):
            for ex in (owner.get("examples") or {}).get(want) or []:
                named = mentions_of(data, ex["text"], ex["lang"])
                ok = (codes <= named) == (want == "match")
                yield ex["lang"], ex["text"], want.replace("_", " "), None if ok else f"names {', '.join(sorted(named)) or 'no party'}"
    elif kind == "cited_sources":
        examples = data["cited_sources"][key]["examples"]
        lang = "en" if key == "any" else key
        for ex in examples.get("match") or []:
            found = _analyse(classifier, ex["text"], lang).cited_source
            yield lang, ex["text"], f"source {ex['source']!r}", None if found == ex["source"] else repr(found)
        for text in examples.get("no_match") or []:
            found = _analyse(classifier, text, lang).cited_source
            yield lang, text, "no source", None if found is None else repr(found)
    else:
        for ex in data["attribution_examples"]:
            a = _analyse(classifier, ex["text"], ex["lang"])
            want = [f"holders {', '.join(sorted(ex['holders'])) or 'none'}"]
            got = [f"holders {', '.join(sorted(a.holders)) or 'none'}"]
            if "stance" in ex:
                want.append(f"stance {ex['stance']}")
                got.append(f"stance {classifier.language(ex['lang']).attributor.stance(a, None)}")
            if "cited_source" in ex:
                want.append(f"source {ex['cited_source']!r}")
                got.append(f"source {a.cited_source!r}")
            yield ex["lang"], ex["text"], "; ".join(want), None if want == got else "; ".join(got)


def _analyse(classifier: Classifier, text: str, lang: str):
    return classifier.language(lang).attributor.analyse(normalise(text), text=text)


def run_actor_examples(rulebook: Rulebook, blocks: list[str]) -> tuple[int, list[ActorExampleFailure]]:
    """Return (examples run, failures) of the blocks of actors.yml, as attribution reads them."""
    classifier = Classifier(rulebook)
    failures, n = [], 0
    for block in blocks:
        for lang, sentence, expected, got in _block_examples(rulebook, classifier, block):
            n += 1
            if got is not None:
                path, line = _example_line(rulebook, sentence)
                failures.append(ActorExampleFailure(path, line, block, lang, sentence, expected, got))
    return n, failures
