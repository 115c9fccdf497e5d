"""Load the rulebook (rules/*.yml): validate, compile and fingerprint it.

A contributor's mistake must come back as a `RuleProblem` naming the file, the line
and the rule, never as a traceback, so every check here collects problems instead of
raising on the first one. `load_rulebook` raises `RulebookError` holding all of them.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass, field
from pathlib import Path

import jsonschema
import regex
import yaml


LANGUAGES = ("en", "it", "fr", "de", "es", "ru", "uk", "pl", "tr")
RULE_LANGUAGES = LANGUAGES + ("any",)
STANCES = ("demand", "reject", "agree")
SPECIAL_FILES = {"cues.yml": "cues", "actors.yml": "actors"}
PATTERN_FLAGS = regex.IGNORECASE | regex.UNICODE | regex.VERSION0
# A pattern that needs longer than this on one sentence is treated as runaway.
MATCH_TIMEOUT = 0.5


def default_rules_dir() -> Path:
    """The rulebook shipped in the wheel, or the repository's rules/ in a checkout."""
    here = Path(__file__).resolve().parent
    packaged = here / "rules"
    if packaged.is_dir():
        return packaged
    return here.parent / "rules"


@dataclass(frozen=True)
class RuleProblem:
    file: str
    line: int | None
    rule_id: str | None
    message: str

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "")
        rule = f" [{self.rule_id}]" if self.rule_id else ""
        return f"{where}{rule}: {self.message}"


class RulebookError(Exception):
    """The rulebook cannot be used; `problems` says where and why."""

    def __init__(self, problems: list[RuleProblem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass
class Rule:
    id: str
    category: str
    lang: str
    description: str
    file: str
    line: int
    patterns: list[str]
    requires: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    cue: bool = False
    status: str = "stable"
    author: str | None = None
    references: list[str] = field(default_factory=list)
    examples_match: list[str] = field(default_factory=list)
    examples_no_match: list[str] = field(default_factory=list)
    example_lines: dict[str, int] = field(default_factory=dict)
    _compiled: dict = field(default_factory=dict, repr=False, compare=False)

    # The alternations are compiled on first use: compiling all of them took most of the
    # rulebook's load time, and a build in one language never needs the others.
    def _alternation(self, kind: str):
        if kind not in self._compiled:
            self._compiled[kind] = compile_alternation(getattr(self, kind))
        return self._compiled[kind]

    @property
    def pattern_re(self):
        return self._alternation("patterns")

    @property
    def requires_re(self):
        return self._alternation("requires")

    @property
    def exclude_re(self):
        return self._alternation("exclude")


@dataclass
class Category:
    name: str
    title: str
    description: str
    file: str


@dataclass
class Rulebook:
    directory: Path
    categories: dict[str, Category]
    rules: list[Rule]
    # lang -> stance -> compiled alternation of the cue words
    cues: dict[str, dict[str, object]]
    cue_patterns: dict[str, dict[str, list[str]]]
    actors: dict
    fingerprint: str

    def rules_for(self, lang: str | None) -> list[Rule]:
        return [r for r in self.rules if r.lang == "any" or r.lang == lang]


# --- YAML with line numbers -------------------------------------------------


def _node_at(node, path):
    """Follow a JSON-Schema error path through a composed YAML node; return the deepest node."""
    for key in path:
        if isinstance(node, yaml.MappingNode):
            nxt = None
            for k, v in node.value:
                if k.value == key:
                    nxt = v
                    break
            if nxt is None:
                return node
            node = nxt
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        else:
            return node
    return node


def _line(node) -> int | None:
    return node.start_mark.line + 1 if node is not None else None


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: ~10x faster than pure Python


def _parse_yaml(text: str):
    """The node tree (for line numbers) and the data, from a single parse."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    return node, data


def read_yaml(path: Path, problems: list[RuleProblem]):
    """Parse one YAML file; return (data, root node) or (None, None) after noting a problem."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        problems.append(RuleProblem(path.name, None, None, f"cannot read file: {e.strerror}"))
        return None, None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[:e.start].count(b"\n") + 1
        problems.append(RuleProblem(path.name, line, None, f"not UTF-8 (byte {e.start}); save the file as UTF-8"))
        return None, None
    try:
        node, data = _parse_yaml(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark else None
        msg = getattr(e, "problem", None) or str(e)
        lines = text.splitlines()
        if line and line <= len(lines) and "\t" in lines[line - 1]:
            msg += " (a tab '\\t' on this line: YAML indents with spaces only)"
        problems.append(RuleProblem(path.name, line, None, f"invalid YAML: {msg}"))
        return None, None
    if data is None:
        problems.append(RuleProblem(path.name, 1, None, "file is empty"))
        return None, None
    return data, node


def _load_schema(directory: Path, name: str) -> dict:
    path = directory / name
    if not path.exists():
        path = default_rules_dir() / name
    return json.loads(path.read_text(encoding="utf-8"))


def _walk_mappings(node):
    if isinstance(node, yaml.MappingNode):
        yield node
        for k, v in node.value:
            yield from _walk_mappings(k)
            yield from _walk_mappings(v)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _walk_mappings(item)


def key_problems(fname: str, node, duplicates: bool = True) -> list[RuleProblem]:
    """Keys that are not text (1:, yes:, ~:) and, with `duplicates`, keys written twice in one mapping
    (YAML silently keeps the last)."""
    out = []
    for mapping in _walk_mappings(node):
        first_line = {}
        for k, _ in mapping.value:
            if not isinstance(k, yaml.ScalarNode):
                continue  # a complex key is already a YAML or schema error
            if k.tag != "tag:yaml.org,2002:str":
                out.append(RuleProblem(fname, _line(k), None,
                                       f"key {k.value!r} is not text; quote it or fix the name"))
                continue
            if duplicates and k.value in first_line:
                out.append(RuleProblem(fname, _line(k), None,
                                       f"key {k.value!r} appears twice in the same block (first on line "
                                       f"{first_line[k.value]}); YAML would keep only the last one"))
            else:
                first_line[k.value] = _line(k)
    return out


def _validate(data, node, schema, fname, problems, rule_id_at=None) -> bool:
    bad_keys = key_problems(fname, node, duplicates=False)  # jsonschema raises on such keys
    if bad_keys:
        problems.extend(bad_keys)
        return False
    validator = jsonschema.Draft202012Validator(schema)
    ok = True
    for err in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path))):
        ok = False
        path = list(err.absolute_path)
        where = ".".join(str(p) for p in path) or "(top level)"
        rid = rule_id_at(path) if rule_id_at else None
        problems.append(RuleProblem(fname, _line(_node_at(node, path)), rid, f"{where}: {err.message}"))
    return ok


