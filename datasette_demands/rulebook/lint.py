"""`datasette demands rules lint`: every check a contributor's YAML change must pass.

The loader (load.py) already refuses a broken rulebook; lint reports everything it can find
in one run, file by file, so that a contributor fixes all mistakes at once:

- the loader's own problems (YAML syntax, JSON Schema, category vs file name, duplicate ids,
  regexes that do not compile, match the empty string or backtrack catastrophically, cues);
- the same pattern checks for rules in files that fail the schema (the loader stops there);
- rule ids whose category prefix is not the file's category;
- keys written twice in one mapping (YAML silently keeps the last) and keys that are not text;
- patterns that can match an empty span (no evidence to show);
- files the loader ignores (``*.yaml``).

Warnings (exit code unaffected): fewer than two examples of a kind, an id whose language part
differs from the rule's ``lang``.

Nothing here raises on a contributor's mistake: every problem is a `RuleProblem` with the file,
the line and, where known, the rule id.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

import regex

from .cache import compile_pattern
from .cues import EXCLUDES
from .load import SPECIAL_FILES, load_packs
from .outlets import is_outlets_file
from .model import CORE_PACK, PATTERN_KINDS, RULE_LANGUAGES, RuleProblem, RulebookError, RulePack, core_version, default_rules_dir, pack_prefix
from .patterns import PATTERN_FLAGS, as_written, checked_pattern, normalised_away
from .yamlfile import (key_problems as find_key_problems, line_of, shown_path, load_schema, node_at, pack_category_schema, pack_schema,
                       read_yaml, validate)

MIN_EXAMPLES = 2
# Strings a pattern is tried on to see whether it can match an empty span somewhere.
_EMPTY_SPAN_PROBES = ("", " ", "a", "a b", "word, word.", "1-2", "!")
_HINTS = {
    "mapping values are not allowed": "a value containing ': ' must be quoted, e.g. '...'",
    "found unknown escape character": "in double quotes a backslash starts an escape; write patterns in single quotes",
    "expected <block end>": "check the indentation of this line and the one above",
    "did not find expected '-' indicator": "check the indentation of this line and the one above",
    "did not find expected key": "check the indentation of this line and the one above",
    "None is not of type 'string'": "the value is missing: write the text after the colon",
    "None is not of type 'array'": "the list is empty: write its items below it, one a line after '- '",
    "None is not of type 'object'": "nothing is under this key: write its keys below it, indented",
    "is not of type 'string'": "put the text in quotes",
    "is not of type 'array'": "a list: one item a line, each after '- ', or [a, b] on one line",
    "does not match '^[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*$'": ("an id is written in lower case, letters and digits, its parts "
                                                          "joined by '.', '_' or '-': ceasefire.it.fermare-armi"),
    "does not match '^[a-z][a-z0-9_]*$'": "a category is written in lower case, letters, digits and '_', as its file name",
    "backtracks catastrophically": ("a repeat inside a repeat, such as (a+)+ or (\\w+\\s?)+, can try every way of "
                                    "splitting a long text: repeat the inner part once, or bound it, as in (?:\\w+\\s){1,3}"),
    ".cue: ": "cue is true, false or the name of a cue group of cues.yml, in lower case: cue: strict",
}


@dataclass
class LintReport:
    directory: Path
    problems: list[RuleProblem] = field(default_factory=list)
    warnings: list[RuleProblem] = field(default_factory=list)
    files: int = 0
    rules: int = 0
    pack: str | None = None
    unread: list[str] = field(default_factory=list)  # category files whose rules could not be read at all

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        """One line per problem or warning, ordered by file and line: `file:line [rule] message`."""
        items = [(p, False) for p in self.problems] + [(w, True) for w in self.warnings]
        items.sort(key=lambda pw: (pw[0].file, pw[0].line or 0, pw[1]))
        return [format_problem(p, self.directory, warning=w) for p, w in items]

    def problem_lines(self) -> list[str]:
        """The problems alone (no warnings), as `lines` prints them."""
        items = sorted(self.problems, key=lambda p: (p.file, p.line or 0))
        return [format_problem(p, self.directory) for p in items]

    def summary(self) -> str:
        status = "FAILED" if self.problems else "ok"
        unread = f" (not counted: the rules of {', '.join(self.unread)}, which could not be read)" if self.unread else ""
        return (f"{pack_prefix(self.pack)}{status}: {len(self.problems)} problem(s), {len(self.warnings)} warning(s) "
                f"in {self.files} file(s), {self.rules} rule(s){unread}")


def format_problem(p: RuleProblem, directory: Path | None = None, warning: bool = False) -> str:
    path = p.file
    if directory is not None and "/" not in path and (directory / path).exists():
        path = shown_path(directory / path)
    if p.line:
        where = f"{path}:{p.line}"
    elif directory is not None and (directory / p.file).is_file():
        where = f"{path}:1"
    else:
        where = f"{path}:"  # the folder itself, or a file that cannot be read

    rule = f" [{p.rule_id}]" if p.rule_id else ""
    message = " ".join(str(p.message).split())
    if len(message) > 300:
        message = message[:297] + "..."
    if not p.hinted:
        message += _hint_for(message)
    return f"{pack_prefix(p.pack)}{where}{rule} {'warning: ' if warning else ''}{message}"


def _hint_for(message: str) -> str:
    """` (what to do)` for the first known message it contains, or nothing."""
    for needle, hint in _HINTS.items():
        if needle in message:
            return f" ({hint})"
    return ""


# --- per-file checks -------------------------------------------------------------


def _safe_validate(data, node, schema, fname, problems, rule_id_at=None) -> bool:
    try:
        return validate(data, node, schema, fname, problems, rule_id_at, duplicate_keys=False)  # _read_with_keys reported them
    except Exception as e:  # a shape jsonschema itself cannot digest
        problems.append(RuleProblem(fname, 1, None, f"cannot check this file against the schema: {e}"))
        return False


def _empty_span(p: str, samples) -> str | None:
    try:
        compiled = compile_pattern(p, PATTERN_FLAGS)  # from the start-up cache: lint runs after every edit
    except regex.error:
        return None
    # the pattern's own words (escapes removed) are the likeliest text for a lookahead to accept
    words = regex.findall(r"\w{2,}", regex.sub(r"\\.", " ", p))
    for s in list(_EMPTY_SPAN_PROBES) + words + [" ".join(words)] + list(samples):
        try:
            for m in compiled.finditer(s, timeout=0.2):
                if m.end() == m.start():
                    return f"pattern {as_written(p)} can match an empty span (at {m.start()} in {s[:40]!r}); it needs to match some text"
        except TimeoutError:
            return None
    return None


def _check_patterns(fname, rule_node, rid, rule: dict, problems):
    """Each pattern's problem is reported on the pattern's own line."""
    ex = rule.get("examples") if isinstance(rule.get("examples"), dict) else {}
    samples = [s for kind in ("match", "no_match") if isinstance(ex.get(kind), list)
               for s in ex[kind] if isinstance(s, str)]
    for kind in PATTERN_KINDS:
        pats = rule.get(kind)
        if not isinstance(pats, list):
            continue
        for j, p in enumerate(pats):
            if not isinstance(p, str) or not p:
                continue  # the schema reports it
            why = checked_pattern(p)
            if why is None and any(ord(c) < 0x20 for c in p):
                why = (f"pattern {as_written(p)} contains a control character (\\b in double quotes is a backspace); "
                       "write patterns in single quotes")
            why = why or normalised_away(p)
            if why is None and kind == "patterns":
                why = _empty_span(p, samples)
            if why:
                problems.append(RuleProblem(fname, line_of(node_at(rule_node, [kind, j])), rid, f"{kind}: {why}"))


def _read_with_keys(path: Path, problems):
    """Read a rulebook file and report its key problems; (None, None) when it cannot be checked
    further (unreadable, or a key that is not text, which the schema check would trip over)."""
    data, node = read_yaml(path, problems)
    if data is None:
        return None, None
    key_problems = find_key_problems(path.name, node)
    problems.extend(key_problems)
    if any("is not text" in p.message for p in key_problems):
        return None, None
    return data, node


def _lint_category_file(path: Path, schema, seen_ids, report: LintReport, problems):
    fname = path.name
    data, node = _read_with_keys(path, problems)
    if data is None:
        report.unread.append(fname)
        return

    rules = data.get("rules") if isinstance(data, dict) else None

    def rule_id_at(p):
        if len(p) >= 2 and p[0] == "rules" and isinstance(p[1], int) and isinstance(rules, list):
            r = rules[p[1]] if p[1] < len(rules) else None
            rid = r.get("id") if isinstance(r, dict) else None
            return rid if isinstance(rid, str) else None
        return None

    _safe_validate(data, node, schema, fname, problems, rule_id_at)
    if not isinstance(data, dict):
        return
    category = data.get("category")
    if isinstance(category, str) and category != path.stem:
        problems.append(RuleProblem(fname, line_of(node_at(node, ["category"])), None,
                                    f"category {category!r} must match the file name {path.stem!r}"))
    file_category = category if isinstance(category, str) else path.stem
    if not isinstance(rules, list):
        return
    for i, r in enumerate(rules):
        if not isinstance(r, dict):
            continue
        report.rules += 1
        rule_node = node_at(node, ["rules", i])
        line = line_of(rule_node)
        rid = r.get("id") if isinstance(r.get("id"), str) else None
        lang = r.get("lang")
        if rid:
            if rid in seen_ids:
                problems.append(RuleProblem(fname, line, rid, f"duplicate rule id (first defined in {seen_ids[rid]})"))
            else:
                seen_ids[rid] = f"{shown_path(path)}:{line}"
            parts = rid.split(".")
            if parts[0] != file_category:
                problems.append(RuleProblem(
                    fname, line, rid,
                    f"rule id must start with the category of its file: {file_category}.<lang>.<name>"))
            elif (len(parts) >= 3 and isinstance(lang, str) and lang in RULE_LANGUAGES
                  and parts[1] in RULE_LANGUAGES and parts[1] != lang):
                report.warnings.append(RuleProblem(
                    fname, line, rid, f"the id says language {parts[1]!r} but lang is {lang!r}"))
        if r.get("status") == "deprecated":
            continue
        _check_patterns(fname, rule_node, rid, r, problems)
        ex = r.get("examples")
        if isinstance(ex, dict):
            for kind in ("match", "no_match"):
                got = ex.get(kind)
                n = len(got) if isinstance(got, list) else 0
                if 0 < n < MIN_EXAMPLES:
                    report.warnings.append(RuleProblem(
                        fname, line_of(node_at(node, ["rules", i, "examples", kind])), rid,
                        f"only {n} {kind} example(s); give at least {MIN_EXAMPLES}"))


def _lint_cues(path: Path, directory: Path, problems, relaxed=False):
    fname = path.name
    data, node = _read_with_keys(path, problems)
    if data is None:
        return
    schema = load_schema(directory, "cues.schema.json")
    _safe_validate(data, node, pack_schema(schema) if relaxed else schema, fname, problems)
    if not isinstance(data, dict):
        return
    for lang, stances in data.items():
        if not isinstance(stances, dict):
            continue
        groups = stances.get(EXCLUDES) if isinstance(stances.get(EXCLUDES), dict) else {}
        lists = [([stance], pats) for stance, pats in stances.items() if stance != EXCLUDES]
        lists += [([EXCLUDES, name], pats) for name, pats in groups.items()]  # named like load_cues names them
        for at, pats in lists:
            if not isinstance(pats, list):
                continue
            for j, p in enumerate(pats):
                if isinstance(p, str) and p:
                    why = checked_pattern(p)
                    if why:
                        problems.append(RuleProblem(fname, line_of(node_at(node, [lang, *at, j])),
                                                    f"cues.{lang}.{'.'.join(at)}", why))


def _dedupe(problems: list[RuleProblem]) -> list[RuleProblem]:
    """Lint's own findings come first; the loader often reports the same thing again."""
    seen, out = set(), []
    for p in problems:
        key = (p.file, p.rule_id, p.message.split("; save the file")[0])
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def problem_lines(directory: str | Path | None, problems: list[RuleProblem]) -> list[str]:
    """Every problem of a rulebook folder that does not load, as `rules lint` prints it: the loader stops
    at the first problem of a file, lint goes on, so every command reports what lint reports
    (`problems`, the loader's, only if lint found nothing)."""
    report = lint_rulebook(directory)
    if report.problems:
        return report.problem_lines()
    directory = report.directory
    return [format_problem(p, directory) for p in sorted(problems, key=lambda p: (p.file, p.line or 0))]


