"""`datasette demands rules lint`: one `file:line [rule] message` line per problem, exit 1, no traceback."""

import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from datasette_demands.cli import demands
from datasette_demands.rulebook.lint import lint_rulebook

from test_rulebook import CEASEFIRE, CUES, PRISONERS, line_of, write_rulebook

ROOT = Path(__file__).resolve().parent.parent
DATASETTE = Path(sys.executable).parent / "datasette"
LINE = re.compile(r"^(?P<file>\S.*?):(?P<line>\d+)(?: \[(?P<rule>[^\]]+)\])? (?P<message>.+)$")


def lint(directory):
    result = CliRunner().invoke(demands, ["rules", "lint", str(directory)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = result.output.splitlines()
    return result.exit_code, lines[:-1], lines[-1]


def parsed(lines):
    out = []
    for line in lines:
        m = LINE.match(line)
        assert m, f"not file:line [rule] message: {line!r}"
        out.append(m.groupdict())
    return out


def one_problem(directory, file, line, rule, fragment):
    code, lines, summary = lint(directory)
    assert code == 1, lines
    assert summary.startswith("FAILED: 1 problem")
    problems = [p for p in parsed(lines) if not p["message"].startswith("warning:")]
    assert len(problems) == 1, lines
    p = problems[0]
    assert p["file"] == str(directory / file)
    assert int(p["line"]) == line
    assert p["rule"] == rule
    assert fragment in p["message"]
    return p


def test_clean_rulebook(tmp_path):
    code, lines, summary = lint(write_rulebook(tmp_path))
    assert code == 0
    assert lines == []
    assert summary == "ok: 0 problem(s), 0 warning(s) in 3 file(s), 2 rule(s)"


def test_shipped_rulebook_is_clean():
    code, lines, summary = lint(ROOT / "rules")
    problems = [line for line in lines if " warning: " not in line]
    assert code == 0 and problems == [], "\n".join(problems)


def test_broken_yaml(tmp_path):
    text = CEASEFIRE.replace("    cue: true", "    cue: true\n   patterns: x")
    one_problem(write_rulebook(tmp_path, ceasefire_yml=text), "ceasefire.yml",
                line_of(text, "   patterns: x"), None, "invalid YAML")


def test_the_summary_says_which_file_s_rules_were_not_counted(tmp_path):
    """A contributor whose YAML breaks saw the rule count fall with no word why: the summary names the file whose
    rules could not be read; a rulebook that reads whole says nothing of the kind."""
    broken = write_rulebook(tmp_path / "broken", ceasefire_yml=CEASEFIRE.replace("    cue: true", "\tcue: true"))
    assert lint(broken)[2].endswith("(not counted: the rules of ceasefire.yml, which could not be read)")
    assert "not counted" not in lint(write_rulebook(tmp_path / "whole", ceasefire_yml=CEASEFIRE))[2]


def test_tabs_get_a_hint(tmp_path):
    text = CEASEFIRE.replace("    cue: true", "\tcue: true")
    p = one_problem(write_rulebook(tmp_path, ceasefire_yml=text), "ceasefire.yml",
                    line_of(text, "\tcue"), None, "invalid YAML")
    assert "indents with spaces only" in p["message"]
    assert p["message"].count("spaces") == 1  # one piece of advice, not the same twice


def test_an_unclosed_quote_is_reported_where_it_opens(tmp_path):
    # YAML reads on past the open quote and fails a line later: the problem names the line to fix
    text = CEASEFIRE.replace(r"'\bcease-?fires?\b'", r"'\bcease-?fires?\b")
    p = one_problem(write_rulebook(tmp_path, ceasefire_yml=text), "ceasefire.yml",
                    line_of(text, r"\bcease-?fires?\b"), None, "invalid YAML")
    assert "opens a quote it does not close" in p["message"]


def test_a_bad_escape_in_closed_double_quotes_gets_the_single_quote_advice_not_the_quote_hint(tmp_path):
    text = CEASEFIRE.replace(r"'\bcease-?fires?\b'", r'"\bcease-?fire\w*"')  # \w is no YAML escape
    p = one_problem(write_rulebook(tmp_path, ceasefire_yml=text), "ceasefire.yml",
                    line_of(text, r"\bcease-?fire\w*"), None, "invalid YAML")
    assert "single quotes" in p["message"] and "does not close" not in p["message"]


def test_a_closed_quote_with_an_escaped_quote_inside_gets_no_quote_hint(tmp_path):
    text = CEASEFIRE.replace("    cue: true", "    cue: true\n   patterns: x").replace(
        r"'\bcease-?fires?\b'", r"'\bcease-?fire''s\b'")
    p = one_problem(write_rulebook(tmp_path, ceasefire_yml=text), "ceasefire.yml",
                    line_of(text, "   patterns: x"), None, "invalid YAML")
    assert "quote" not in p["message"]


def test_invalid_regex_on_its_own_line(tmp_path):
    text = CEASEFIRE.replace(r"'\bcease-?fires?\b'", r"'\bcease[fire'")
    one_problem(write_rulebook(tmp_path, ceasefire_yml=text), "ceasefire.yml",
                line_of(text, r"\bcease[fire"), "ceasefire.en.truce", "does not compile")


def test_an_unclosed_group_is_named_where_it_opens(tmp_path):
    # regex says "missing ) at position <the end>"; the contributor needs the ( that lacks it
    text = CEASEFIRE.replace(r"'\bcease-?fires?\b'", r"'\b(?:cease-?fire|truce(?:s)? now\b'")
    one_problem(write_rulebook(tmp_path, ceasefire_yml=text), "ceasefire.yml", line_of(text, "truce(?:s)? now"),
                "ceasefire.en.truce", "(the '(' at position 2 is never closed)")
    # escaped brackets and brackets in a character class are no groups
    from datasette_demands.rulebook.patterns import unclosed_group
    assert unclosed_group(r"\(x(y") == 3 and unclosed_group(r"[(]x(y") == 4 and unclosed_group(r"[]()]a(b") == 6
    assert unclosed_group(r"(?:a|b)(c)") is None


def test_catastrophic_pattern(tmp_path):
    text = PRISONERS.replace(r"'\bexchange of prisoners\b'", r"'(x|xx)+y'")
    t0 = time.perf_counter()
    p = one_problem(write_rulebook(tmp_path, prisoners_yml=text), "prisoners.yml",
                    line_of(text, "(x|xx)+y"), "prisoners.en.exchange", "backtracks catastrophically")
    assert time.perf_counter() - t0 < 10
    # what the test text was, in words, and what to do about it
    assert "a test text of 'x' repeated" in p["message"] and "repeat the inner part once" in p["message"]


def test_an_upper_case_id_is_told_to_be_lower_case(tmp_path):
    text = PRISONERS.replace("prisoners.en.exchange", "prisoners.en.Exchange")
    p = one_problem(write_rulebook(tmp_path, prisoners_yml=text), "prisoners.yml", line_of(text, "prisoners.en.Exchange"),
                    "prisoners.en.Exchange", "does not match")
    assert "written in lower case" in p["message"]


def test_a_dotted_capital_i_is_named(tmp_path):
    """Turkish İ is written I before matching (labelling/normalise.py): a pattern holding it can never
    match, so lint says so on its line and tells what to write."""
    text = CEASEFIRE.replace(r"'\bcease-?fires?\b'", r"'\bİstanbul ateşkes\w*'")
    one_problem(write_rulebook(tmp_path, ceasefire_yml=text), "ceasefire.yml",
                line_of(text, r"\bİstanbul ateşkes"), "ceasefire.en.truce", "write I, which matches İ, I and i")


def test_duplicate_ids_across_files(tmp_path):
    # the same id in two files: the second is reported, pointing at the first
    rule = PRISONERS[PRISONERS.index("  - id:"):]
    text = CEASEFIRE + rule.replace("prisoners.en.exchange", "ceasefire.en.truce")
    d = write_rulebook(tmp_path, ceasefire_yml=text)
    one_problem(d, "ceasefire.yml", line_of(text, "- id: ceasefire.en.truce", nth=2), "ceasefire.en.truce",
                f"duplicate rule id (first defined in {d / 'ceasefire.yml'}:{line_of(text, '- id: ceasefire.en.truce')})")


def test_rule_id_of_another_category(tmp_path):
    text = PRISONERS.replace("id: prisoners.en.exchange", "id: ceasefire.en.exchange")
    one_problem(write_rulebook(tmp_path, prisoners_yml=text), "prisoners.yml", line_of(text, "- id:"),
                "ceasefire.en.exchange", "must start with the category of its file: prisoners.")


def test_a_rule_id_of_another_category_stops_every_command_as_lint_does(tmp_path):
    # the id's category is what its labels would carry: classify, rules test and eval refuse the rulebook
    text = PRISONERS.replace("id: prisoners.en.exchange", "id: ceasefire.en.exchange")
    d = write_rulebook(tmp_path, prisoners_yml=text)
    for args in (["rules", "test", str(d)], ["classify", "--rules", str(d), "--lang", "en", "Both sides agreed to a prisoner swap."]):
        result = CliRunner().invoke(demands, args)
        assert result.exit_code == 2, (args, result.output)
        assert f"prisoners.yml:{line_of(text, '- id:')} [ceasefire.en.exchange]" in result.output
        assert "must start with the category of its file: prisoners." in result.output


def test_an_empty_value_and_a_list_written_as_text_say_what_to_write(tmp_path):
    text = PRISONERS.replace("    description: A prisoner exchange", "    description:")
    code, lines, _ = lint(write_rulebook(tmp_path / "a", prisoners_yml=text))
    assert code == 1
    assert any("None is not of type 'string' (the value is missing: write the text after the colon)" in l for l in lines), lines
    text = PRISONERS.replace("    patterns: ['\\bprisoners? (?:exchange|swap)s?\\b', '\\bexchange of prisoners\\b']",
                             "    patterns: '\\bprisoners? (?:exchange|swap)s?\\b'")
    assert text != PRISONERS
    code, lines, _ = lint(write_rulebook(tmp_path / "b", prisoners_yml=text))
    assert code == 1
    assert any("is not of type 'array' (a list: one item a line, each after '- ', or [a, b] on one line)" in l
               for l in lines), lines


def test_category_other_than_file_name(tmp_path):
    text = PRISONERS.replace("category: prisoners", "category: captives")
    code, lines, _ = lint(write_rulebook(tmp_path, prisoners_yml=text))
    assert code == 1
    messages = [p["message"] for p in parsed(lines)]
    assert any("must match the file name 'prisoners'" in m for m in messages)


def test_unknown_language(tmp_path):
    text = PRISONERS.replace("lang: en", "lang: pt")
    one_problem(write_rulebook(tmp_path, prisoners_yml=text), "prisoners.yml", line_of(text, "lang: pt"),
                "prisoners.en.exchange", "'pt' is not one of")


def test_pattern_matching_the_empty_string(tmp_path):
    text = PRISONERS.replace(r"'\bexchange of prisoners\b'", r"'(?:swap)*'")
    one_problem(write_rulebook(tmp_path, prisoners_yml=text), "prisoners.yml", line_of(text, "(?:swap)*"),
                "prisoners.en.exchange", "matches the empty string")


def test_pattern_matching_an_empty_span(tmp_path):
    text = PRISONERS.replace(r"'\bexchange of prisoners\b'", r"'\b(?=swap)'")
    one_problem(write_rulebook(tmp_path, prisoners_yml=text), "prisoners.yml", line_of(text, "(?=swap)"),
                "prisoners.en.exchange", "can match an empty span")


def test_backspace_from_double_quotes(tmp_path):
    text = PRISONERS.replace(r"'\bexchange of prisoners\b'", r'"\bexchange of prisoners\b"')
    one_problem(write_rulebook(tmp_path, prisoners_yml=text), "prisoners.yml",
                line_of(text, "exchange of prisoners\\b\""), "prisoners.en.exchange", "single quotes")


def test_non_utf8_file_names_the_line(tmp_path):
    text = CEASEFIRE.replace("Fighting went on", "Combats à Kherson")
    one_problem(write_rulebook(tmp_path, ceasefire_yml=text.encode("cp1252")), "ceasefire.yml",
                line_of(text, "Combats à"), None, "not UTF-8")


def test_empty_file(tmp_path):
    one_problem(write_rulebook(tmp_path, prisoners_yml=""), "prisoners.yml", 1, None, "file is empty")


def test_missing_examples(tmp_path):
    text = PRISONERS[:PRISONERS.index("    examples:")]
    one_problem(write_rulebook(tmp_path, prisoners_yml=text), "prisoners.yml", line_of(text, "- id:"),
                "prisoners.en.exchange", "'examples' is a required property")


def test_key_written_twice(tmp_path):
    text = PRISONERS.replace("    lang: en", "    lang: en\n    patterns: ['\\bswap\\b']")
    one_problem(write_rulebook(tmp_path, prisoners_yml=text), "prisoners.yml", line_of(text, "patterns:", nth=2),
                None, "key 'patterns' appears twice")


def test_a_key_written_twice_stops_classify_and_rules_test_too(tmp_path):
    # YAML keeps the second `patterns` silently: the rule would lose its first block without a word
    text = PRISONERS.replace("    lang: en", "    lang: en\n    patterns: ['\\bswap\\b']")
    d = write_rulebook(tmp_path, prisoners_yml=text)
    for args in (["classify", "--rules", str(d), "--lang", "en", "Kyiv wants a prisoner exchange."],
                 ["rules", "test", str(d)]):
        result = CliRunner().invoke(demands, args)
        assert result.exit_code == 2, (args, result.output)
        assert f"prisoners.yml:{line_of(text, 'patterns:', nth=2)} key 'patterns' appears twice" in result.output, args


def test_an_apostrophe_inside_single_quotes_is_named_not_taken_for_indentation(tmp_path):
    # an Italian or French contributor's first pattern: YAML ends the text at the apostrophe
    for wrong in ("      - '\\bl'accordo\\b'", "    patterns: ['\\bl'accordo\\b', '\\btruce\\b']",
                  # an elided article closing a group or an alternative: the apostrophe is followed by regex syntax
                  "      - '\\b(?:dell'|della )accordo\\b'", "      - '\\b(?:della|dell')\\s*accordo\\b'"):
        text = CEASEFIRE.replace("    patterns:\n      - '\\btruces?\\b'", wrong if wrong.startswith("    patterns") else "    patterns:\n" + wrong)
        assert text != CEASEFIRE
        p = one_problem(write_rulebook(tmp_path, ceasefire_yml=text), "ceasefire.yml", line_of(text, "accordo"), None,
                        "has an apostrophe inside single quotes")
        assert "write it twice" in p["message"] and "indentation" not in p["message"]
    # written twice, it loads and lint is clean
    text = CEASEFIRE.replace("      - '\\btruces?\\b'", "      - '\\bl''accordo\\b'")
    code, lines, summary = lint(write_rulebook(tmp_path, ceasefire_yml=text))
    assert code == 0 and not [ln for ln in lines if "warning" not in ln], lines


def test_a_key_indented_under_an_unquoted_value_is_named_as_indentation_not_as_an_apostrophe(tmp_path):
    # the description above holds "party's" without quotes: that apostrophe ends nothing, the indentation is wrong
    assert "    description: A truce as a party's position\n    patterns:" in CEASEFIRE
    text = CEASEFIRE.replace("    description: A truce as a party's position\n    patterns:",
                             "    description: A truce as a party's position\n      patterns:")
    p = one_problem(write_rulebook(tmp_path, ceasefire_yml=text), "ceasefire.yml", line_of(text, "      patterns:"), None,
                    "indented more than the key above it")
    assert "apostrophe" not in p["message"] and "must be quoted" not in p["message"]
    # the same key indented as its neighbours loads
    code, lines, summary = lint(write_rulebook(tmp_path, ceasefire_yml=CEASEFIRE))
    assert code == 0, lines


def test_a_key_without_its_colon_is_reported_on_its_own_line_not_where_yaml_noticed_it(tmp_path):
    # "patterns" without its colon: YAML reads on through the list below and complains lines later
    assert "    patterns:\n      - '\\btruces?\\b'" in CEASEFIRE
    text = CEASEFIRE.replace("    patterns:\n", "    patterns\n", 1)
    p = one_problem(write_rulebook(tmp_path, ceasefire_yml=text), "ceasefire.yml", [n for n, ln in enumerate(text.splitlines(), 1) if ln == "    patterns"][0], None,
                    "reads as a key without its colon")
    assert "YAML noticed it on line" in p["message"]


def test_a_curly_apostrophe_in_a_pattern_is_a_problem(tmp_path):
    # sentences are matched with ’ written ' (and ё written е): such a pattern could never match, yet
    # `rules test` would only say that none of its patterns matches
    for pattern, char in (("\\bl’accordo\\b", "'’'"), ("\\bприём\\w*", "'ё'")):
        text = CEASEFIRE.replace("      - '\\btruces?\\b'", f"      - '{pattern}'")
        p = one_problem(write_rulebook(tmp_path, ceasefire_yml=text), "ceasefire.yml", line_of(text, pattern[3:7]),
                        "ceasefire.en.truce", f"{char} (U+")
        assert "never matches" in p["message"]
    # in a character class it is harmless: ['’] is fine
    text = CEASEFIRE.replace("      - '\\btruces?\\b'", "      - '\\bl[''’]accordo\\b'")
    code, lines, summary = lint(write_rulebook(tmp_path, ceasefire_yml=text))
    assert code == 0, lines


def test_a_mis_indented_key_gets_the_indentation_hint(tmp_path):
    text = CEASEFIRE.replace("    cue: true", "     cue: true")
    code, lines, summary = lint(write_rulebook(tmp_path, ceasefire_yml=text))
    assert code == 1
    [p] = parsed(lines)
    assert "invalid YAML" in p["message"] and "indentation" in p["message"], p


def test_non_text_key_in_cues_is_a_problem_not_a_crash(tmp_path):
    d = write_rulebook(tmp_path, cues_yml=CUES + "1: {demand: [x], reject: [y], agree: [z]}\n")
    code, lines, summary = lint(d)
    assert code == 1
    [p] = parsed(lines)
    assert p["file"] == str(d / "cues.yml") and "key '1' is not text" in p["message"]


def test_wrong_types(tmp_path):
    text = PRISONERS.replace("    lang: en", "    lang: en\n    cue: maybe\n    requires: '\\bswap'")
    code, lines, _ = lint(write_rulebook(tmp_path, prisoners_yml=text))
    assert code == 1
    got = {(int(p["line"]), p["rule"]) for p in parsed(lines)}
    assert got == {(line_of(text, "cue: maybe"), "prisoners.en.exchange"),
                   (line_of(text, "requires:"), "prisoners.en.exchange")}


def test_schema_and_regex_problems_together(tmp_path):
    # the loader stops at the schema error; lint still checks the patterns
    text = PRISONERS.replace("lang: en", "lang: english").replace(r"'\bexchange of prisoners\b'", r"'(unclosed'")
    code, lines, summary = lint(write_rulebook(tmp_path, prisoners_yml=text))
    assert code == 1 and summary.startswith("FAILED: 2 problem")
    messages = " | ".join(p["message"] for p in parsed(lines))
    assert "'english' is not one of" in messages and "does not compile" in messages


def test_few_examples_warn_but_pass(tmp_path):
    text = PRISONERS.replace('match: ["They agreed a prisoner exchange.", "An exchange of prisoners took place."]',
                             'match: ["They agreed a prisoner exchange."]')
    code, lines, summary = lint(write_rulebook(tmp_path, prisoners_yml=text))
    assert code == 0
    [p] = parsed(lines)
    assert p["rule"] == "prisoners.en.exchange" and int(p["line"]) == line_of(text, "      match:")
    assert p["message"] == "warning: only 1 match example(s); give at least 2"
    assert summary.startswith("ok: 0 problem(s), 1 warning(s)")


def test_yaml_extension_is_ignored_with_a_warning(tmp_path):
    d = write_rulebook(tmp_path)
    (d / "territory.yaml").write_text(PRISONERS, encoding="utf-8")
    code, lines, _ = lint(d)
    assert code == 0
    assert any("territory.yaml" in line and "must end in .yml" in line for line in lines)


def test_missing_directory(tmp_path):
    code, lines, summary = lint(tmp_path / "nope")
    assert code == 1 and "rules directory not found" in lines[0]


def test_cli_many_mistakes_no_traceback(tmp_path):
    d = write_rulebook(
        tmp_path,
        ceasefire_yml=CEASEFIRE.replace(r"'\btruces?\b'", r"'(a+)+$'").replace("lang: en", "lang: xx"),
        prisoners_yml=PRISONERS.encode("utf-16"),
        territory_yml="category: territory\ntitle: [unclosed\n",
        neutrality_yml="",
        reparations_yml="- just\n- a list\n",
    )
    proc = subprocess.run([str(DATASETTE), "demands", "rules", "lint", str(d)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    files = {Path(p["file"]).name for p in parsed(lines[:-1])}
    assert files == {"ceasefire.yml", "prisoners.yml", "territory.yml", "neutrality.yml", "reparations.yml"}
    assert lines[-1].startswith("FAILED:")


def test_lint_report_api(tmp_path):
    report = lint_rulebook(write_rulebook(tmp_path, prisoners_yml=PRISONERS.replace("lang: en", "lang: xx")))
    assert not report.ok and report.files == 3 and report.rules == 2
    [p] = report.problems
    assert (p.file, p.rule_id) == ("prisoners.yml", "prisoners.en.exchange")


def test_readme_example_rule_passes_lint_and_test(tmp_path):
    """The example in rules/README.md is a working rule: lint and its examples pass with the shipped cues."""
    readme = (ROOT / "rules" / "README.md").read_text(encoding="utf-8")
    block = readme.split("```yaml\n", 1)[1].split("```", 1)[0]
    assert block.startswith("category: ceasefire") and "- id: ceasefire.de.waffenruhe" in block
    cues = (ROOT / "rules" / "cues.yml").read_text(encoding="utf-8")
    d = write_rulebook(tmp_path, cues_yml=cues, ceasefire_yml=block, prisoners_yml=None)
    code, lines, summary = lint(d)
    assert code == 0 and lines == [], lines
    result = CliRunner().invoke(demands, ["rules", "test", str(d)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "4 passed, 0 failed (1 rule)"


# --- issue 18: one format for rulebook problems, in every command --------------------------------

MANY_PROBLEMS = CEASEFIRE.replace("    lang: en", "    lang: xx").replace(
    r"'\bcease-?fires?\b'", r"'\bcease(fire'") + r"""  - id: truce.en.second
    lang: en
    description: a second rule with a bad exclude
    patterns: ['\bhalt\b']
    exclude: ['(\w+\s?)+$']
    examples:
      match: ["Kyiv wants a halt.", "A halt now."]
      no_match: ["Nothing.", "Nothing else."]
"""


def test_every_command_prints_every_problem_as_lint_does(tmp_path):
    """lint said `../rb2/sanctions.yml:40` (the pattern's line) while build, rules test and classify
    said `sanctions.yml:36` (the rule's line, no folder), and build printed only some problems."""
    rules = write_rulebook(tmp_path / "rb2", ceasefire_yml=MANY_PROBLEMS,
                           prisoners_yml=PRISONERS.replace(r"'\bexchange of prisoners\b'", r"'(?:x)?'"))
    code, lines, _ = lint(rules)
    expected = [line for line in lines if " warning: " not in line]
    assert code == 1 and len(expected) >= 5, lines
    # each pattern on its own line, written as in the YAML file (single quotes, single backslashes)
    assert f"{rules / 'ceasefire.yml'}:{line_of(MANY_PROBLEMS, 'cease(fire')} [ceasefire.en.truce] patterns: " \
           r"pattern '\bcease(fire' does not compile" in "\n".join(expected)
    assert f"{rules / 'ceasefire.yml'}:{line_of(MANY_PROBLEMS, 'exclude:')} [truce.en.second] exclude: " \
           r"pattern '(\w+\s?)+$' backtracks catastrophically" in "\n".join(expected)
    assert f"{rules / 'prisoners.yml'}:{line_of(PRISONERS, 'exchange of prisoners')} [prisoners.en.exchange] " \
           "patterns: pattern '(?:x)?' matches the empty string" in expected
    assert not any("\\\\" in line for line in expected)
    db = tmp_path / "x.db"
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"lang": "en", "text": "A truce.", "categories": []}\n', encoding="utf-8")
    for args in (["build", db, "--rules", rules], ["classify", "A truce.", "--rules", rules],
                 ["eval", gold, "--rules", rules], ["rules", "test", rules]):
        result = CliRunner().invoke(demands, [str(a) for a in args])
        assert result.exit_code == 2, (args, result.output)
        assert result.stdout == ""
        assert result.stderr.splitlines() == expected, args
    assert not db.exists()


def test_a_problem_names_its_file_alike_whether_the_folder_was_given_relative_or_absolute(tmp_path, monkeypatch):
    """`rules lint rules` said `rules/ceasefire.yml:7`, while classify with the installed rules (an absolute
    folder) said `/home/me/clone/rules/ceasefire.yml:7`: under the working directory, both say the former."""
    rules = write_rulebook(tmp_path / "rules", ceasefire_yml=CEASEFIRE.replace(r"'\bcease-?fires?\b'", r"'\bcease(fire'"))
    monkeypatch.chdir(tmp_path)
    code, lines, _ = lint("rules")
    where = f"rules/ceasefire.yml:{line_of(CEASEFIRE, 'cease-?fire')} [ceasefire.en.truce]"
    assert code == 1 and any(line.startswith(where) for line in lines), lines
    result = CliRunner().invoke(demands, ["classify", "A truce.", "--rules", str(rules.resolve())])
    assert result.exit_code == 2 and result.stderr.splitlines() == [line for line in lines if " warning: " not in line]


STRICT_CUES = CUES + "  strict: ['\\b(?:demand|insist|reject|agree)\\w*']\n"


def test_a_cue_group_lints_clean_and_an_unknown_one_names_rule_and_file(tmp_path):
    good = write_rulebook(tmp_path / "good", cues_yml=STRICT_CUES,
                          ceasefire_yml=CEASEFIRE.replace("cue: true", "cue: strict"))
    code, lines, summary = lint(good)
    assert code == 0 and summary.startswith("ok"), lines
    bad = write_rulebook(tmp_path / "bad", cues_yml=STRICT_CUES,
                         ceasefire_yml=CEASEFIRE.replace("cue: true", "cue: strikt"))
    # on the line of the misspelt name, with what to write instead
    p = one_problem(bad, "ceasefire.yml", line_of(CEASEFIRE, "cue: true"), "ceasefire.en.truce", "'strikt'")
    assert "cue: strict" in p["message"]


def test_a_cue_group_the_language_lacks_is_a_problem(tmp_path):
    directory = write_rulebook(tmp_path, ceasefire_yml=CEASEFIRE.replace("cue: true", "cue: strict"))
    one_problem(directory, "ceasefire.yml", line_of(CEASEFIRE, "- id: ceasefire.en.truce"), "ceasefire.en.truce",
                "cue: 'strict' is no cue group of language 'en'")


def test_a_broken_cue_group_pattern_is_named_on_its_line(tmp_path):
    cues = CUES + "  strict:\n    - '\\b(?:demand\\w*'\n"
    directory = write_rulebook(tmp_path, cues_yml=cues, ceasefire_yml=CEASEFIRE.replace("cue: true", "cue: strict"))
    one_problem(directory, "cues.yml", line_of(cues, "(?:demand\\w*'"), "cues.en.strict", "does not compile")


def test_a_cue_that_is_neither_true_nor_a_group_name_gets_a_hint(tmp_path):
    directory = write_rulebook(tmp_path, ceasefire_yml=CEASEFIRE.replace("cue: true", "cue: [strict]"))
    p = one_problem(directory, "ceasefire.yml", line_of(CEASEFIRE, "cue: true"), "ceasefire.en.truce", "rules.0.cue")
    assert "cue: strict" in p["message"]


def test_an_empty_list_a_misspelt_key_and_a_bare_list_file_say_what_to_write(tmp_path):
    # a contributor's trial: "None is not of type 'array'", a misspelt key reported at the rule's first
    # line, and a local outlets file written as a bare list all read as Python, not as what to change
    text = PRISONERS.replace('      no_match: ["The exchange rate fell.", "Prisons were crowded."]', "      no_match:")
    assert text != PRISONERS
    code, lines, _ = lint(write_rulebook(tmp_path / "a", prisoners_yml=text))
    assert code == 1
    assert any("None is not of type 'array' (the list is empty: write its items below it" in l for l in lines), lines
    text = PRISONERS.replace("    examples:", "    exemples:")
    code, lines, _ = lint(write_rulebook(tmp_path / "b", prisoners_yml=text))
    assert any(f"prisoners.yml:{line_of(text, 'exemples:')} [prisoners.en.exchange] rules.0: unknown key 'exemples'; "
               "the keys here are: author, cue, description, examples," in l for l in lines), lines
    d = write_rulebook(tmp_path / "c")
    shutil.copy(ROOT / "rules" / "outlets.schema.json", d / "outlets.schema.json")
    (d / "outlets.yml").write_text("- name: Agencia Sur\n  patterns: ['Agencia Sur']\n", encoding="utf-8")
    code, lines, _ = lint(d)
    assert any("(top level): the file is a list, but it must be keys with values: put the list under its key "
               "(the file's keys: outlets" in l for l in lines), lines


def test_a_key_indented_one_space_short_points_at_the_indentation(tmp_path):
    text = PRISONERS.replace("\n    patterns:", "\n   cue: true\n    patterns:", 1)
    code, lines, _ = lint(write_rulebook(tmp_path, prisoners_yml=text))
    assert code == 1
    assert any("did not find expected '-' indicator (check the indentation of this line and the one above)" in l
               for l in lines), lines
