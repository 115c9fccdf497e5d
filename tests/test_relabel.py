"""Relabel classifies again only what a rule change may touch, and ends where a full relabel ends.

The corpus is every second gold sentence (nine languages), a document per language and file. Each edit
below is applied to a copy of the rulebook; the database relabelled incrementally must hold
exactly the labels, evidence and labeled_sentences rows of a copy relabelled with --all.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from datasette_demands.cli import demands
from datasette_demands.rulebook.model import default_rules_dir

GOLD = Path(__file__).parent / "gold"


def run(*args):
    result = CliRunner().invoke(demands, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


# Every second gold sentence (about 3,450 in nine languages): each test relabels the database in full at least
# once, and some thirty full relabels of the whole gold were the longest module of a web part of `make test`.
# (Every third sentence leaves some edits below with nothing to change.)
GOLD_SAMPLE_STEP = 2


@pytest.fixture(scope="module")
def gold_db(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("relabel")
    corpus = tmp / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as out:
        for path in sorted(GOLD.glob("*.jsonl")):
            by_lang: dict[str, list[str]] = {}
            for line in path.read_text(encoding="utf-8").splitlines()[::GOLD_SAMPLE_STEP]:
                row = json.loads(line)
                by_lang.setdefault(row["lang"], []).append(row["text"].replace("\n", " "))
            for lang, texts in sorted(by_lang.items()):
                out.write(json.dumps({"id": f"{path.stem}-{lang}", "lang": lang, "source": path.stem,
                                      "published": "2025-05-16", "text": "\n\n".join(texts)}, ensure_ascii=False) + "\n")
    db = tmp / "gold.db"
    run("build", db, corpus)
    conn = sqlite3.connect(db)
    conn.execute("pragma wal_checkpoint(truncate)")  # the tests copy the file alone
    conn.close()
    return db


def classified_again(out: str) -> int:
    """The number of sentences an incremental relabel's summary line says it classified again."""
    assert " rule(s) added, removed or changed, " in out, out
    return int(out.split(" rule(s) added, removed or changed, ")[1].split(" ")[0])


def content(db):
    conn = sqlite3.connect(db)
    try:
        return {
            "labels": conn.execute("select sentence_id, category, actors, stance, cited_source, positions from labels"
                                   " order by 1, 2").fetchall(),
            "positions": conn.execute("select * from positions order by sentence_id, category, holder, stance").fetchall(),
            "matches": sorted(conn.execute('select sentence_id, category, rule_id, start, "end", text from matches')),
            "labeled_sentences": conn.execute("select * from labeled_sentences order by sentence_id, category").fetchall(),
            "rules": conn.execute("select id, hits, sentences, only_rule_sentences from rules order by id").fetchall(),
        }
    finally:
        conn.close()


def edited_rules(tmp_path, edit) -> Path:
    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    edit(rules)
    return rules


def edit_category(rules: Path, name: str, change) -> None:
    path = rules / f"{name}.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data["rules"])
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def first(rules_list, lang):
    return next(r for r in rules_list if r["lang"] == lang)


def narrow_a_rule(rules):
    edit_category(rules, "territory", lambda rs: first(rs, "en").update(patterns=first(rs, "en")["patterns"][:1]))


def remove_a_rule(rules):
    edit_category(rules, "ceasefire", lambda rs: rs.remove(first(rs, "ru")))


def add_a_rule(rules):
    edit_category(rules, "reparations", lambda rs: rs.append({
        "id": "reparations.de.test-added", "lang": "de", "description": "a rule added by a test",
        "patterns": [r"\b(?:Moskau|Kiew|Russland|Ukraine)\w*\b"],
        "examples": {"match": ["Moskau fordert Entschädigung."], "no_match": ["Das Wetter ist gut."]},
    }))


def require_a_cue(rules):
    edit_category(rules, "prisoners", lambda rs: first(rs, "fr").update(cue=not first(rs, "fr").get("cue", False)))


def drop_a_category(rules):
    (rules / "neutrality.yml").unlink()


def drop_a_later_pattern(rules):
    """A label keeps its first match but loses a later one: "agreed to a halt to strikes ... but rejected
    a broader truce" no longer holds RU reject once 'truce' is no evidence (a holder's coordinated stances
    follow all of a label's evidence, not only its first match)."""
    edit_category(rules, "ceasefire", lambda rs: first(rs, "en").update(
        patterns=[p for p in first(rs, "en")["patterns"] if "truce" not in p]))


