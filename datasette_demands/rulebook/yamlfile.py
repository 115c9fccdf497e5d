"""YAML with line numbers: every problem a contributor makes is reported at its file and line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from .model import RuleProblem, default_rules_dir


def node_at(node, path):
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


def shown_path(path: Path) -> str:
    """A file's path as a contributor would type it: relative to the working directory when the file is
    under it (`rules/ceasefire.yml`, whether the command was given `rules` or found the installed rules)."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(path)


def line_of(node) -> int | None:
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


_QUOTED_VALUE = re.compile(r"""^\s*(?:-\s+|[\w.-]+:\s+|-\s+[\w.-]+:\s+)(?P<q>['"])(?P<rest>.*)$""")


def _unclosed_quote_before(lines: list[str], line: int, reach: int = 5) -> int | None:
    """The line, at or up to `reach` lines before `line`, whose value opens a quote it does not close
    on that line (rule values are one-line scalars), or None."""
    for n in range(min(line, len(lines)), max(0, line - 1 - reach), -1):
        m = _QUOTED_VALUE.match(lines[n - 1])
        if not m:
            continue
        rest = m["rest"]
        if m["q"] == "'":
            closed = "'" in rest.replace("''", "")
        else:
            closed = re.search(r'(?<!\\)(?:\\\\)*"', rest) is not None
        if not closed:
            return n
    return None


# l'uso, (?:dell'|dei): in YAML's single quotes an apostrophe is written twice; after a letter, one followed by a
# letter or by regex syntax (a group's end, an alternation, an escape) is no closing quote
_LONE_APOSTROPHE = re.compile(r"(?<=\w)'(?=[\w)|\\(?\[])")
# where a single-quoted value opens: after a list's dash, a key's colon, or inside a flow list [...]
_OPENS_SINGLE_QUOTE = re.compile(r"(?:^\s*-\s+|:\s+|[\[,]\s*)'")


def _apostrophe_in_single_quotes(lines: list[str], line: int) -> int | None:
    """The line, `line` or the one before, whose single-quoted text holds a lone apostrophe between two letters
    ('\\bl'uso'): YAML ends the text there and reports the rest of the line as a structure error."""
    for n in (line, line - 1):
        if not 0 < n <= len(lines) or '"' in lines[n - 1]:
            continue
        text = lines[n - 1].split(" #")[0]
        # an apostrophe in an unquoted value ("a party's demand") ends nothing
        opens = _OPENS_SINGLE_QUOTE.search(text)
        if opens and _LONE_APOSTROPHE.search(text, opens.end()):
            return n
    return None


def _indented_into_the_value_above(lines: list[str], line: int) -> bool:
    """Whether `line` is indented more than the `key: value` line above it: YAML then reads it as more of that
    value and stops at its colon ("mapping values are not allowed"), where a key was meant."""
    if not 1 < line <= len(lines):
        return False
    above = next((lines[n] for n in range(line - 2, -1, -1) if lines[n].strip()), None)
    here = lines[line - 1]
    indent = len(here) - len(here.lstrip(" "))
    return (above is not None and re.match(r"\s*(?:-\s+)?[\w-]+:\s+\S", above) is not None
            and indent > len(above) - len(above.lstrip(" ")) + (2 if above.lstrip().startswith("- ") else 0))


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
        hinted = True  # unless none of the readings below applies
        lines = text.splitlines()
        context = getattr(e, "context_mark", None)
        if context is not None and "quoted scalar" in (getattr(e, "context", None) or ""):
            # inside a quoted value: a quote left open, or a bad escape in a closed one (no quote hint then)
            opened = _unclosed_quote_before(lines, context.line + 1, reach=0)
        else:
            opened = _unclosed_quote_before(lines, line) if line else None
        if opened:
            # a quote left open runs on into the next lines, so YAML notices only later: report where it opens
            msg += f" (line {opened} opens a quote it does not close; YAML noticed it on line {line})"
            line = opened
        elif (context is not None and "simple key" in (getattr(e, "context", None) or "")
              and "expected ':'" in msg and context.line + 1 < (line or 0)):
            # a key written without its colon: YAML reads on until the plain text ends, lines below
            msg += (f" (line {context.line + 1} reads as a key without its colon: write 'name: value'; "
                    f"YAML noticed it on line {line})")
            line = context.line + 1
        elif line and line <= len(lines) and "\t" in lines[line - 1]:
            msg += " (a tab '\\t' on this line: YAML indents with spaces only)"
        elif line and (apostrophe := _apostrophe_in_single_quotes(lines, line)):
            msg += (f" (line {apostrophe} has an apostrophe inside single quotes, which ends the text there: "
                    "write it twice, as in '\\bl''accordo')")
            line = apostrophe
        elif line and "mapping values are not allowed" in msg and _indented_into_the_value_above(lines, line):
            msg += (" (this line is indented more than the key above it, so YAML reads it as more of that key's "
                    "value: give it the indentation of its neighbours)")
        else:
            hinted = False
        problems.append(RuleProblem(path.name, line, None, f"invalid YAML: {msg}", hinted=hinted))
        return None, None
    if data is None:
        problems.append(RuleProblem(path.name, 1, None, "file is empty"))
        return None, None
    return data, node


