"""`datasette demands rules test`: every example runs; a failure names file:line, rule, sentence, expectation."""

import shutil
from pathlib import Path

from click.testing import CliRunner

from datasette_demands.cli import demands
from datasette_demands.labelling.examples import run_examples
from datasette_demands.rulebook.load import load_rulebook

from test_rulebook import CEASEFIRE, CUES, PRISONERS, line_of, write_rulebook

ROOT = Path(__file__).resolve().parent.parent


def rules_test(directory):
    result = CliRunner().invoke(demands, ["rules", "test", str(directory)])
    return result.exit_code, result.output


def test_passing_examples(tmp_path):
    code, out = rules_test(write_rulebook(tmp_path))
    assert code == 0
    assert out.strip() == "8 passed, 0 failed (2 rules)"


def test_shipped_examples_pass():
    code, out = rules_test(ROOT / "rules")
    assert code == 0, out


def test_failing_match_example_reported_with_its_line(tmp_path):
    # "pleads for" is no cue, so this match example cannot fire
    text = CEASEFIRE.replace('        - "Moscow rejected the ceasefire."',
                             '        - "Moscow rejected the ceasefire."\n        - "Kyiv pleads for a truce."')
    code, out = rules_test(write_rulebook(tmp_path, ceasefire_yml=text))
    assert code == 1
    line = line_of(text, "Kyiv pleads for a truce.")
    assert f"FAIL {tmp_path / 'ceasefire.yml'}:{line} [ceasefire.en.truce] expected match, it did not:" in out
    assert "    Kyiv pleads for a truce." in out
    assert "    why: no stance word of en (the cues of rules/cues.yml) in the sentence, and the rule has cue: true" in out
    assert out.strip().endswith("8 passed, 1 failed (2 rules)")


def test_failing_no_match_example_in_flow_style(tmp_path):
    text = PRISONERS.replace('no_match: ["The exchange rate fell.", "Prisons were crowded."]',
                             'no_match: ["The exchange rate fell.",\n                 "A prisoner swap is due."]')
    code, out = rules_test(write_rulebook(tmp_path, prisoners_yml=text))
    assert code == 1
    line = line_of(text, "A prisoner swap is due.")
    assert f"FAIL {tmp_path / 'prisoners.yml'}:{line} [prisoners.en.exchange] expected no match, it did:" in out
    assert "    A prisoner swap is due." in out
    assert "    why: its patterns matched 'prisoner swap'" in out


def test_a_failure_says_which_part_of_the_rule_decided(tmp_path):
    # the patterns, an exclude, a requires: each named, with the words it matched
    text = CEASEFIRE.replace("    cue: true", "    cue: true\n    exclude: ['\\bviolat\\w*']").replace(
        '- "Kyiv demands a truce."', '- "Kyiv demands a truce."\n        - "Kyiv demands that the violated truce be restored."\n'
        '        - "Kyiv demands an armistice."')
    book = load_rulebook(write_rulebook(tmp_path, ceasefire_yml=text))
    _, failures = run_examples(book)
    why = {f.sentence: f.why for f in failures}
    assert why["Kyiv demands that the violated truce be restored."].endswith("but exclude '\\bviolat\\w*' matched 'violated'")
    assert why["Kyiv demands an armistice."] == "none of its patterns matches the sentence"
    text = PRISONERS.replace("    patterns:", "    requires: ['\\bwar\\b']\n    patterns:", 1)
    book = load_rulebook(write_rulebook(tmp_path / "r", prisoners_yml=text))
    _, failures = run_examples(book)
    assert failures and all(f.why.endswith("but none of its requires patterns is in the sentence") for f in failures)
    # a no_match example that fires anyway names the requires pattern that let it through, and the words it met
    text = PRISONERS.replace("    patterns:", "    requires: ['\\bwar\\b']\n    patterns:", 1).replace(
        'no_match: ["', 'no_match: ["A prisoner exchange after the war.", "', 1)
    book = load_rulebook(write_rulebook(tmp_path / "q", prisoners_yml=text))
    _, failures = run_examples(book)
    why = {f.sentence: f.why for f in failures}
    assert why["A prisoner exchange after the war."] == ("its patterns matched 'prisoner exchange', "
                                                           "and requires '\\bwar\\b' matched 'war'")


def test_one_rule_or_one_language_alone(tmp_path):
    # --rule: the rules whose id is it or starts with it; the count names them, so a contributor sees theirs ran
    text = CEASEFIRE.replace('- "The truce held overnight."', '- "Kyiv insists on a truce."')
    d = write_rulebook(tmp_path, ceasefire_yml=text)
    result = CliRunner().invoke(demands, ["rules", "test", str(d), "--rule", "prisoners.en"])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "4 passed, 0 failed (1 rule of prisoners.en: prisoners.en.exchange)"
    result = CliRunner().invoke(demands, ["rules", "test", str(d), "--rule", "ceasefire.en.truce"])
    assert result.exit_code == 1 and "[ceasefire.en.truce] expected no match, it did" in result.output
    # which stance word met `cue: true`, so that a contributor knows what made it fire
    assert "why: its patterns matched 'truce', with the stance word 'insists'" in result.output
    result = CliRunner().invoke(demands, ["rules", "test", str(d), "--rule", "ceasefire.e"])
    assert result.exit_code == 2 and "no rule id is 'ceasefire.e' or starts with 'ceasefire.e.'" in result.output
    # a start that cuts a part of the id says which ids it would have meant
    assert "a whole part of an id is needed (between dots): ceasefire.en.truce starts with it" in result.output
    result = CliRunner().invoke(demands, ["rules", "test", str(d), "--rule", "nothing.like.it"])
    assert result.exit_code == 2 and "whole part" not in result.output


