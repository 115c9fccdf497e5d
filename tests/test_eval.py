"""`datasette demands eval`: precision, recall and F1 per category and language on a gold file we know by heart."""

import json

import pytest
from click.testing import CliRunner

from datasette_demands.labelling.classify import Classifier
from datasette_demands.cli import demands
from datasette_demands.evaluate import evaluate, read_gold
from datasette_demands.rulebook.load import load_rulebook

from test_rulebook import write_rulebook

# The small rulebook of test_rulebook: ceasefire.en.truce (needs a cue: demand/insist/want/reject/agree)
# and prisoners.en.exchange (no cue). What each row should give is noted beside it.
GOLD = [
    {"id": "1", "lang": "en", "text": "Kyiv demands a truce.", "categories": ["ceasefire"]},  # tp ceasefire
    {"id": "2", "lang": "en", "text": "Moscow wants a prisoner exchange.", "categories": ["prisoners"]},  # tp prisoners
    {"id": "3", "lang": "en", "text": "The truce held overnight.", "categories": []},  # nothing
    {"id": "4", "lang": "en", "text": "Kyiv demands a truce and a prisoner exchange.",
     "categories": ["ceasefire"]},  # tp ceasefire, fp prisoners
    {"id": "5", "lang": "en", "text": "Both sides want the guns silenced.", "categories": ["ceasefire"]},  # fn ceasefire
    {"id": "6", "lang": "en", "text": "Ukraine insists on an exchange of prisoners.", "categories": ["prisoners"]},  # tp
    {"id": "7", "lang": "it", "text": "Kyiv chiede una tregua.", "categories": ["ceasefire"]},  # fn ceasefire (no it rules)
    {"id": "8", "lang": "en", "text": "A truce, perhaps.", "categories": ["ceasefire"], "ambiguous": True},  # left out
]
# ceasefire: tp 2, fp 0, fn 2 -> P 1, R 0.5, F1 2/3
# prisoners: tp 2, fp 1, fn 0 -> P 2/3, R 1, F1 0.8
# macro-F1 = (2/3 + 0.8) / 2 = 0.7333
# en: tp 4, fp 1, fn 1 -> P 0.8, R 0.8, F1 0.8; it: tp 0 fp 0 fn 1 -> P 1 (nothing predicted), R 0, F1 0


@pytest.fixture
def setup(tmp_path):
    rules = write_rulebook(tmp_path / "rules")
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(r) for r in GOLD) + "\n", encoding="utf-8")
    return rules, gold


def run(*args):
    result = CliRunner().invoke(demands, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def test_scores_api(setup):
    rules, gold = setup
    ev = evaluate(Classifier(load_rulebook(rules)), read_gold([gold]))
    assert (ev.rows, ev.skipped_ambiguous) == (7, 1)
    c, p = ev.per_category["ceasefire"], ev.per_category["prisoners"]
    assert (c.tp, c.fp, c.fn) == (2, 0, 2)
    assert (p.tp, p.fp, p.fn) == (2, 1, 0)
    assert c.precision == 1.0 and c.recall == 0.5 and c.f1 == pytest.approx(2 / 3)
    assert p.precision == pytest.approx(2 / 3) and p.recall == 1.0 and p.f1 == pytest.approx(0.8)
    assert ev.macro_f1 == pytest.approx((2 / 3 + 0.8) / 2)
    en, it = ev.per_lang["en"], ev.per_lang["it"]
    assert (en.tp, en.fp, en.fn) == (4, 1, 1) and en.f1 == pytest.approx(0.8)
    assert (it.tp, it.fp, it.fn) == (0, 0, 1) and it.f1 == 0.0
    # per-language macro over the categories seen in that language
    assert ev.lang_macro_f1("en") == pytest.approx(0.8)
    assert ev.lang_macro_f1("it") == 0.0


def test_json_output(setup):
    rules, gold = setup
    result = run("eval", gold, "--json", "--rules", rules)
    assert result.exit_code == 0
    out = json.loads(result.output)
    assert out["rows"] == 7 and out["ambiguous_skipped"] == 1
    assert out["macro_f1"] == pytest.approx(0.7333, abs=1e-4)
    assert out["categories"]["ceasefire"] == {"tp": 2, "fp": 0, "fn": 2, "precision": 1.0, "recall": 0.5,
                                              "f1": pytest.approx(0.6667, abs=1e-4)}
    assert out["categories"]["prisoners"]["precision"] == pytest.approx(0.6667, abs=1e-4)
    assert out["languages"]["en"]["f1"] == pytest.approx(0.8)
    assert out["languages"]["it"]["recall"] == 0.0


def test_table_output(setup):
    rules, gold = setup
    result = run("eval", gold, "--rules", rules)
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].split() == ["category", "P", "R", "F1", "tp", "fp", "fn"]
    assert "ceasefire 1.000 0.500 0.667 2 0 2" in [" ".join(line.split()) for line in lines]
    assert "prisoners 0.667 1.000 0.800 2 1 0" in [" ".join(line.split()) for line in lines]
    assert "macro-F1 0.733" in [" ".join(line.split()) for line in lines]
    assert "en 0.800 0.800 0.800 0.800 4 1 1" in [" ".join(line.split()) for line in lines]
    assert "7 sentences scored, 1 ambiguous left out" in result.output