def load_schema(directory: Path, name: str) -> dict:
    path = directory / name
    if not path.exists():
        path = default_rules_dir() / name
    return json.loads(path.read_text(encoding="utf-8"))


def pack_schema(schema: dict) -> dict:
    """The schema of cues.yml or actors.yml for a pack that extends the core ones: no key is required
    at the top or per language (a pack gives only what it adds); everything given is checked as usual."""
    schema = dict(schema)
    schema.pop("required", None)
    schema["patternProperties"] = {
        key: {k: v for k, v in sub.items() if k != "required"}
        for key, sub in (schema.get("patternProperties") or {}).items()}
    if not schema["patternProperties"]:
        del schema["patternProperties"]
    return schema


def pack_category_schema(schema: dict) -> dict:
    """The schema of a category file in a pack other than the core: `title` and `description` may be left
    out when the pack adds rules to a category another pack defines (the loader checks that a category new
    to the rulebook gives both)."""
    schema = dict(schema)
    schema["required"] = [k for k in schema.get("required", []) if k not in ("title", "description")]
    return schema


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
                out.append(RuleProblem(fname, line_of(k), None,
                                       f"key {k.value!r} is not text; quote it or fix the name"))
                continue
            if duplicates and k.value in first_line:
                out.append(RuleProblem(fname, line_of(k), None,
                                       f"key {k.value!r} appears twice in the same block (first on line "
                                       f"{first_line[k.value]}); YAML would keep only the last one"))
            else:
                first_line[k.value] = line_of(k)
    return out


def validate(data, node, schema, fname, problems, rule_id_at=None, duplicate_keys: bool = True) -> bool:
    """Check `data` against `schema`, each problem at its line. Keys that are not text stop it (jsonschema
    raises on them), and so do keys written twice, unless `duplicate_keys` is False (lint, which has already
    reported them and goes on to the schema): YAML keeps the last silently, so a rule's first `patterns`
    block would be lost without a word."""
    bad_keys = key_problems(fname, node, duplicates=duplicate_keys)
    if bad_keys:
        problems.extend(bad_keys)
        return False
    import jsonschema  # here: a rulebook from the start-up cache is never validated, and importing it costs 0.1-0.3 s

    validator = jsonschema.Draft202012Validator(schema)
    ok = True
    for err in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path))):
        ok = False
        path = list(err.absolute_path)
        where = ".".join(str(p) for p in path) or "(top level)"
        rid = rule_id_at(path) if rule_id_at else None
        at = node_at(node, path)
        unexpected = _unexpected_keys(err)
        if unexpected:  # point at the misspelt key itself, not at the block that holds it
            at = next((k for k, _ in getattr(at, "value", []) if getattr(k, "value", None) in unexpected), at)
        problems.append(RuleProblem(fname, line_of(at), rid, f"{where}: {_readable(err, schema, unexpected)}"))
    return ok


def _readable(err, schema, unexpected: set) -> str:
    """jsonschema's message, said in the words of a YAML file where Python's would puzzle a contributor:
    a list where the file wants keys, a misspelt key (`unexpected`: _unexpected_keys; lint adds hints to
    the others)."""
    expected = err.validator_value if err.validator == "type" else None
    if expected == "object" and isinstance(err.instance, list) and not list(err.absolute_path):
        keys = list((schema.get("properties") or {})) if isinstance(schema, dict) else []
        under = f" (the file's keys: {', '.join(keys)})" if keys else ""
        return f"the file is a list, but it must be keys with values: put the list under its key{under}"
    if unexpected:
        allowed = sorted((err.schema.get("properties") or {})) if isinstance(err.schema, dict) else []
        return (f"unknown key {', '.join(repr(k) for k in sorted(unexpected))}"
                + (f"; the keys here are: {', '.join(allowed)}" if allowed else ""))
    return err.message


def _unexpected_keys(err) -> set:
    if err.validator != "additionalProperties" or not isinstance(err.instance, dict):
        return set()
    allowed = set((err.schema.get("properties") or {})) if isinstance(err.schema, dict) else set()
    patterns = (err.schema.get("patternProperties") or {}) if isinstance(err.schema, dict) else {}
    return {k for k in err.instance if k not in allowed and not any(re.search(p, k) for p in patterns)}