def pack_problem_lines(packs: list[RulePack] | None, problems: list[RuleProblem]) -> list[str]:
    """problem_lines for rule packs: each pack with a problem is linted (among the packs it joins), each
    line names its pack (but the core's); problems found before any pack was read come first."""
    packs = packs or []
    folders = {p.name: p for p in packs}
    lines = [str(p) for p in problems if p.pack not in folders]
    for pack in packs:
        own = [p for p in problems if p.pack == pack.name]
        if not own:
            continue
        report = lint_rulebook(pack.directory, pack, packs)
        if report.problems:
            lines.extend(report.problem_lines())
        else:
            lines.extend(format_problem(p, Path(pack.directory)) for p in sorted(own, key=lambda p: (p.file, p.line or 0)))
    return lines


def lint_packs(packs: list[RulePack], to_check: list[RulePack]) -> list["LintReport"]:
    """A lint report for each pack of `to_check`, each checked among all of `packs`."""
    return [lint_rulebook(pack.directory, pack, packs) for pack in to_check]


def lint_rulebook(directory: str | Path | None = None, pack: RulePack | None = None,
                  among: list[RulePack] | None = None) -> LintReport:
    """Lint one rulebook folder: the core rules, or `pack` checked among the packs `among` (rule ids that
    clash with theirs, cues it uses that none gives); every problem and warning names the pack."""
    directory = Path(directory) if directory else default_rules_dir()
    pack = pack or RulePack(CORE_PACK, core_version(), directory)
    report = _lint_folder(directory, pack, among or [pack])
    report.pack = pack.name
    report.problems = [replace(p, pack=pack.name) for p in report.problems]
    report.warnings = [replace(p, pack=pack.name) for p in report.warnings]
    return report


