"""The rulebook loader: a contributor's mistake comes back as file:line [rule] message, never a traceback,
and a broken rulebook stops a build before it touches the database."""

import hashlib
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from datasette_demands.rulebook import patterns as rb
from datasette_demands.cli import demands
from datasette_demands.rulebook.load import load_rulebook
from datasette_demands.rulebook.model import RulebookError
from datasette_demands.rulebook.patterns import backtracking_probe, check_pattern

ROOT = Path(__file__).resolve().parent.parent
DATASETTE = Path(sys.executable).parent / "datasette"

CUES = r"""en:
  demand: ['\b(?:demand|insist|want)\w*']
  reject: ['\breject\w*']
  agree: ['\bagree\w*']
"""

CEASEFIRE = r"""category: ceasefire
title: Ceasefire
description: Stopping the fighting.
rules:
  - id: ceasefire.en.truce
    lang: en
    description: A truce as a party's position
    patterns:
      - '\btruces?\b'
      - '\bcease-?fires?\b'
    cue: true
    examples:
      match:
        - "Kyiv demands a truce."
        - "Moscow rejected the ceasefire."
      no_match:
        - "The truce held overnight."
        - "Fighting went on near Kherson."
"""

PRISONERS = r"""category: prisoners
title: Prisoners
description: Exchanges and releases.
rules:
  - id: prisoners.en.exchange
    lang: en
    description: A prisoner exchange
    patterns: ['\bprisoners? (?:exchange|swap)s?\b', '\bexchange of prisoners\b']
    examples:
      match: ["They agreed a prisoner exchange.", "An exchange of prisoners took place."]
      no_match: ["The exchange rate fell.", "Prisons were crowded."]
"""


def write_rulebook(directory: Path, **files) -> Path:
    """A small valid rulebook in `directory`; keyword arguments replace or add files (name_yml=text)."""
    directory.mkdir(parents=True, exist_ok=True)
    contents = {"cues.yml": CUES, "ceasefire.yml": CEASEFIRE, "prisoners.yml": PRISONERS}
    for key, text in files.items():
        contents[key.replace("_yml", ".yml")] = text
    for name, text in contents.items():
        if text is None:
            continue
        if isinstance(text, bytes):
            (directory / name).write_bytes(text)
        else:
            (directory / name).write_text(text, encoding="utf-8")
    return directory


def line_of(text: str, needle: str, nth: int = 1) -> int:
    """1-based line of the nth line containing needle."""
    hits = [i for i, line in enumerate(text.splitlines(), start=1) if needle in line]
    return hits[nth - 1]


def problems_of(directory):
    with pytest.raises(RulebookError) as info:
        load_rulebook(directory)
    return info.value.problems


def test_small_rulebook_loads(tmp_path):
    book = load_rulebook(write_rulebook(tmp_path))
    assert sorted(book.categories) == ["ceasefire", "prisoners"]
    assert [r.id for r in book.rules] == ["ceasefire.en.truce", "prisoners.en.exchange"]
    truce = book.rules[0]
    assert truce.line == line_of(CEASEFIRE, "- id: ceasefire.en.truce") and truce.cue
    assert truce.example_lines["match:Kyiv demands a truce."] == line_of(CEASEFIRE, "Kyiv demands")


def test_shipped_rulebook_loads():
    book = load_rulebook(ROOT / "rules")
    assert set(book.categories) == {"neutrality", "territory", "reparations", "ceasefire", "prisoners"}
    assert book.rules


def test_broken_yaml_reports_the_line(tmp_path):
    text = CEASEFIRE.replace("    description: A truce as a party's position",
                             "    description: Demand: a truce")
    problems = problems_of(write_rulebook(tmp_path, ceasefire_yml=text))
    assert len(problems) == 1
    p = problems[0]
    assert (p.file, p.line) == ("ceasefire.yml", line_of(text, "Demand: a truce"))
    assert "invalid YAML" in p.message


