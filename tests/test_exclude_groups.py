"""Named exclude groups: cues.yml `excludes:` per language, which a rule adds to its `exclude` with
`exclude_groups: [name]` (one place for what many rules must skip alike)."""

from click.testing import CliRunner

from datasette_demands.cli import demands
from datasette_demands.labelling.classify import Classifier
from datasette_demands.rulebook.diff import rule_signatures
from datasette_demands.rulebook.load import load_rulebook
from datasette_demands.rulebook.model import RulebookError

from test_rulebook import CEASEFIRE, CUES, line_of, write_rulebook

GROUPED_CUES = CUES + "  excludes:\n    other-wars: ['\\b(?:Gaza|Sudan)\\b']\n"
GROUPED = CEASEFIRE.replace("    cue: true", "    cue: true\n    exclude_groups: [other-wars]")


def categories(book, text):
    return [label.category for label in Classifier(book).classify(text, "en")]


def test_a_rule_skips_what_its_exclude_group_names(tmp_path):
    book = load_rulebook(write_rulebook(tmp_path, cues_yml=GROUPED_CUES, ceasefire_yml=GROUPED))
    [rule] = [r for r in book.rules if r.id == "ceasefire.en.truce"]
    assert "\\b(?:Gaza|Sudan)\\b" in rule.exclude
    assert categories(book, "Kyiv demands a truce in Gaza.") == []
    assert categories(book, "Kyiv demands a truce in Kherson.") == ["ceasefire"]
    # a stance group of the language is untouched by the excludes beside it
    assert set(book.cues["en"]) == {"demand", "reject", "agree"}


def test_changing_a_group_changes_the_signature_of_the_rules_that_use_it(tmp_path):
    # relabel works from the signatures: the rules naming the group are relabelled, the others not
    before = rule_signatures(load_rulebook(write_rulebook(tmp_path / "a", cues_yml=GROUPED_CUES, ceasefire_yml=GROUPED)))
    wider = GROUPED_CUES.replace("Gaza|Sudan", "Gaza|Sudan|Yemen")
    after = rule_signatures(load_rulebook(write_rulebook(tmp_path / "b", cues_yml=wider, ceasefire_yml=GROUPED)))
    assert before["ceasefire.en.truce"] != after["ceasefire.en.truce"]
    assert before["prisoners.en.exchange"] == after["prisoners.en.exchange"]


def test_an_unknown_group_is_a_problem_of_the_rule_for_every_command(tmp_path):
    text = GROUPED.replace("[other-wars]", "[other-war]")
    d = write_rulebook(tmp_path, cues_yml=GROUPED_CUES, ceasefire_yml=text)
    try:
        load_rulebook(d)
        raise AssertionError("loaded")
    except RulebookError as e:
        assert "exclude group 'other-war' is not in cues.yml excludes of 'en' (known: other-wars)" in str(e)
    for args in (["rules", "lint", str(d)], ["rules", "test", str(d)]):
        result = CliRunner().invoke(demands, args)
        assert result.exit_code in (1, 2), result.output
        assert f"ceasefire.yml:{line_of(text, '- id: ceasefire.en.truce')} [ceasefire.en.truce] exclude group 'other-war'" in result.output


def test_a_group_pattern_is_checked_where_it_is_written(tmp_path):
    bad = CUES + "  excludes:\n    other-wars: ['(a+)+$']\n"
    result = CliRunner().invoke(demands, ["rules", "lint", str(write_rulebook(tmp_path, cues_yml=bad))])
    assert result.exit_code == 1
    assert f"cues.yml:{line_of(bad, '(a+)+$')} [cues.en.excludes.other-wars]" in result.output


def test_lint_checks_a_group_pattern_even_when_cues_yml_fails_its_schema(tmp_path):
    # the loader stops at the schema; lint's own pass still checks every pattern, the groups' too
    bad = CUES + "  unknown_key: 1\n  excludes:\n    other-wars: ['(a+)+$']\n"
    result = CliRunner().invoke(demands, ["rules", "lint", str(write_rulebook(tmp_path, cues_yml=bad))])
    assert result.exit_code == 1
    assert f"cues.yml:{line_of(bad, '(a+)+$')} [cues.en.excludes.other-wars]" in result.output
