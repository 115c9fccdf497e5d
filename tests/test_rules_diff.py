"""`datasette demands rules diff BASE [GOLD ...]`: what a rule change does to the gold, as Markdown,
for a pull request's review. Driven through the command line on copies of the shipped rulebook
with one rule changed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import yaml
from click.testing import CliRunner

from datasette_demands.cli import demands

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "rules"


def copy_rules(tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    shutil.copytree(RULES, target)
    return target


def drop_rule(rules_dir: Path, category: str, rule_id: str) -> None:
    path = rules_dir / f"{category}.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["rules"] = [r for r in data["rules"] if r["id"] != rule_id]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def write_gold(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def a_rule_and_its_sentence(category: str, lang: str) -> tuple[str, str]:
    """A rule of the shipped rulebook and a must-match example that only it labels with its category."""
    from datasette_demands.labelling.classify import Classifier
    from datasette_demands.rulebook.load import load_rulebook

    book = load_rulebook(None)
    classifier = Classifier(book)
    for rule in book.rules:
        if rule.category != category or rule.lang != lang:
            continue
        for text in rule.examples_match:
            fired = {m.rule_id for lb in classifier.classify(text, lang) if lb.category == category for m in lb.matches}
            if fired == {rule.id}:
                return rule.id, text
    raise AssertionError("no rule with a sentence of its own")


def run(*args):
    return CliRunner().invoke(demands, ["rules", "diff", *map(str, args)], catch_exceptions=False)


def test_removing_a_rule_lists_the_sentence_that_loses_its_label_and_the_f1_drop(tmp_path):
    rule_id, text = a_rule_and_its_sentence("ceasefire", "en")
    head = copy_rules(tmp_path, "head")
    drop_rule(head, "ceasefire", rule_id)
    gold = write_gold(tmp_path / "gold.jsonl", [
        {"text": text, "lang": "en", "categories": ["ceasefire"]},
        {"text": "The weather in Geneva was mild on Tuesday.", "lang": "en", "categories": []},
    ])
    result = run(RULES, gold, "--rules", head)
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.startswith("## Rules diff")
    assert f"Removed: `{rule_id}`" in out
    assert "1 change their labels (0 categories gained, 1 lost; 0 changes agree with the gold, 1 do not)" in out
    row = next(line for line in out.splitlines() if "− ceasefire" in line)
    assert f"`{rule_id}`" in row and "gold disagrees" in row and "gold.jsonl:1" in row
    f1 = next(line for line in out.splitlines() if line.startswith("| ceasefire |"))
    assert f1 == "| ceasefire | 1.000 | 0.000 | -1.000 |"
    # and per language, for a contributor who writes rules of one language
    assert "| language | F1 before | F1 after | change |" in out
    assert "| en | 1.000 | 0.000 | -1.000 |" in out.splitlines()


def test_the_same_rulebook_changes_nothing(tmp_path):
    gold = write_gold(tmp_path / "gold.jsonl", [
        {"text": "Kyiv called for an immediate ceasefire.", "lang": "en", "categories": ["ceasefire"]},
    ])
    result = run(RULES, gold)
    assert result.exit_code == 0
    assert "Rules: 0 added, 0 removed, 0 changed." in result.output
    assert "0 change their labels" in result.output
    assert "| where |" not in result.output


def test_a_gained_label_that_the_gold_lacks_is_flagged_and_the_text_cannot_break_the_table(tmp_path):
    rule_id, text = a_rule_and_its_sentence("ceasefire", "en")
    base = copy_rules(tmp_path, "base")
    drop_rule(base, "ceasefire", rule_id)
    hostile = text + " | <script>x</script>"
    gold = write_gold(tmp_path / "gold.jsonl", [{"text": hostile, "lang": "en", "categories": []}])
    result = run(base, gold, "--rules", RULES)
    assert result.exit_code == 0, result.output
    row = next(line for line in result.output.splitlines() if "+ ceasefire" in line)
    assert "gold disagrees" in row and f"`{rule_id}`" in row
    assert "<script>" not in result.output and "\\| &lt;script&gt;" in row
    assert f"Added: `{rule_id}`" in result.output


def test_a_broken_rulebook_exits_2_with_its_problems(tmp_path):
    head = copy_rules(tmp_path, "head")
    (head / "ceasefire.yml").write_text("rules: [\n", encoding="utf-8")
    gold = write_gold(tmp_path / "gold.jsonl", [{"text": "x y", "lang": "en", "categories": []}])
    result = CliRunner().invoke(demands, ["rules", "diff", str(RULES), str(gold), "--rules", str(head)])
    assert result.exit_code == 2
    assert "ceasefire.yml" in result.output


def test_default_gold_is_the_repositorys_gold_files_but_the_unseen_ones(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    result = run(RULES, "--limit", "1")
    assert result.exit_code == 0
    unseen = [line for line in (ROOT / "tests" / "gold" / "unseen.txt").read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#")]
    assert unseen and all((ROOT / "tests" / "gold" / name).is_file() for name in unseen)
    total = sum(1 for p in (ROOT / "tests" / "gold").glob("*.jsonl") if p.name not in unseen
                for line in p.read_text(encoding="utf-8").splitlines() if line.strip() and '"covers"' not in line)
    assert f"Gold sentences: {total};" in result.output
    assert f"left out {', '.join(unseen)}: kept unseen" in result.output


def test_a_gold_file_kept_unseen_is_read_only_when_named(tmp_path, monkeypatch):
    gold = tmp_path / "tests" / "gold"
    gold.mkdir(parents=True)
    write_gold(gold / "dev.jsonl", [{"text": "Kyiv called for an immediate ceasefire.", "lang": "en", "categories": ["ceasefire"]}])
    write_gold(gold / "blind.jsonl", [
        {"text": "Moscow demanded that Kyiv give up its bid to join NATO.", "lang": "en", "categories": ["neutrality"]},
        {"text": "Ankara offered to host another prisoner exchange.", "lang": "en", "categories": ["prisoners"]},
    ])
    (gold / "unseen.txt").write_text("# the next round's measure\nblind.jsonl  # written blind\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    default = run(RULES)
    assert default.exit_code == 0, default.output
    assert "Gold sentences: 1;" in default.output
    assert "left out blind.jsonl: kept unseen" in default.output and "name a file to read it" in default.output
    named = run(RULES, gold / "dev.jsonl", gold / "blind.jsonl")
    assert "Gold sentences: 3;" in named.output and "left out" not in named.output
    # without a list every gold file is read, as before
    (gold / "unseen.txt").unlink()
    everything = run(RULES)
    assert "Gold sentences: 3;" in everything.output and "left out" not in everything.output


def test_a_holder_fix_in_actors_yml_shows_as_a_change_of_positions(tmp_path):
    # a contributor's trial: a fix of a collective in actors.yml printed "0 change their labels" and
    # nothing else, so neither the author nor the reviewer could see what it did
    base = copy_rules(tmp_path, "base")
    text = (base / "actors.yml").read_text(encoding="utf-8")
    fixed = next(p for p in text.split("'") if p.startswith("\\blos negociadores\\b(?!"))
    (base / "actors.yml").write_text(text.replace(fixed, "\\blos negociadores\\b", 1), encoding="utf-8")
    gold = write_gold(tmp_path / "gold.jsonl", [
        {"text": "Los negociadores ucranianos exigieron un alto el fuego total.", "lang": "es",
         "categories": ["ceasefire"], "actors": ["UA"], "positions": {"ceasefire": [{"holder": "UA", "stance": "demand"}]}},
        {"text": "El tiempo en Ginebra fue templado el martes.", "lang": "es", "categories": [], "actors": [],
         "positions": {}},
    ])
    out = run(base, gold, "--rules", RULES).output
    assert "0 change their labels" in out
    assert "Positions: 1 sentences change their holders or stances on a category both sides give them " \
           "(1 now as the gold, 0 no longer)." in out
    row = next(line for line in out.splitlines() if "Los negociadores ucranianos" in line)
    assert row.startswith(f"| {gold}:1 | es | ceasefire: RU demand; ceasefire: UA demand | ceasefire: UA demand | "
                          "ceasefire: UA demand | ✅ now as the gold |"), row
    holders = next(line for line in out.splitlines() if line.startswith("| holders (gold categories given) |"))
    assert holders == "| holders (gold categories given) | 0.667 | 1.000 | +0.333 |"
    # the other way round, the same sentence is no longer as the gold
    back = run(RULES, gold, "--rules", base).output
    assert "(0 now as the gold, 1 no longer)" in back and "❌ no longer as the gold" in back


def test_an_f1_row_s_change_is_that_of_the_figures_it_prints():
    """A contributor read '| territory | 0.975 | 0.976 | +0.000 |': the change column is now the difference of the two
    figures as printed, so the three columns always agree."""
    from datasette_demands.review import _f1_row

    assert _f1_row("territory", 0.97549, 0.97551) == "| territory | 0.975 | 0.976 | +0.001 |"
    assert _f1_row("tr", 0.9806, 0.9814) == "| tr | 0.981 | 0.981 | +0.000 |"
    assert _f1_row("de", 0.9, 0.85) == "| de | 0.900 | 0.850 | -0.050 |"