def test_errors_lists_misclassified_sentences_with_rules(setup):
    rules, gold = setup
    result = run("eval", gold, "--errors", "--rules", rules)
    assert result.exit_code == 0
    errors = result.output.split("ambiguous left out\n", 1)[1].strip().splitlines()
    assert errors == [
        f"{gold}:4 [en] gold=ceasefire predicted=ceasefire,prisoners rules=ceasefire.en.truce,prisoners.en.exchange",
        "    Kyiv demands a truce and a prisoner exchange.",
        f"{gold}:5 [en] gold=ceasefire predicted=- rules=-",
        "    Both sides want the guns silenced.",
        f"{gold}:7 [it] gold=ceasefire predicted=- rules=-",
        "    Kyiv chiede una tregua.",
    ]


def test_several_gold_files_add_up(setup, tmp_path):
    rules, gold = setup
    second = tmp_path / "more.jsonl"
    second.write_text(json.dumps({"id": "9", "lang": "en", "text": "Kyiv rejects a truce.",
                                  "categories": ["ceasefire"]}) + "\n", encoding="utf-8")
    out = json.loads(run("eval", gold, second, "--json", "--rules", rules).output)
    assert out["rows"] == 8
    assert out["categories"]["ceasefire"]["tp"] == 3


def test_unreadable_gold_file_is_a_message(setup, tmp_path):
    rules, _ = setup
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "1", "lang": "en", "text": "x", "categories": []}\n{not json\n', encoding="utf-8")
    result = run("eval", bad, "--rules", rules)
    assert result.exit_code == 1
    assert "cannot read gold file" in result.output


# --- issue 18: only the categories the gold covers are scored; malformed rows are errors --------


def write_gold(path, rows):
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_category_the_gold_does_not_cover_is_not_scored(setup, tmp_path):
    """Prisoners has no gold row: it used to score 1.000 and lift the macro-F1, and its correct
    prediction on row 2 counted as a false positive."""
    rules, _ = setup
    gold = write_gold(tmp_path / "cease.jsonl", [
        {"id": "1", "lang": "en", "text": "Kyiv demands a truce.", "categories": ["ceasefire"]},
        {"id": "2", "lang": "en", "text": "Kyiv demands a truce and a prisoner exchange.", "categories": ["ceasefire"]},
        {"id": "3", "lang": "en", "text": "Both sides want the guns silenced.", "categories": ["ceasefire"]},
    ])
    out = json.loads(run("eval", gold, "--json", "--rules", rules).output)
    assert set(out["categories"]) == {"ceasefire"}
    assert out["categories"]["ceasefire"] == {"tp": 2, "fp": 0, "fn": 1, "precision": 1.0,
                                              "recall": pytest.approx(0.6667, abs=1e-4), "f1": 0.8}
    assert out["macro_f1"] == 0.8
    assert out["languages"]["en"]["fp"] == 0
    errors = run("eval", gold, "--errors", "--rules", rules).output
    assert f"{gold}:2" not in errors and f"{gold}:3 [en] gold=ceasefire predicted=-" in errors


def test_a_file_can_declare_the_categories_it_covers(setup, tmp_path):
    rules, _ = setup
    gold = write_gold(tmp_path / "declared.jsonl", [
        {"covers": ["ceasefire", "prisoners"]},
        {"id": "1", "lang": "en", "text": "Kyiv demands a truce.", "categories": ["ceasefire"]},
        {"id": "2", "lang": "en", "text": "Kyiv demands a truce and a prisoner exchange.", "categories": ["ceasefire"]},
    ])
    out = json.loads(run("eval", gold, "--json", "--rules", rules).output)
    assert out["rows"] == 2
    assert set(out["categories"]) == {"ceasefire", "prisoners"}
    assert (out["categories"]["prisoners"]["tp"], out["categories"]["prisoners"]["fp"]) == (0, 1)
    assert out["macro_f1"] == pytest.approx((1.0 + 0.0) / 2)


@pytest.mark.parametrize("row, message", [
    ({"id": "2", "lang": "en", "text": "Kyiv demands a truce."}, "missing 'categories'"),
    ({"id": "2", "text": "Kyiv demands a truce.", "categories": []}, "missing 'lang'"),
    ({"id": "2", "lang": "pt", "text": "Kyiv exige uma trégua.", "categories": []}, "unknown language 'pt'"),
    ({"id": "2", "lang": "en", "text": "A truce.", "categories": "ceasefire"}, "'categories' must be a list"),
    ({"id": "2", "lang": "en", "categories": []}, "missing 'text'"),
    ('["en", "A truce."]', "must be a JSON object"),
    ({"covers": "ceasefire"}, "'covers' must be a list"),
])
def test_malformed_gold_row_is_an_error_naming_the_line(setup, tmp_path, row, message):
    rules, _ = setup
    gold = write_gold(tmp_path / "bad.jsonl", [
        {"id": "1", "lang": "en", "text": "Kyiv demands a truce.", "categories": ["ceasefire"]}, row,
        {"id": "3", "lang": "en", "text": "Moscow wants a prisoner exchange.", "categories": ["prisoners"]},
    ])
    result = run("eval", gold, "--rules", rules)
    assert result.exit_code == 1
    [line] = [line for line in result.output.splitlines() if line.strip()]
    assert line.startswith(f"cannot read gold file: {gold}:2: ") and message in line


def test_every_malformed_row_is_listed_and_undeclared_categories_refused(setup, tmp_path):
    rules, _ = setup
    gold = write_gold(tmp_path / "bad.jsonl", [
        {"covers": ["ceasefire"]},
        {"id": "1", "lang": "en", "text": "Kyiv demands a truce."},
        {"id": "2", "lang": "en", "text": "Moscow wants a prisoner exchange.", "categories": ["prisoners"]},
        "{not json",
    ])
    result = run("eval", gold, "--rules", rules)
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert [line.split(": ", 2)[1] for line in lines] == [f"{gold}:2", f"{gold}:4", f"{gold}:3"]
    assert "category prisoners is not among those the file covers (ceasefire)" in lines[2]


def test_errors_lists_holder_errors_too(tmp_path):
    """With the shipped rulebook: the category is right, the holder is not."""
    gold = write_gold(tmp_path / "holders.jsonl", [
        {"id": "1", "lang": "en", "text": "Ukraine demands an immediate ceasefire.", "categories": ["ceasefire"],
         "actors": ["RU"]},
        {"id": "2", "lang": "en", "text": "Russia demands an immediate ceasefire.", "categories": ["ceasefire"],
         "actors": ["RU"]},
    ])
    result = run("eval", gold, "--errors")
    assert result.exit_code == 0, result.output
    errors = result.output.split("ambiguous left out\n", 1)[1].strip().splitlines()
    assert errors == [f"{gold}:1 [en] holders gold=RU predicted=UA", "    Ukraine demands an immediate ceasefire."]


@pytest.mark.parametrize("content", ["", "\n\n", '{"covers": ["ceasefire"]}\n'])
def test_a_gold_file_without_rows_is_an_error_not_a_perfect_score(setup, tmp_path, content):
    """An empty file (a wrong name, a failed export) scored nothing and reported holder F1 1.000, exit 0."""
    rules, gold = setup
    empty = tmp_path / "empty.jsonl"
    empty.write_text(content, encoding="utf-8")
    result = run("eval", gold, empty, "--rules", rules)
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"cannot read gold file: {empty}: no gold rows (an empty file?)"]
