"""Per-rule statistics in the `rules` table after a build and after a relabel: hits, sentences, only-rule sentences."""

import json
import sqlite3

import pytest

from datasette_demands.corpus.pipeline import build, relabel
from datasette_demands.rulebook.load import load_rulebook

from test_rulebook import CUES, write_rulebook

CEASEFIRE = r"""category: ceasefire
title: Ceasefire
description: Stopping the fighting.
rules:
  - id: ceasefire.en.truce
    lang: en
    description: truce
    patterns: ['\btruces?\b']
    examples: {match: ["a truce", "two truces"], no_match: ["trust", "true"]}
  - id: ceasefire.en.ceasefire
    lang: en
    description: ceasefire
    patterns: ['\bceasefire\b']
    examples: {match: ["a ceasefire", "the ceasefire"], no_match: ["a cease", "fire"]}
  - id: ceasefire.en.dead
    lang: en
    description: never fires on the input
    patterns: ['\barmistice\b']
    examples: {match: ["an armistice", "the armistice"], no_match: ["a truce", "arms"]}
"""

PRISONERS = r"""category: prisoners
title: Prisoners
description: Exchanges.
rules:
  - id: prisoners.en.exchange
    lang: en
    description: exchange
    patterns: ['\bprisoner exchange\b']
    examples: {match: ["a prisoner exchange", "the prisoner exchange"], no_match: ["an exchange", "prisoners"]}
"""

# One sentence per document, so the figures do not depend on sentence splitting.
SENTENCES = [
    "A truce and then another truce were proposed.",   # truce x2 (alone)
    "The truce became a ceasefire.",                   # truce + ceasefire
    "A ceasefire now.",                                # ceasefire (alone)
    "A prisoner exchange and a truce.",                # prisoners + truce (two categories)
    "Nothing to see here.",                            # no rule
    "Prisoner exchange first.",                        # prisoners (alone)
]
EXPECTED = {
    # id: (hits, sentences, only_rule_sentences)
    "ceasefire.en.truce": (4, 3, 1),
    "ceasefire.en.ceasefire": (2, 2, 1),
    "ceasefire.en.dead": (0, 0, 0),
    "prisoners.en.exchange": (2, 2, 1),
}


def stats(db_path):
    conn = sqlite3.connect(db_path)
    try:
        return {r[0]: tuple(r[1:]) for r in conn.execute(
            "select id, hits, sentences, only_rule_sentences from rules order by id")}
    finally:
        conn.close()


@pytest.fixture
def built(tmp_path):
    rules = write_rulebook(tmp_path / "rules", cues_yml=CUES, ceasefire_yml=CEASEFIRE, prisoners_yml=PRISONERS)
    inputs = tmp_path / "in.jsonl"
    inputs.write_text("\n".join(json.dumps({"id": f"d{i}", "lang": "en", "text": s})
                                for i, s in enumerate(SENTENCES)) + "\n", encoding="utf-8")
    db = tmp_path / "stats.db"
    summary = build(db, [inputs], load_rulebook(rules))
    assert not summary.problems
    return db, rules


def test_stats_after_build(built):
    db, _ = built
    assert stats(db) == EXPECTED


def test_stats_agree_with_matches_table(built):
    db, _ = built
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from sentences").fetchone()[0] == len(SENTENCES)
    assert conn.execute("select sum(hits) from rules").fetchone()[0] == conn.execute(
        "select count(*) from matches").fetchone()[0]
    dead = conn.execute("select id from rules where hits = 0").fetchall()
    assert dead == [("ceasefire.en.dead",)]


def test_stats_after_relabel_with_changed_rules(built, tmp_path):
    db, rules = built
    # the dead rule comes alive on "Nothing to see here." and the truce rule is retired
    text = CEASEFIRE.replace(r"'\barmistice\b'", r"'\bnothing\b'").replace(
        "    description: truce\n", "    description: truce\n    status: deprecated\n")
    (rules / "ceasefire.yml").write_text(text, encoding="utf-8")
    relabel(db, load_rulebook(rules))
    assert stats(db) == {
        "ceasefire.en.ceasefire": (2, 2, 2),  # both its sentences are now its own
        "ceasefire.en.dead": (1, 1, 1),
        "prisoners.en.exchange": (2, 2, 2),
    }