def test_tab_indentation_reports_the_line(tmp_path):
    text = CEASEFIRE.replace("    cue: true", "\tcue: true")
    [p] = problems_of(write_rulebook(tmp_path, ceasefire_yml=text))
    assert (p.file, p.line) == ("ceasefire.yml", line_of(text, "\tcue: true"))
    assert "\\t" in p.message


def test_invalid_regex_names_file_and_rule(tmp_path):
    text = CEASEFIRE.replace(r"'\btruces?\b'", r"'\btruce(s?\b'")
    [p] = problems_of(write_rulebook(tmp_path, ceasefire_yml=text))
    assert (p.file, p.rule_id) == ("ceasefire.yml", "ceasefire.en.truce")
    assert p.line == line_of(text, r"'\btruce(s?\b'")  # the pattern's own line, as lint says
    assert "does not compile" in p.message and r"'\btruce(s?\b'" in p.message  # as written in YAML
    assert str(p).startswith(f"ceasefire.yml:{p.line} [ceasefire.en.truce]")


CATASTROPHIC = [r"(a+)+$", r"(\w+\s?)+$", r"(x|xx)+y", r"(.*a){12}", r"\b(?:\w+\s?)+$", r"^(a|aa)+$"]


@pytest.mark.parametrize("pattern", CATASTROPHIC)
def test_backtracking_probe_catches_nested_quantifiers_quickly(pattern):
    compiled = rb.regex.compile(pattern, rb.PATTERN_FLAGS)
    rb._probe_cache.clear()
    t0 = time.process_time()  # this process's CPU time: a busy machine's other work does not count
    assert backtracking_probe(compiled) is not None
    assert time.process_time() - t0 < 5
    assert "backtracks catastrophically" in check_pattern(pattern)


SOUND = [
    r"\btruces?\b", r"\b(?:перемири|перемир)\w*", r"\bateşkes\w*", r"(?:\w+\s+){0,4}ceasefire",
    r"\bcall\w*\W+(?:\w+\W+){0,5}?truce", r".{0,80}\bceasefire", r"[^.]*\bceasefire", r"\bprisoners?\b.{0,60}\bexchange",
    r"\b(?:demand|insist|urg|call)(?:s|ed|ing)?\b", r"\bZaporiz\w*|\bЗапоріж\w*|\bZaporoż\w*", r"\b\w+(?:-\w+)*\s+truce",
]


@pytest.mark.parametrize("pattern", SOUND)
def test_probe_accepts_sound_patterns(pattern):
    assert check_pattern(pattern) is None


# Linear, but heavy: lookbehinds tried at every one of the probe's 3,000 positions, as in the rulebook's rejection cues.
HEAVY_SOUND = (r"(?:(?<!\b(?:rejet\w*|refus\w*|écart\w*) (?:de nouveau|à nouveau|catégoriquement) )"
               r"(?<!\bprojet d')(?<!\bavant de )(?<!\b(?:entretien|entretiens|intervention)s? )\bdemand\w*)")


def test_probe_accepts_a_slow_sound_pattern_when_the_screen_runs_out(monkeypatch):
    """A busy machine can push a sound pattern past the screening timeout; the confirmation, run with the long
    timeout, must still pass it (CI once refused the rulebook's own cues this way)."""
    monkeypatch.setattr(rb, "PROBE_TIMEOUT", 1e-6)
    rb._probe_cache.clear()
    compiled = rb.regex.compile(HEAVY_SOUND, rb.PATTERN_FLAGS)
    assert backtracking_probe(compiled) is None
    rb._probe_cache.clear()
    assert backtracking_probe(rb.regex.compile(r"(a+)+$", rb.PATTERN_FLAGS)) is not None