def add_a_pattern(rules):
    """Only patterns change: relabel looks where the added one matches."""
    edit_category(rules, "territory", lambda rs: first(rs, "en")["patterns"].append(r"\b(?:Kyiv|Moscow)\b"))


def reorder_patterns(rules):
    """The same patterns in another order may find other spans: all of the rule's matches are looked at."""
    edit_category(rules, "ceasefire", lambda rs: first(rs, "en")["patterns"].reverse())


def exclude_more(rules):
    edit_category(rules, "ceasefire", lambda rs: first(rs, "en").setdefault("exclude", []).append(r"\btalks?\b"))


def exclude_in_match_more(rules):
    """Only the matches holding the words fall: relabel looks where the rule fired."""
    edit_category(rules, "ceasefire", lambda rs: first(rs, "en").setdefault("exclude_in_match", []).append(r"\btruce"))


def relabel_both(tmp_path, gold_db, rules, *options, tamper: str | None = None) -> tuple[str, dict, dict]:
    """Relabel a copy of the gold database incrementally (with `options`) and another with --all.

    Returns the incremental relabel's summary line and both databases' content. `tamper`: SQL run on
    the incremental copy first.
    """
    incremental, full = tmp_path / "incremental.db", tmp_path / "full.db"
    shutil.copy(gold_db, incremental)
    shutil.copy(gold_db, full)
    if tamper:
        conn = sqlite3.connect(incremental)
        with conn:
            conn.execute(tamper)
        conn.close()
    out = run("relabel", incremental, "--rules", rules, *options)
    run("relabel", full, "--rules", rules, "--all")
    return out, content(incremental), content(full)


@pytest.mark.parametrize("edit", [narrow_a_rule, remove_a_rule, add_a_rule, require_a_cue, drop_a_category,
                                  add_a_pattern, exclude_more, exclude_in_match_more, drop_a_later_pattern])
def test_incremental_relabel_equals_a_full_one(tmp_path, gold_db, edit):
    rules = edited_rules(tmp_path, edit)
    out, incremental, full = relabel_both(tmp_path, gold_db, rules)
    assert incremental == full
    assert incremental != content(gold_db)  # the edit did change something
    classified = classified_again(out)
    total = int(out.split(" ")[0])
    assert 0 < classified < total / 2, out