def test_failures_api(tmp_path):
    text = CEASEFIRE.replace('- "The truce held overnight."', '- "Kyiv insists on a truce."')
    book = load_rulebook(write_rulebook(tmp_path, ceasefire_yml=text))
    n, failures = run_examples(book)
    assert n == 8
    [f] = failures
    assert (f.file, f.line, f.rule_id, f.sentence, f.expected) == (
        "ceasefire.yml", line_of(text, "Kyiv insists on a truce."), "ceasefire.en.truce",
        "Kyiv insists on a truce.", "no match")


def test_examples_use_normalisation_and_exclude(tmp_path):
    text = CEASEFIRE.replace("    cue: true", "    cue: true\n    exclude: ['\\bviolat\\w*']").replace(
        '- "Fighting went on near Kherson."', '- "Kyiv demands that the violated truce be restored."').replace(
        '- "Kyiv demands a truce."', '- "Kyiv demands a cease\u2011fire."')  # non-breaking hyphen
    code, out = rules_test(write_rulebook(tmp_path, ceasefire_yml=text))
    assert code == 0, out


def test_any_language_rule_with_cue_uses_the_cues_of_some_language(tmp_path):
    cues = CUES + "de:\n  demand: ['\\bforder\\w*']\n  reject: ['\\blehn\\w* ab']\n  agree: ['\\bstimm\\w* zu']\n"
    rule = r"""  - id: ceasefire.any.minsk
    lang: any
    description: Minsk-style truce named in any language
    patterns: ['\bminsk\w*']
    cue: true
    examples:
      match: ["Moscow demands a Minsk-3 deal.", "Berlin fordert ein neues Minsker Abkommen."]
      no_match: ["Talks were held in Minsk.", "Minsk ist die Hauptstadt."]
"""
    code, out = rules_test(write_rulebook(tmp_path, cues_yml=cues, ceasefire_yml=CEASEFIRE + rule))
    assert code == 0, out


def test_broken_rulebook_is_a_load_error_not_a_traceback(tmp_path):
    result = CliRunner().invoke(demands, ["rules", "test", str(write_rulebook(tmp_path, prisoners_yml=""))])
    assert result.exit_code == 2
    assert "prisoners.yml:1" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_actor_examples_run_and_a_wrong_one_is_named_with_its_line(tmp_path):
    # a contributor's example under the wrong party passed lint and rules test before: only pytest saw it
    d = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", d)
    text = (d / "actors.yml").read_text(encoding="utf-8")
    first = '        - {lang: en, text: "Moscow insists on neutrality."}\n'
    assert text.count(first) == 1
    text = text.replace(first, first + '        - {lang: es, text: "Kiev exige una tregua inmediata."}\n')
    (d / "actors.yml").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(demands, ["rules", "test", str(d), "--rule", "actors"])
    assert result.exit_code == 1
    line = line_of(text, "Kiev exige una tregua inmediata")
    assert f"FAIL {d / 'actors.yml'}:{line} [actors.RU] expected match, got names UA:" in result.output
    assert "    (es) Kiev exige una tregua inmediata." in result.output
    assert result.output.strip().endswith("1 failed (the examples of actors.yml: RU, UA, US, EU, TR, OTHER)")
    # a category prefix runs no party's examples; actors.UA runs only Ukraine's, which pass
    assert CliRunner().invoke(demands, ["rules", "test", str(d), "--rule", "actors.UA"]).exit_code == 0
    whole = CliRunner().invoke(demands, ["rules", "test", str(d)])
    assert whole.exit_code == 1 and "[actors.RU] expected match" in whole.output


def test_category_prefix_runs_no_actor_examples():
    result = CliRunner().invoke(demands, ["rules", "test", str(ROOT / "rules"), "--rule", "prisoners.en.exchange"])
    assert result.exit_code == 0 and "actors.yml" not in result.output


def test_cited_source_collective_and_attribution_examples_run_too(tmp_path):
    d = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", d)
    text = (d / "actors.yml").read_text(encoding="utf-8")
    for old, new in (("Moscou exige la neutralité.\", source: Reuters}", "Moscou exige la neutralité.\", source: Reuters Italia}"),
                     ('- {lang: en, text: "Both armies met at dawn."}', '- {lang: en, text: "Both sides met at dawn."}'),
                     ("holders: [RU, UA], stance: reject}", "holders: [RU, UA], stance: agree}")):
        assert old in text, old
        text = text.replace(old, new, 1)
    (d / "actors.yml").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(demands, ["rules", "test", str(d), "--rule", "cited_sources.fr"])
    assert result.exit_code == 1
    assert (f"FAIL {d / 'actors.yml'}:{line_of(text, 'source: Reuters Italia}')} [cited_sources.fr] "
            "expected source 'Reuters Italia', got 'Reuters':") in result.output
    result = CliRunner().invoke(demands, ["rules", "test", str(d), "--rule", "collectives"])
    assert "[collectives.both-sides] expected no match, got names RU, UA:" in result.output
    result = CliRunner().invoke(demands, ["rules", "test", str(d), "--rule", "attribution_examples"])
    assert ("[attribution_examples] expected holders RU, UA; stance agree, got holders RU, UA; stance reject:"
            in result.output)
    assert result.output.strip().endswith("1 failed (the examples of actors.yml: attribution)")