def test_catastrophic_pattern_refused_with_file_line_and_rule(tmp_path):
    text = CEASEFIRE.replace(r"'\bcease-?fires?\b'", r"'(\w+\s?)+$'")
    # the bound is on this process's CPU time, what the lint itself spends (loading the rulebook takes several seconds
    # alone); a pattern that hung would spend it without end, while wall time also counts other jobs on a busy machine
    t0 = time.process_time()
    [p] = problems_of(write_rulebook(tmp_path, ceasefire_yml=text))
    assert time.process_time() - t0 < 30
    assert (p.file, p.line, p.rule_id) == ("ceasefire.yml", line_of(text, r"'(\w+\s?)+$'"), "ceasefire.en.truce")
    assert "backtracks catastrophically" in p.message


def test_duplicate_rule_ids(tmp_path):
    rule = CEASEFIRE[CEASEFIRE.index("  - id:"):]
    text = CEASEFIRE + rule
    [p] = problems_of(write_rulebook(tmp_path, ceasefire_yml=text))
    assert (p.file, p.rule_id) == ("ceasefire.yml", "ceasefire.en.truce")
    assert p.line == line_of(text, "- id: ceasefire.en.truce", nth=2)
    assert f"first defined in {tmp_path / 'ceasefire.yml'}:{line_of(text, '- id: ceasefire.en.truce')}" in p.message


def test_unknown_language(tmp_path):
    text = CEASEFIRE.replace("    lang: en", "    lang: xx")
    [p] = problems_of(write_rulebook(tmp_path, ceasefire_yml=text))
    assert (p.file, p.line, p.rule_id) == ("ceasefire.yml", line_of(text, "lang: xx"), "ceasefire.en.truce")
    assert "'xx' is not one of" in p.message


def test_unknown_category(tmp_path):
    text = CEASEFIRE.replace("category: ceasefire", "category: armistice")
    [p] = problems_of(write_rulebook(tmp_path, ceasefire_yml=text))
    assert (p.file, p.line) == ("ceasefire.yml", 1)
    assert "must match the file name" in p.message


def test_pattern_matching_the_empty_string(tmp_path):
    text = CEASEFIRE.replace(r"'\bcease-?fires?\b'", r"'(?:ceasefire)?'")
    [p] = problems_of(write_rulebook(tmp_path, ceasefire_yml=text))
    assert (p.file, p.rule_id) == ("ceasefire.yml", "ceasefire.en.truce")
    assert "matches the empty string" in p.message


def test_non_utf8_file(tmp_path):
    raw = CEASEFIRE.replace("Fighting went on", "Combats à Kherson").encode("latin-1")
    [p] = problems_of(write_rulebook(tmp_path, ceasefire_yml=raw))
    assert p.file == "ceasefire.yml" and "not UTF-8" in p.message


@pytest.mark.parametrize("content", ["", "\n\n", "# only a comment\n"])
def test_empty_file(tmp_path, content):
    [p] = problems_of(write_rulebook(tmp_path, prisoners_yml=content))
    assert (p.file, p.line) == ("prisoners.yml", 1) and "empty" in p.message


def test_missing_examples(tmp_path):
    start = PRISONERS.index("    examples:")
    text = PRISONERS[:start]
    [p] = problems_of(write_rulebook(tmp_path, prisoners_yml=text))
    assert (p.file, p.rule_id, p.line) == ("prisoners.yml", "prisoners.en.exchange", line_of(text, "- id:"))
    assert "'examples' is a required property" in p.message


def test_wrong_types_are_problems_not_tracebacks(tmp_path):
    text = PRISONERS.replace("    lang: en", "    lang: en\n    cue: maybe").replace(
        "description: A prisoner exchange", "description: 2025-05-16")
    problems = problems_of(write_rulebook(tmp_path, prisoners_yml=text))
    lines = {p.line for p in problems}
    assert lines == {line_of(text, "cue: maybe"), line_of(text, "2025-05-16")}
    assert all(p.rule_id == "prisoners.en.exchange" for p in problems)


def test_all_problems_reported_at_once(tmp_path):
    d = write_rulebook(tmp_path, ceasefire_yml=CEASEFIRE.replace("lang: en", "lang: xx"), prisoners_yml="")
    files = {p.file for p in problems_of(d)}
    assert files == {"ceasefire.yml", "prisoners.yml"}