def test_a_sentence_that_no_longer_inherits_a_label_has_its_holders_worked_out_again(tmp_path):
    """The second sentence inherits neutrality from the first ("dies"), and Kyiv's rejection went to that issue; once
    neutrality is gone, a full relabel gives the rejection to the ceasefire, and so must an incremental one, which
    used to keep the positions worked out beside the label no longer inherited."""
    corpus = tmp_path / "news.jsonl"
    corpus.write_text(json.dumps({"id": "d1", "lang": "de", "text": (
        "Moskau verlangt von der Ukraine den Verzicht auf einen NATO-Beitritt. Eine Waffenruhe über Ostern ordnete "
        "Putin allein an; Kiew wies dies als Show zurück und bestand auf einem Monat.")}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    db = tmp_path / "two.db"
    run("build", db, corpus)
    conn = sqlite3.connect(db)
    before = {(sid, cat): json.loads(p) for sid, cat, p in conn.execute("select sentence_id, category, positions from labels")}
    conn.close()
    assert (2, "neutrality") in before  # inherited
    assert [(p["holder"], p["stance"]) for p in before[(2, "ceasefire")]] == [("RU", "demand")]
    out, incremental, full = relabel_both(tmp_path, db, edited_rules(tmp_path, drop_a_category))
    assert incremental == full
    ceasefire = next(json.loads(row[5]) for row in full["labels"] if row[:2] == (2, "ceasefire"))
    # Kyiv turns Putin's truce down and insists on a month-long one: two stances of one holder (GUIDELINES, r37E)
    assert sorted((p["holder"], p["stance"]) for p in ceasefire) == [("RU", "demand"), ("UA", "demand"), ("UA", "reject")]


def test_reordered_patterns_are_looked_at_wherever_the_rule_may_fire(tmp_path, gold_db):
    """On the gold sentences the reversed order finds the same spans; relabel must look to know it."""
    rules = edited_rules(tmp_path, reorder_patterns)
    out, incremental, full = relabel_both(tmp_path, gold_db, rules)
    assert incremental == full
    assert " 1 rule(s) added, removed or changed, 0 sentence(s) classified again" in out, out


def test_two_workers_give_the_same_labels(tmp_path, gold_db, monkeypatch):
    from datasette_demands.corpus import pipeline

    monkeypatch.setattr(pipeline, "SENTENCES_PER_TASK", 5)  # small tasks, so that the workers do get them
    rules = edited_rules(tmp_path, drop_a_category)
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    shutil.copy(gold_db, one)
    shutil.copy(gold_db, two)
    run("relabel", one, "--rules", rules)
    assert classified_again(run("relabel", two, "--rules", rules, "--workers", "2")) > 20
    assert content(one) == content(two)


def test_words_that_decide_nothing_classify_nothing(tmp_path, gold_db):
    """A description or an example changes the fingerprint but cannot change a label."""
    def reword(rules):
        edit_category(rules, "territory", lambda rs: first(rs, "it").update(description="reworded by a test"))

    rules = edited_rules(tmp_path, reword)
    db = tmp_path / "copy.db"
    shutil.copy(gold_db, db)
    out = run("relabel", db, "--rules", rules)
    assert " 0 rule(s) added, removed or changed, 0 sentence(s) classified again" in out
    assert content(db)["labels"] == content(gold_db)["labels"]
    conn = sqlite3.connect(db)
    assert conn.execute("select description from rules where id like 'territory.it.%' and description = ?",
                        ["reworded by a test"]).fetchone()


def test_unchanged_rulebook_classifies_nothing(tmp_path, gold_db):
    db = tmp_path / "copy.db"
    shutil.copy(gold_db, db)
    assert " 0 rule(s) added, removed or changed, 0 sentence(s) classified again" in run("relabel", db)
    assert content(db) == content(gold_db)


def test_a_cue_change_relabels_everything(tmp_path, gold_db):
    """Cues decide stances of every label: no shortcut."""
    def more_cues(rules):
        path = rules / "cues.yml"
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        data["en"]["demand"].append(r"\bwould very much like\b")
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")

    rules = edited_rules(tmp_path, more_cues)
    db = tmp_path / "copy.db"
    shutil.copy(gold_db, db)
    assert run("relabel", db, "--rules", rules).startswith("relabelled all ")


def test_a_database_without_labelling_state_is_relabelled_whole(tmp_path, gold_db):
    db = tmp_path / "copy.db"
    shutil.copy(gold_db, db)
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("delete from demands_meta where key in ('labelled_rules', 'labelled_context')")
    conn.close()
    assert run("relabel", db).startswith("relabelled all ")
    assert content(db) == content(gold_db)
    assert " 0 rule(s) added, removed or changed" in run("relabel", db)  # the state is recorded again


def test_build_after_a_rule_edit_relabels_incrementally(tmp_path, gold_db):
    """build with a changed rulebook brings the stored labels up to it the same way."""
    rules = edited_rules(tmp_path, remove_a_rule)
    built, full = tmp_path / "built.db", tmp_path / "full.db"
    shutil.copy(gold_db, built)
    shutil.copy(gold_db, full)
    empty = tmp_path / "nothing-new"
    empty.mkdir()
    (empty / "new.txt").write_text("Kyiv demands a full ceasefire before any talks.", encoding="utf-8")
    run("build", built, empty, "--rules", rules)
    run("relabel", full, "--rules", rules, "--all")
    run("build", full, empty, "--rules", rules)
    assert content(built) == content(full)


def test_an_edit_that_changes_no_evidence_classifies_nothing(tmp_path, gold_db):
    """A pattern added to a busy rule that matches nothing more: the changed rule is applied where it
    may fire, its evidence is the same as stored, and no sentence needs classifying again."""
    def widen(rules):
        edit_category(rules, "ceasefire", lambda rs: first(rs, "en")["patterns"].append(r"\bno such words here\b"))

    rules = edited_rules(tmp_path, widen)
    db = tmp_path / "copy.db"
    shutil.copy(gold_db, db)
    out = run("relabel", db, "--rules", rules)
    assert " 1 rule(s) added, removed or changed, 0 sentence(s) classified again" in out, out
    assert content(db) == content(gold_db)


def test_which_rule_changes_screen_only_the_patterns_that_changed():
    from datasette_demands.rulebook.load import load_rulebook
    from datasette_demands.rulebook.diff import RuleChange, definition

    rule = next(r for r in load_rulebook().rules if len(r.patterns) >= 3)
    before = definition(rule)
    added = dict(before, patterns=before["patterns"] + ["\\bnew\\b"])
    dropped = dict(before, patterns=before["patterns"][1:])
    swapped = dict(before, patterns=before["patterns"][1:2] + before["patterns"][:1] + before["patterns"][2:])
    excluded = dict(before, exclude=before["exclude"] + ["\\bnot\\b"])
    # `before` here stands for the stored definition and `rule` for the current one
    assert RuleChange(rule.id, rule, added).screen_patterns() == ["\\bnew\\b"]
    assert RuleChange(rule.id, rule, dropped).screen_patterns() == before["patterns"][:1]
    for other in (swapped, excluded):
        change = RuleChange(rule.id, rule, other)
        assert not change.patterns_only and change.screen_patterns() == before["patterns"]
    assert RuleChange(rule.id, None, before).screen_patterns() == before["patterns"]
    assert not RuleChange(rule.id, rule, None).patterns_only


def worked_out_again(out: str) -> int:
    """How many of the sentences classified again had their holders and stances worked out again."""
    return int(out.split(" sentence(s) classified again (")[1].split(" ")[0])


@pytest.mark.parametrize("edit, some_in_full", [(narrow_a_rule, False), (add_a_pattern, True),
                                                (drop_a_later_pattern, True)])
def test_labels_whose_matches_stay_keep_their_holders_without_classifying(tmp_path, gold_db, edit, some_in_full):
    """Dropping patterns mostly takes a label away altogether: a sentence left with no label needs no
    holders worked out. One that keeps another label is classified in full (a holder that demands in a
    clause of its own holds only that clause's issue, so the labels that stay may change), and so is one
    where a match appears or goes under a label that stays (a holder's coordinated stances follow every
    match of the label), or one labelled anew. Either way the result is a full relabel's."""
    rules = edited_rules(tmp_path, edit)
    out, incremental, full = relabel_both(tmp_path, gold_db, rules)
    assert incremental == full
    classified, in_full = classified_again(out), worked_out_again(out)
    assert 0 < classified and in_full <= classified, out
    if some_in_full:
        assert in_full > 0, out
    else:  # some sentences it touched lose their only label: nothing to work out there
        assert in_full < classified, out


def add_a_rule_in_every_language(rules):
    edit_category(rules, "ceasefire", lambda rs: rs.append({
        "id": "ceasefire.any.test-added", "lang": "any", "description": "a rule for every language, added by a test",
        "patterns": [r"\b(?:Istanbul\w*|Стамбул\w*)\b"],
        "examples": {"match": ["Talks in Istanbul."], "no_match": ["Talks in Geneva."]},
    }))


@pytest.mark.parametrize("edit", [add_a_rule_in_every_language, narrow_a_rule, remove_a_rule])
def test_screening_in_worker_processes_equals_a_full_relabel(tmp_path, gold_db, monkeypatch, edit):
    """Small screening tasks, so that two processes share many (language, id range) tasks."""
    from datasette_demands.corpus import pipeline

    monkeypatch.setattr(pipeline, "SCREEN_IDS", 50)
    rules = edited_rules(tmp_path, edit)
    out, incremental, full = relabel_both(tmp_path, gold_db, rules, "--workers", "2")
    assert incremental == full
    assert incremental != content(gold_db)
    assert 0 < classified_again(out), out


def test_a_rules_table_not_matching_the_labels_is_not_trusted(tmp_path, gold_db):
    """An interrupted relabel may leave the rules table of a rulebook whose labels never landed: its
    definitions then say nothing of the stored labels, and each changed rule is looked at whole."""
    rules = edited_rules(tmp_path, narrow_a_rule)
    # as if the narrowed rulebook had been written, and its relabel had not finished
    _, incremental, full = relabel_both(tmp_path, gold_db, rules, tamper=(
        "update rules set patterns = json_array(json_extract(patterns, '$[0]'))"
        " where id = (select id from rules where id like 'territory.en.%' order by rowid limit 1)"))
    assert incremental == full


def test_removing_a_rule_whose_definition_is_unknown_looks_where_it_fired(tmp_path, gold_db):
    rules = edited_rules(tmp_path, remove_a_rule)
    out, incremental, full = relabel_both(tmp_path, gold_db, rules,
                                          tamper="update rules set patterns = '[]' where id like 'ceasefire.ru.%'")
    assert incremental == full
    assert classified_again(out) > 0, out


def test_a_strict_group_change_relabels_the_rules_that_require_it(tmp_path, gold_db):
    """The words of a cue group are part of the signatures of the rules requiring it (`cue: strict`): a change
    to them relabels only where those rules may fire, and ends where a full relabel ends."""
    def fewer_strict_words(rules):
        path = rules / "cues.yml"
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        data["en"]["strict"] = [p for p in data["en"]["strict"] if "reject" not in p]
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")

    rules = edited_rules(tmp_path, fewer_strict_words)
    out, incremental, full = relabel_both(tmp_path, gold_db, rules)
    assert not out.startswith("relabelled all "), out
    requiring = [r["id"] for p in ("ceasefire", "neutrality", "prisoners", "reparations", "territory")
                 for r in yaml.safe_load((rules / f"{p}.yml").read_text(encoding="utf-8"))["rules"]
                 if r["lang"] == "en" and r.get("cue") == "strict"]  # the broad rules, and any other requiring it
    assert {f"{p}.en.broad" for p in ("ceasefire", "territory")} <= set(requiring)
    assert f" {len(requiring)} rule(s) added, removed or changed, " in out, out
    assert incremental == full
    assert incremental != content(gold_db)  # "rejected ... truce" sentences lost a broad rule's evidence
    assert 0 < classified_again(out) < int(out.split(" ")[0]) / 2, out


@pytest.mark.parametrize("everything", [True, False])
def test_a_relabel_cut_short_in_its_discourse_step_keeps_the_old_labels(tmp_path, gold_db, monkeypatch, everything):
    """The rule labels and the labels the discourse step takes from the sentence before are swapped in one
    transaction: a relabel killed after the first and before the second once committed the rule labels
    without the inherited ones (the rules' fingerprint already stored, so no later run put them back)."""
    from datasette_demands.corpus import pipeline
    from datasette_demands.rulebook.load import load_rulebook

    rules = edited_rules(tmp_path, narrow_a_rule)
    db = tmp_path / "cut.db"
    shutil.copy(gold_db, db)
    before = content(db)
    assert any(m[2].startswith("discourse.") for m in before["matches"])  # the step has labels to lose

    def killed(*args, **kwargs):
        raise KeyboardInterrupt("killed in the discourse step")

    monkeypatch.setattr(pipeline, "_discourse_of_document", killed)
    with pytest.raises(KeyboardInterrupt):
        pipeline.relabel(db, load_rulebook(rules), everything=everything)
    assert content(db)["matches"] == before["matches"]
    assert content(db)["labels"] == before["labels"]
    monkeypatch.undo()
    run("relabel", db, "--rules", rules)  # the next run ends where an uninterrupted one does
    full = tmp_path / "full.db"
    shutil.copy(gold_db, full)
    run("relabel", full, "--rules", rules, "--all")
    assert content(db) == content(full)


def test_a_database_of_schema_12_gains_the_rules_exclude_in_match(tmp_path, gold_db):
    from datasette_demands.corpus.store import SCHEMA_VERSION, open_db

    db = tmp_path / "old.db"
    shutil.copy(gold_db, db)
    stored = dict(sqlite3.connect(db).execute("select id, exclude_in_match from rules").fetchall())
    assert json.loads(stored["territory.en.cession"])  # the shipped rule has one, and the table keeps it
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("alter table rules drop column exclude_in_match")
        conn.execute("update demands_meta set value = '12' where key = 'schema_version'")
    conn.close()
    open_db(db).conn.close()  # what every command does first
    conn = sqlite3.connect(db)
    assert conn.execute("select value from demands_meta where key = 'schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
    assert {r[1] for r in conn.execute("pragma table_info(rules)")} >= {"exclude_in_match"}
    conn.close()
    out = run("relabel", db)  # the rules it could not read back are looked at again; the table is written anew
    assert " rule(s) added, removed or changed, " in out
    assert dict(sqlite3.connect(db).execute("select id, exclude_in_match from rules").fetchall()) == stored