# --- compilation -------------------------------------------------------------


def compile_alternation(patterns: list[str]):
    """One regex for a list of patterns. A branch reset (?|...) numbers each pattern's groups
    from 1, so a backreference such as \\1 keeps pointing into its own pattern."""
    if not patterns:
        return None
    return regex.compile("(?|" + "|".join(f"(?:{p})" for p in patterns) + ")", PATTERN_FLAGS)


def check_pattern(p: str) -> str | None:
    """Return why a single pattern is unusable, or None."""
    try:
        compiled = regex.compile(p, PATTERN_FLAGS)
    except regex.error as e:
        return f"pattern {p!r} does not compile: {e}"
    if compiled.search("", timeout=MATCH_TIMEOUT) is not None:
        return f"pattern {p!r} matches the empty string"
    slow = backtracking_probe(compiled)
    if slow is not None:
        return f"pattern {p!r} backtracks catastrophically (over {PROBE_TIMEOUT}s on {slow!r}...)"
    return None


PROBE_TIMEOUT = 0.1
# Probe strings are longer than the longest sentence the segmenter emits (segment.MAX_SENTENCE_CHARS,
# 2000), so a pattern that passes the probe cannot stall on any real sentence. The `regex` module
# defuses nested quantifiers on short strings, but (a+)+$ still needs seconds on ~1000 characters.
PROBE_LENGTH = 3000
# Each probe runs first at this length; only a pattern that is already slowish there (sound patterns
# take microseconds) is run at full length, which keeps the check cheap on a rulebook of 1000+ patterns.
PROBE_SHORT_LENGTH = 300
PROBE_ESCALATE = 0.0005
_PROBE_DEFAULT_CHARS = ("a", "я", "é", "1", "x")
_probe_cache: dict[tuple[str, int], str | None] = {}