# --- a broken rulebook stops a build before it touches the database ---------------------------------


def _snapshot(db: Path) -> dict:
    out = {}
    for suffix in ("", "-wal", "-shm"):
        f = Path(str(db) + suffix)
        out[suffix] = hashlib.sha256(f.read_bytes()).hexdigest() if f.exists() else None
    return out


@pytest.fixture(scope="module")
def built_db(tmp_path_factory):
    base = tmp_path_factory.mktemp("build")
    rules = write_rulebook(base / "rules")
    inputs = base / "in.jsonl"
    inputs.write_text("\n".join(json.dumps(r) for r in [
        {"id": "a", "lang": "en", "text": "Kyiv demands a truce. Moscow wants a prisoner exchange."},
        {"id": "b", "lang": "en", "text": "The exchange rate fell."},
    ]) + "\n", encoding="utf-8")
    db = base / "demands.db"
    result = CliRunner().invoke(demands, ["build", str(db), str(inputs), "--rules", str(rules)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return db, inputs


BROKEN = {
    "malformed-yaml": ("ceasefire_yml", CEASEFIRE.replace("    cue: true", "    cue: true: false"),
                       "ceasefire.yml:" + str(line_of(CEASEFIRE, "    cue: true")), None),
    "catastrophic": ("ceasefire_yml", CEASEFIRE.replace(r"'\btruces?\b'", r"'(a+)+$'"),
                     "ceasefire.yml:" + str(line_of(CEASEFIRE, r"'\btruces?\b'")), "[ceasefire.en.truce]"),
    "unknown-category": ("ceasefire_yml", CEASEFIRE.replace("category: ceasefire", "category: cease"),
                         "ceasefire.yml:1", None),
    "unknown-language": ("prisoners_yml", PRISONERS.replace("lang: en", "lang: pt"),
                         "prisoners.yml:" + str(line_of(PRISONERS, "lang: en")), "[prisoners.en.exchange]"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_build_with_broken_rulebook_refuses_and_leaves_db_untouched(built_db, tmp_path, case):
    db, inputs = built_db
    key, text, where, rule = BROKEN[case]
    rules = write_rulebook(tmp_path / "rules", **{key: text})
    before = _snapshot(db)
    mtime = db.stat().st_mtime_ns
    proc = subprocess.run([str(DATASETTE), "demands", "build", str(db), str(inputs), "--rules", str(rules)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout
    assert where in proc.stderr
    if rule:
        assert rule in proc.stderr
    assert _snapshot(db) == before
    assert db.stat().st_mtime_ns == mtime


def test_build_with_broken_rulebook_creates_no_database(tmp_path):
    rules = write_rulebook(tmp_path / "rules", prisoners_yml="")
    inputs = tmp_path / "in.jsonl"
    inputs.write_text(json.dumps({"id": "a", "lang": "en", "text": "A truce."}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(demands, ["build", str(tmp_path / "new.db"), str(inputs), "--rules", str(rules)])
    assert result.exit_code == 2
    assert "prisoners.yml:1" in result.output
    assert not (tmp_path / "new.db").exists()


def test_non_text_key_is_a_clean_error_for_build(tmp_path):
    """A number as a language key once made jsonschema raise a TypeError: build printed a traceback."""
    import shutil
    import subprocess
    import sys

    from datasette_demands.rulebook.model import default_rules_dir

    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    cues = rules / "cues.yml"
    cues.write_text(cues.read_text(encoding="utf-8") + "1:\n  demand: ['x']\n", encoding="utf-8")
    line = cues.read_text(encoding="utf-8").splitlines().index("1:") + 1
    exe = str(Path(sys.executable).parent / "datasette")
    r = subprocess.run([exe, "demands", "build", str(tmp_path / "x.db"), "--rules", str(rules)],
                       capture_output=True, text=True)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    assert f"{cues}:{line} key '1' is not text" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1  # reported once, not once per rule using cues


def test_backreference_stays_inside_its_own_pattern():
    """Patterns are joined into one alternation; \\1 in the second must not refer to the first's group."""
    from datasette_demands.rulebook.patterns import compile_alternation

    alt = compile_alternation([r"(truce)s? now", r"\b(\d+) for \1\b"])
    assert alt.search("1000 for 1000")
    assert not alt.search("1000 for 999")


def test_checked_patterns_are_remembered_but_bad_ones_never(tmp_path, monkeypatch):
    from datasette_demands.rulebook import patterns as rb

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(rb, "_checked", None)
    assert rb.checked_pattern(r"\btruce\b") is None
    assert "backtracks catastrophically" in rb.checked_pattern(r"(a+)+$")
    rb.checked_cache().save()
    monkeypatch.setattr(rb, "_checked", None)  # a new process
    cache = rb.checked_cache()
    assert cache.known_good(r"\btruce\b")
    assert not cache.known_good(r"(a+)+$")


# --- exclude_in_match: patterns that stop one match, looked for inside its own words -------------------------

TERRITORY_IN_MATCH = r"""category: territory
title: Territory
description: Land.
rules:
  - id: territory.en.cede
    lang: en
    description: Ceding land
    patterns: ['\bcede\w*\b[^.;]{0,40}?\b(?:land|territory)\b']
    exclude_in_match: ['\bprisoners?\b']
    examples:
      match: ["Kyiv will not cede any land.", "Kyiv will not cede land, though it offered to free all prisoners."]
      no_match: ["They ceded 90 prisoners on Belarusian territory.", "Prisoners were freed."]
"""


def test_exclude_in_match_stops_the_match_that_holds_it_not_the_sentence(tmp_path):
    from datasette_demands.labelling.classify import Classifier

    book = load_rulebook(write_rulebook(tmp_path, territory_yml=TERRITORY_IN_MATCH))
    rule = next(r for r in book.rules if r.id == "territory.en.cede")
    assert rule.exclude_in_match == [r"\bprisoners?\b"] and rule.exclude == []
    classifier = Classifier(book)

    def territory(text):
        return [m.text for lb in classifier.classify(text, "en") if lb.category == "territory" for m in lb.matches]

    # the prisoners are in another clause: the match stands (a sentence-wide `exclude` would have dropped it)
    assert territory("Kyiv will not cede land, though it offered to free all prisoners.") == ["cede land"]
    # the prisoners are what was handed over: inside the match, which does not count
    assert territory("They ceded 90 prisoners on Belarusian territory.") == []
    # one match of two falls; the other stays
    assert territory("They ceded 90 prisoners on Belarusian territory; Moscow wants Kyiv to cede its land.") == [
        "cede its land"]


def test_exclude_in_match_is_part_of_a_rules_signature_only_when_it_has_one(tmp_path):
    from datasette_demands.rulebook.diff import rule_signature

    plain = TERRITORY_IN_MATCH.replace("    exclude_in_match: ['\\bprisoners?\\b']\n", "")
    assert plain != TERRITORY_IN_MATCH
    with_it = load_rulebook(write_rulebook(tmp_path / "a", territory_yml=TERRITORY_IN_MATCH))
    without = load_rulebook(write_rulebook(tmp_path / "b", territory_yml=plain))
    def cede(book):
        return rule_signature(next(r for r in book.rules if r.id == "territory.en.cede"))

    assert cede(with_it) != cede(without)  # relabel sees the change
    # the other rules keep the signatures they had before the key existed
    assert rule_signature(next(r for r in with_it.rules if r.id == "prisoners.en.exchange")) == \
        rule_signature(next(r for r in without.rules if r.id == "prisoners.en.exchange"))


def test_a_broken_exclude_in_match_pattern_is_named_by_lint(tmp_path):
    broken = TERRITORY_IN_MATCH.replace("exclude_in_match: ['\\bprisoners?\\b']", "exclude_in_match: ['(prisoners']")
    problems = problems_of(write_rulebook(tmp_path, territory_yml=broken))
    assert any("exclude_in_match" in str(p) for p in problems), problems