def _lint_folder(directory: Path, pack: RulePack, among: list[RulePack]) -> LintReport:
    report = LintReport(directory)
    if not directory.is_dir():
        report.problems.append(RuleProblem(str(directory), None, None, "rules directory not found"))
        return report
    problems: list[RuleProblem] = []
    try:
        schema = load_schema(directory, "schema.json")
    except (OSError, ValueError) as e:
        report.problems.append(RuleProblem("schema.json", None, None, f"cannot read the schema: {e}"))
        return report
    seen_ids: dict[str, str] = {}
    for path in sorted(directory.iterdir()):
        if path.suffix == ".yaml":
            report.warnings.append(RuleProblem(path.name, None, None,
                                               "ignored: rulebook files must end in .yml"))
            continue
        if path.suffix != ".yml":
            continue
        report.files += 1
        kind = SPECIAL_FILES.get(path.name)
        try:
            if is_outlets_file(path.name):
                _read_with_keys(path, problems)  # schema, forms and patterns: checked by load_packs below
            elif kind == "cues":
                _lint_cues(path, directory, problems, relaxed=pack.name != CORE_PACK)
            elif kind in ("actors", "discourse"):
                _read_with_keys(path, problems)  # schema and patterns: checked by load_packs below
            elif kind == "pack":
                continue
            else:
                _lint_category_file(path, schema if pack.name == CORE_PACK else pack_category_schema(schema),
                                    seen_ids, report, problems)
        except Exception as e:  # a lint bug must not hide the rest of the report
            problems.append(RuleProblem(path.name, None, None, f"lint could not check this file: {type(e).__name__}: {e}"))
    try:
        load_packs([pack if p.name == pack.name else p for p in among]
                   + ([] if any(p.name == pack.name for p in among) else [pack]))
    except RulebookError as e:
        problems.extend(p for p in e.problems if p.pack in (pack.name, None))
    except Exception as e:
        if not problems:
            problems.append(RuleProblem(str(directory), None, None,
                                        f"the rulebook does not load: {type(e).__name__}: {e}"))
    report.problems = _dedupe(problems)
    return report