def _probe_strings(pattern: str, n: int = PROBE_LENGTH) -> list[str]:
    """Adversarial inputs for one pattern, each about n characters and ending in a character
    that makes most patterns fail at the last moment (which is what forces the backtracking).
    The list has the same shape for every n."""
    letters = []
    for c in pattern.lower():
        if (c.isalpha() or c.isdigit()) and c not in letters:
            letters.append(c)
    chars = letters[:6] + [c for c in _PROBE_DEFAULT_CHARS if c not in letters[:6]]
    probes = []
    for c in chars:
        probes.append(c * n + "!")                      # (a+)+$, (x|xx)+y, (\w+\s?)+$
        probes.append((c + " ") * (n // 2) + "!")       # (\w+\s?)+$ on words
    probes.append("ab " * (n // 3) + "!")
    probes.append("a-" * (n // 2) + "!")
    probes.append(" " * n + "!")
    probes.append("\n" * n + "!")
    # (.*a){12}: fewer occurrences of the repeated group's last character than the count demands,
    # spread over the whole string, so that every way of splitting it gets tried.
    counts = set()
    for m in regex.finditer(r"\{(\d+)(?:,\d*)?\}", pattern):
        k = int(m.group(1))  # the minimum count: one occurrence fewer can never match
        if 3 <= k <= 100:
            counts.add(k)
    for k in sorted(counts):
        for c in chars[:6]:
            filler = "y" if c == "x" else "x"
            gap = max(1, n // (k - 1) - 1)
            probes.append((filler * gap + c) * (k - 1) + "!")
    return probes


def _too_slow(compiled, s: str) -> bool:
    try:
        compiled.search(s, timeout=PROBE_TIMEOUT)
    except TimeoutError:
        return True
    return False


def backtracking_probe(compiled) -> str | None:
    """Run a compiled pattern on adversarial strings; return the first too slow, or None.

    Nested or overlapping quantifiers ((a+)+$, (\\w+\\s?)+$, (x|xx)+y, (.*a){12}) take seconds on a
    few thousand repeated characters, while a sound pattern scans them in well under a millisecond;
    a probe counts as slow only when it times out twice, so a busy machine does not fail a good
    pattern. Results are cached per pattern for the life of the process.
    """
    key = (compiled.pattern, compiled.flags)
    if key in _probe_cache:
        return _probe_cache[key]
    slow = None
    short = _probe_strings(compiled.pattern, PROBE_SHORT_LENGTH)
    for s_short, s in zip(short, _probe_strings(compiled.pattern)):
        t0 = time.perf_counter()
        if not _too_slow(compiled, s_short) and time.perf_counter() - t0 < PROBE_ESCALATE:
            continue
        if _too_slow(compiled, s) and _too_slow(compiled, s):
            slow = s[:20]
            break
    _probe_cache[key] = slow
    return slow


def _compile_rule(rule: Rule, problems: list[RuleProblem]) -> bool:
    """Check every pattern of a rule (compiles, no empty match, no catastrophic backtracking).

    Verdicts are remembered across runs (_CheckedPatterns); the rule's alternations are
    compiled lazily on first use (Rule._alternation).
    """
    ok = True
    for kind in ("patterns", "requires", "exclude"):
        for p in getattr(rule, kind):
            why = checked_pattern(p)
            if why:
                problems.append(RuleProblem(rule.file, rule.line, rule.id, f"{kind}: {why}"))
                ok = False
    return ok


def checked_pattern(p: str) -> str | None:
    """check_pattern, skipped for patterns that passed it before."""
    cache = _checked_cache()
    if cache.known_good(p):
        return None
    why = check_pattern(p)
    if why is None:
        cache.add(p)
    return why


class _CheckedPatterns:
    """Patterns that already passed the backtracking probe, remembered across runs.

    Probing needs every pattern compiled on its own, which doubled the rulebook's load time.
    Like __pycache__, the verdicts are kept in the user's cache folder, keyed by the regex
    module's version and the probe's settings; any failure to read or write it is ignored.
    The match timeout still guards every search, so a stale entry cannot hang a build.
    """

    def __init__(self):
        import os

        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "datasette-demands"
        key = hashlib.sha256(repr((regex.__version__, PATTERN_FLAGS, PROBE_TIMEOUT, PROBE_LENGTH,
                                   PROBE_SHORT_LENGTH, _PROBE_DEFAULT_CHARS)).encode()).hexdigest()[:12]
        self.path = base / f"probed-patterns-{key}.txt"
        self.new: set[str] = set()
        try:
            self.good = set(self.path.read_text(encoding="utf-8").splitlines())
        except (OSError, UnicodeDecodeError):
            self.good = set()

    @staticmethod
    def _digest(p: str) -> str:
        return hashlib.sha256(p.encode("utf-8", "surrogatepass")).hexdigest()[:24]

    def known_good(self, p: str) -> bool:
        return self._digest(p) in self.good

    def add(self, p: str) -> None:
        d = self._digest(p)
        if d not in self.good:
            self.good.add(d)
            self.new.add(d)

    def save(self) -> None:
        if not self.new:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(self.path, "a", encoding="utf-8") as f:
                f.write("".join(d + "\n" for d in sorted(self.new)))
            self.new.clear()
        except OSError:
            pass


_checked: _CheckedPatterns | None = None


def _checked_cache() -> _CheckedPatterns:
    global _checked
    if _checked is None:
        _checked = _CheckedPatterns()
    return _checked


# --- loading -------------------------------------------------------------------


def _load_cues(path, problems, schema_dir):
    data, node = read_yaml(path, problems)
    if data is None:
        return {}, {}
    if not _validate(data, node, _load_schema(schema_dir, "cues.schema.json"), path.name, problems):
        return {}, {}
    compiled, raw = {}, {}
    for lang, stances in data.items():
        compiled[lang], raw[lang] = {}, {}
        for stance, pats in stances.items():
            bad = False
            for p in pats:
                why = checked_pattern(p)
                if why:
                    line = _line(_node_at(node, [lang, stance]))
                    problems.append(RuleProblem(path.name, line, f"cues.{lang}.{stance}", why))
                    bad = True
            if not bad:
                compiled[lang][stance] = compile_alternation(pats)
                raw[lang][stance] = list(pats)
    return compiled, raw


def _load_category_file(path, problems, schema, seen_ids):
    data, node = read_yaml(path, problems)
    if data is None:
        return None, []

    def rule_id_at(p):
        if len(p) >= 2 and p[0] == "rules" and isinstance(p[1], int):
            try:
                return data["rules"][p[1]].get("id")
            except (AttributeError, IndexError, KeyError, TypeError):
                return None
        return None

    if not _validate(data, node, schema, path.name, problems, rule_id_at):
        return None, []
    name = data["category"]
    if name != path.stem:
        problems.append(RuleProblem(path.name, _line(_node_at(node, ["category"])), None,
                                    f"category {name!r} must match the file name {path.stem!r}"))
        return None, []
    cat = Category(name, data.get("title", name.title()), data.get("description", ""), path.name)
    rules = []
    rule_nodes = _node_at(node, ["rules"]).value
    for i, r in enumerate(data["rules"]):
        rnode = rule_nodes[i]
        line = _line(rnode)
        rid = r["id"]
        if rid in seen_ids:
            problems.append(RuleProblem(path.name, line, rid, f"duplicate rule id (first defined in {seen_ids[rid]})"))
            continue
        seen_ids[rid] = f"{path.name}:{line}"
        if r.get("status") == "deprecated":
            continue
        ex = r.get("examples", {})
        ex_lines = {}
        for kind in ("match", "no_match"):
            seq = _node_at(rnode, ["examples", kind])
            if isinstance(seq, yaml.SequenceNode):
                for item, text in zip(seq.value, ex.get(kind, [])):
                    ex_lines[f"{kind}:{text}"] = _line(item)
        rule = Rule(
            id=rid, category=name, lang=r["lang"], description=r["description"], file=path.name, line=line,
            patterns=list(r["patterns"]), requires=list(r.get("requires", [])), exclude=list(r.get("exclude", [])),
            cue=bool(r.get("cue", False)), status=r.get("status", "stable"), author=r.get("author"),
            references=list(r.get("references", [])), examples_match=list(ex.get("match", [])),
            examples_no_match=list(ex.get("no_match", [])), example_lines=ex_lines,
        )
        if _compile_rule(rule, problems):
            rules.append(rule)
    return cat, rules


def fingerprint_of(directory: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(directory.glob("*.yml")):
        h.update(path.name.encode())
        h.update(b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()[:16]


def load_rulebook(directory: str | Path | None = None) -> Rulebook:
    """Load and check every file of a rulebook; raise RulebookError listing all problems."""
    directory = Path(directory) if directory else default_rules_dir()
    problems: list[RuleProblem] = []
    if not directory.is_dir():
        raise RulebookError([RuleProblem(str(directory), None, None, "rules directory not found")])
    schema = _load_schema(directory, "schema.json")
    categories, rules, seen = {}, [], {}
    cues, cue_patterns, actors = {}, {}, {}
    cues_broken = False
    for path in sorted(directory.glob("*.yml")):
        kind = SPECIAL_FILES.get(path.name)
        if kind == "cues":
            before = len(problems)
            cues, cue_patterns = _load_cues(path, problems, directory)
            cues_broken = len(problems) > before
        elif kind == "actors":
            from .actors import load_actors

            actors = load_actors(path, problems, directory)
        else:
            cat, file_rules = _load_category_file(path, problems, schema, seen)
            if cat:
                categories[cat.name] = cat
                rules.extend(file_rules)
    for rule in [] if cues_broken else rules:  # a broken cues.yml is reported once, not once per rule
        if rule.cue and rule.lang != "any" and rule.lang not in cues:
            problems.append(RuleProblem(rule.file, rule.line, rule.id,
                                        f"cue: true but cues.yml has no cues for language {rule.lang!r}"))
    if not categories and not problems:
        problems.append(RuleProblem(str(directory), None, None, "no category files (*.yml) found"))
    _checked_cache().save()
    if problems:
        raise RulebookError(problems)
    return Rulebook(directory, categories, rules, cues, cue_patterns, actors, fingerprint_of(directory))
