"""The sentence before: list items under a heading and quotes after "X said:" take its cue and holder."""

import json
import sqlite3

from click.testing import CliRunner

from datasette_demands.cli import demands
from datasette_demands.corpus.store import ensure_schema, open_db
from datasette_demands.labelling.classify import Classifier
from datasette_demands.labelling.segment import segment
from datasette_demands.rulebook.load import load_rulebook

MEMO = ("Russia's memorandum sets out its demands:\n"
        "A ban on foreign troops and military infrastructure in Ukraine.\n"
        "Limits on the size of the armed forces.\n"
        "\n"
        "Zelensky said:\n"
        "\"We will never give up Crimea.\"\n"
        "The talks ended without a date for the next round. A ban on foreign troops was not discussed.\n")
ITEM = "A ban on foreign troops and military infrastructure in Ukraine."
HEADING = "Russia's memorandum sets out its demands:"


def run(*args, input=None):
    return CliRunner().invoke(demands, [str(a) for a in args], input=input, catch_exceptions=False)


def test_a_colon_introduces_the_next_sentence_and_the_list_below_it():
    _, sentences = segment(MEMO, "en")
    assert [s.lead for s in sentences] == [None, 1, 1, None, 4, None, None]
    # a blank line ends the list; two sentences on one line are no list items
    _, sentences = segment("Kyiv asks:\nOne.\n\nTwo.\nMoscow listed:\nOne point. Another point.\nA third line.\n", "en")
    assert [s.lead for s in sentences] == [None, 1, None, None, 4, None, None]


def test_a_list_item_takes_the_cue_and_holder_of_its_heading():
    classifier = Classifier(load_rulebook())
    assert classifier.classify(ITEM, "en") == []  # no cue, no holder of its own
    labels = classifier.classify(ITEM, "en", lead=HEADING)
    assert [(lb.category, lb.actors, lb.stance) for lb in labels] == [("neutrality", ["RU"], "demand")]
    # a lead without a cue gives nothing
    assert classifier.classify(ITEM, "en", lead="The following points were on the table:") == []


def test_a_quote_takes_its_speaker_but_keeps_its_own_stance():
    classifier = Classifier(load_rulebook())
    alone = classifier.classify("\"We will never give up Crimea.\"", "en")
    quoted = classifier.classify("\"We will never give up Crimea.\"", "en", lead="Zelensky said:")
    assert [lb.category for lb in alone] == [lb.category for lb in quoted] == ["territory"]
    assert alone[0].actors == [] and quoted[0].actors == ["UA"]
    assert quoted[0].stance == alone[0].stance == "reject"


def labels_by_text(db_path):
    conn = sqlite3.connect(db_path)
    try:
        return sorted(conn.execute(
            "select sentences.text, labels.category, labels.actors, labels.stance, sentences.lead_seq from labels"
            " join sentences on sentences.id = labels.sentence_id").fetchall())
    finally:
        conn.close()


def test_build_stores_the_lead_and_relabel_keeps_what_build_gave(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "memo.txt").write_text(MEMO, encoding="utf-8")
    db = tmp_path / "news.db"
    assert run("build", db, tmp_path / "in").exit_code == 0
    built = labels_by_text(db)
    assert (ITEM, "neutrality", json.dumps(["RU"]), "demand", 1) in built
    assert ("\"We will never give up Crimea.\"", "territory", json.dumps(["UA"]), "reject", 4) in built
    assert not any(text.startswith("The talks ended") for text, *_ in built)
    assert run("relabel", db, "--all").exit_code == 0
    assert labels_by_text(db) == built


def test_a_database_of_schema_2_gains_the_lead_column(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.execute('create table sentences (id integer primary key, document_id text, seq integer, text text,'
                 ' lang text, start integer, "end" integer)')
    conn.execute("create table documents (id text primary key, source text, title text, url text, published text,"
                 " lang text, path text, sha256 text, chars integer, sentence_count integer)")
    conn.commit()
    conn.close()
    db = open_db(path)
    ensure_schema(db)
    assert "lead_seq" in db["sentences"].columns_dict
    assert int(db.execute("select value from demands_meta where key = 'schema_version'").fetchone()[0]) >= 3
