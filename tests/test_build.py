"""The spine end to end: inputs -> database, idempotent, replacing changed documents."""

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import every_table
from datasette_demands.cli import demands

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
TABLES = ("documents", "sentences", "labels", "matches", "rules", "categories")


def row_counts(db_path):
    conn = sqlite3.connect(db_path)
    try:
        return {t: conn.execute(f"select count(*) from [{t}]").fetchone()[0] for t in TABLES}
    finally:
        conn.close()


def run(*args, input=None):
    return CliRunner().invoke(demands, [str(a) for a in args], input=input, catch_exceptions=False)


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("seed") / "demo.db"
    result = run("build", path, SEEDS)
    assert result.exit_code == 0, result.output
    return path


def test_seed_build_shows_all_five_categories(seed_db):
    conn = sqlite3.connect(seed_db)
    cats = {r[0] for r in conn.execute("select distinct category from labeled_sentences")}
    assert {"neutrality", "territory", "reparations", "ceasefire", "prisoners"} <= cats
    assert conn.execute("select count(*) from documents").fetchone()[0] == 5
    # metadata from seeds/documents.yml reached the documents table
    assert conn.execute("select source, lang, published from documents where id = '003_9f9d25f7bc33192e'").fetchone() \
        == ("PISM", "en", "2025-05-20")
    assert conn.execute("select lang from documents where id = '000_31246ef5164c864f'").fetchone()[0] == "it"


def test_sentence_offsets_point_into_the_document(seed_db):
    conn = sqlite3.connect(seed_db)
    for doc_id, path in conn.execute("select id, path from documents"):
        text = Path(path).read_text(encoding="utf-8")
        for s_text, start, end in conn.execute(
                'select text, start, "end" from sentences where document_id = ? order by seq', [doc_id]):
            assert text[start:end] == s_text


def test_a_page_break_joins_a_sentence_but_not_to_the_running_header():
    from datasette_demands.labelling.segment import segment

    # a line without an end that the next line continues in lower case is one sentence (a PDF's line break)
    _, sentences = segment("The delegations discussed the exchange of\nprisoners of war in Istanbul.\n", "en")
    assert [s.text for s in sentences] == ["The delegations discussed the exchange of\nprisoners of war in Istanbul."]
    # the seed's page break: the running header was glued to the continuation ("PISM BULLETIN\n\nhumanitarian ...")
    text = "They discussed the talks and\n\nPISM BULLETIN\n\nhumanitarian issues, including the release of prisoners.\n"
    _, sentences = segment(text, "en")
    assert [s.text for s in sentences] == ["They discussed the talks and", "PISM BULLETIN",
                                           "humanitarian issues, including the release of prisoners."]


def test_a_skipped_input_on_a_terminal_gets_a_line_of_its_own(tmp_path, monkeypatch):
    # the bar draws with a carriage return and no newline: "0.0/0.7skipped: ..." on one line
    import datasette_demands.cli as cli

    monkeypatch.setattr(cli, "_show_progress", lambda: True)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Kyiv demanded a ceasefire.", encoding="utf-8")
    (folder / "b.txt").write_text("   ", encoding="utf-8")
    result = CliRunner().invoke(demands, ["build", str(tmp_path / "x.db"), str(folder)])
    assert result.exit_code == 1, result.output
    assert cli.CLEAR_LINE + "skipped: " in result.stderr and "empty document" in result.stderr


def test_match_offsets_point_into_the_sentence(seed_db):
    conn = sqlite3.connect(seed_db)
    rows = conn.execute('select s.text, m.start, m."end", m.text from matches m join sentences s on s.id = m.sentence_id')
    n = 0
    for s_text, start, end, evidence in rows:
        assert s_text[start:end] == evidence
        n += 1
    assert n > 0


def test_second_build_changes_nothing(tmp_path):
    db = tmp_path / "x.db"
    assert run("build", db, SEEDS).exit_code == 0
    before = row_counts(db)
    result = run("build", db, SEEDS)
    assert result.exit_code == 0
    assert "0 documents written (5 unchanged)" in result.output
    assert row_counts(db) == before


def test_jsonl_keeps_record_ids_and_fields(tmp_path):
    src = tmp_path / "in.jsonl"
    records = [
        {"id": "AP-0001", "text": "Russia rejected Ukraine's proposal for a ceasefire.", "source": "AP",
         "title": "T1", "url": "https://example.org/1", "published": "2025-05-17", "lang": "en"},
        {"id": 42, "text": "Moscow demands that Kyiv renounce claims to reparations.", "source": "Reuters"},
    ]
    src.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    db = tmp_path / "x.db"
    assert run("build", db, src).exit_code == 0
    conn = sqlite3.connect(db)
    rows = dict(conn.execute("select id, source from documents"))
    assert rows == {"AP-0001": "AP", "42": "Reuters"}
    assert conn.execute("select url, published, title from documents where id = 'AP-0001'").fetchone() == \
        ("https://example.org/1", "2025-05-17", "T1")
    assert conn.execute("select category from labeled_sentences where document_id = 'AP-0001'").fetchone()[0] == "ceasefire"


def test_csv_input(tmp_path):
    src = tmp_path / "in.csv"
    src.write_text('id,text,source,lang\nc1,"Russia and Ukraine agreed to exchange prisoners of war.",TASS,en\n',
                   encoding="utf-8")
    db = tmp_path / "x.db"
    assert run("build", db, src).exit_code == 0
    conn = sqlite3.connect(db)
    assert conn.execute("select id, source from documents").fetchall() == [("c1", "TASS")]
    assert conn.execute("select category from labels").fetchall() == [("prisoners",)]


def test_changed_input_replaces_its_rows(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("Kyiv insists on an unconditional 30-day truce. Second sentence here.", encoding="utf-8")
    other = tmp_path / "b.txt"
    other.write_text("Moscow demands that Ukraine renounce reparations.", encoding="utf-8")
    db = tmp_path / "x.db"
    assert run("build", db, tmp_path).exit_code == 0
    doc.write_text("The weather in Istanbul was fine.", encoding="utf-8")
    assert run("build", db, tmp_path).exit_code == 0
    conn = sqlite3.connect(db)
    assert conn.execute("select text from sentences where document_id = 'a'").fetchall() == \
        [("The weather in Istanbul was fine.",)]
    assert conn.execute("select count(*) from labels where document_id = 'a'").fetchone()[0] == 0
    assert conn.execute("select count(*) from matches where document_id = 'a'").fetchone()[0] == 0
    # the untouched document keeps its label
    assert conn.execute("select category from labels where document_id = 'b'").fetchall() == [("reparations",)]
    # full-text index follows the replacement
    assert conn.execute("select count(*) from sentences_fts where sentences_fts match 'truce'").fetchone()[0] == 0
    assert conn.execute("select count(*) from sentences_fts where sentences_fts match 'weather'").fetchone()[0] == 1


def test_classify_prints_json():
    result = run("classify", "Russia rejected Ukraine's proposal for a ceasefire. The hotel was nice.", "--lang", "en")
    assert result.exit_code == 0
    out = json.loads(result.output)
    assert [s["categories"] for s in out["sentences"]] == [["ceasefire"], []]
    ev = out["sentences"][0]["labels"][0]["evidence"][0]
    assert out["sentences"][0]["text"][ev["start"]:ev["end"]] == ev["text"]
    assert ev["rule_id"].startswith("ceasefire.")


def test_classify_prints_each_holders_position_with_its_words():
    text = "Russia rejected Ukraine's proposal for a ceasefire."
    out = json.loads(run("classify", text, "--lang", "en").output)
    label = out["sentences"][0]["labels"][0]
    positions = {(p["holder"], p["stance"]): p for p in label["positions"]}
    assert set(positions) == {("RU", "reject"), ("UA", "demand")}
    assert positions[("RU", "reject")]["holder_span"]["text"] == "Russia"
    assert positions[("RU", "reject")]["cue"]["text"].startswith("rejected")
    assert positions[("UA", "demand")]["holder_span"]["text"].startswith("Ukraine")
    for p in label["positions"]:
        for span in (p["holder_span"], p["cue"]):
            if span is not None:
                assert text[span["start"]:span["end"]] == span["text"]


def test_classify_reads_stdin():
    result = run("classify", "-", input="Mosca chiede un cessate il fuoco immediato.")
    out = json.loads(result.output)
    assert out["lang"] == "it"
    assert out["sentences"][0]["categories"] == ["ceasefire"]


def test_classify_without_text_says_how_to_give_it():
    # nothing to read (no argument, an empty pipe, blank text) was an empty list and exit 0
    for args, stdin in ((("classify",), ""), (("classify", "-"), "  \n"), (("classify", "   "), None)):
        result = run(*args, input=stdin)
        assert result.exit_code == 2, (args, result.output)
        assert "no text to classify" in result.output and "'-'" in result.output


def test_relabel_records_fingerprint_and_is_idempotent(tmp_path, seed_db):
    import shutil

    db = tmp_path / "copy.db"
    shutil.copy(seed_db, db)
    conn = sqlite3.connect(db)
    before = conn.execute("select sentence_id, category from labels order by 1, 2").fetchall()
    conn.close()
    result = run("relabel", db)
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(db)
    after = conn.execute("select sentence_id, category from labels order by 1, 2").fetchall()
    assert after == before
    from datasette_demands.rulebook.load import load_rulebook

    fp = conn.execute("select value from demands_meta where key = 'rulebook_fingerprint'").fetchone()[0]
    assert fp == load_rulebook().fingerprint


def test_relabel_applies_a_changed_rulebook(tmp_path, seed_db):
    import shutil

    from datasette_demands.rulebook.model import default_rules_dir

    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    (rules / "reparations.yml").unlink()
    db = tmp_path / "copy.db"
    shutil.copy(seed_db, db)
    assert run("relabel", db, "--rules", rules).exit_code == 0
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from labels where category = 'reparations'").fetchone()[0] == 0
    assert conn.execute("select count(*) from rules where category = 'reparations'").fetchone()[0] == 0
    assert conn.execute("select count(*) from labels where category = 'ceasefire'").fetchone()[0] > 0


SANCTIONS = """category: sanctions
title: Sanctions relief
description: Lifting sanctions as a condition
rules:
  - id: sanctions.en.lift
    lang: en
    description: lifting sanctions
    patterns: ['\\blift(?:ing)? (?:the )?sanctions\\b']
    examples:
      match: ["Moscow demands lifting sanctions."]
      no_match: ["Sanctions stay in place."]
"""


def meta(db, key):
    conn = sqlite3.connect(db)
    try:
        row = conn.execute("select value from demands_meta where key = ?", [key]).fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def categories_labelled(db):
    conn = sqlite3.connect(db)
    try:
        return {c for (c,) in conn.execute("select distinct category from labels")}
    finally:
        conn.close()


def test_a_database_remembers_its_rulebook_and_another_one_must_be_named(tmp_path):
    """Issue 18, item 1: relabel (and build) without --rules keep the rulebook the database was
    labelled with; another one is used only when named, and the summary says what it changes."""
    import shutil

    from datasette_demands.rulebook.model import default_rules_dir

    rc = tmp_path / "rc"
    shutil.copytree(default_rules_dir(), rc)
    (rc / "sanctions.yml").write_text(SANCTIONS, encoding="utf-8")
    news = tmp_path / "news"
    news.mkdir()
    (news / "en1.txt").write_text("Moscow demands lifting sanctions. Kyiv insists on a 30-day truce.", encoding="utf-8")
    db = tmp_path / "custom.db"
    assert run("build", db, news, "--rules", rc).exit_code == 0
    assert categories_labelled(db) == {"sanctions", "ceasefire"}
    assert meta(db, "rulebook_dir") == str(rc.resolve())

    result = run("relabel", db)
    assert result.exit_code == 0, result.output
    assert categories_labelled(db) == {"sanctions", "ceasefire"}
    assert meta(db, "rulebook_dir") == str(rc.resolve())
    assert "categories" not in result.output

    (news / "en2.txt").write_text("Russia demands lifting the sanctions first.", encoding="utf-8")
    assert run("build", db, news).exit_code == 0  # a later build, too, keeps it
    assert categories_labelled(db) == {"sanctions", "ceasefire"}
    assert meta(db, "rulebook_dir") == str(rc.resolve())

    result = run("relabel", db, "--rules", default_rules_dir())
    assert result.exit_code == 0, result.output
    assert categories_labelled(db) == {"ceasefire"}
    assert f"rulebook {default_rules_dir().resolve()} replaces {rc.resolve()}" in result.output
    assert "categories removed: sanctions" in result.output
    assert "rules: 0 added, 1 removed, 0 changed" in result.output

    result = run("build", db, news, "--rules", rc)
    assert "stored labels redone (" in result.output and "categories added: sanctions" in result.output
    assert categories_labelled(db) == {"sanctions", "ceasefire"}


def test_a_remembered_rulebook_that_is_gone_is_an_error_and_touches_nothing(tmp_path):
    import shutil

    from datasette_demands.rulebook.model import default_rules_dir

    rc = tmp_path / "rc"
    shutil.copytree(default_rules_dir(), rc)
    (rc / "sanctions.yml").write_text(SANCTIONS, encoding="utf-8")
    doc = tmp_path / "en1.txt"
    doc.write_text("Moscow demands lifting sanctions.", encoding="utf-8")
    db = tmp_path / "custom.db"
    assert run("build", db, doc, "--rules", rc).exit_code == 0
    before = row_counts(db)
    shutil.rmtree(rc)
    for command in (["relabel", db], ["build", db, doc]):
        result = run(*command)
        assert result.exit_code == 2
        assert f"was labelled with the rulebook in {rc.resolve()}, which is not there" in result.output
        assert "--rules" in result.output
    assert row_counts(db) == before and categories_labelled(db) == {"sanctions"}


def test_build_summary_says_which_counts_are_this_runs_and_which_the_databases(tmp_path):
    """Issue 18, item 9: "0 documents written ... labels: ceasefire 10" mixed the two."""
    db = tmp_path / "x.db"
    first = run("build", db, SEEDS)
    assert first.exit_code == 0
    conn = sqlite3.connect(db)
    sentences = conn.execute("select count(*) from sentences").fetchone()[0]
    per_category = ", ".join(f"{c} {n}" for c, n in conn.execute(
        "select category, count(*) from labels group by category order by category"))
    conn.close()
    database = f"in the database: 5 documents, {sentences} sentences, labels: {per_category}"
    assert f"this run: 5 documents written (0 unchanged), {sentences} sentences, labels: {per_category}; " \
           f"{database};" in first.output
    again = run("build", db, SEEDS)
    assert "this run: 0 documents written (5 unchanged), 0 sentences, labels: none; " f"{database};" in again.output
    extra = tmp_path / "extra.jsonl"
    extra.write_text(json.dumps({"id": "x1", "text": "Moscow demands that Kyiv renounce claims to reparations."}) + "\n",
                     encoding="utf-8")
    third = run("build", db, extra)
    assert "this run: 1 document written (0 unchanged), 1 sentence, labels: reparations 1; " \
           f"in the database: 6 documents, {sentences + 1} sentences" in third.output


def test_a_new_database_that_nothing_could_be_read_into_is_not_left_behind(tmp_path):
    """Every input skipped: exit 1 and no new file (it was a 2.2 MB database holding only the schema)."""
    odd = tmp_path / "in2.json"
    odd.write_text("{}", encoding="utf-8")
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    db = tmp_path / "s2.db"
    result = run("build", db, odd, empty)
    assert result.exit_code == 1
    assert f"skipped: {odd}: unsupported file type .json, skipped" in result.output
    assert f"nothing could be read, so {db} was not created" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.jsonl", "in2.json"]


def test_a_database_that_existed_stays_when_nothing_could_be_read(tmp_path):
    odd = tmp_path / "in2.json"
    odd.write_text("{}", encoding="utf-8")
    db = tmp_path / "s2.db"
    first = run("build", db, SEEDS)
    assert first.exit_code == 0, first.output
    before = row_counts(db)
    again = run("build", db, odd)
    assert again.exit_code == 1 and "not created" not in again.output
    assert row_counts(db) == before and before["documents"] == 5
    # an existing database that holds no documents yet is left too
    from datasette_demands.corpus import store

    bare = tmp_path / "bare.db"
    store.close_db(store.open_db(bare))
    assert run("build", bare, odd).exit_code == 1
    assert bare.exists() and row_counts(bare)["documents"] == 0


def test_datasette_command_group_is_registered():
    exe = Path(sys.executable).parent / "datasette"
    out = subprocess.run([str(exe), "demands", "--help"], capture_output=True, text=True, check=True).stdout
    for cmd in ("build", "relabel", "classify", "eval", "rules"):
        assert cmd in out


def test_workers_give_the_same_database_and_share_one_pool_across_a_rulebook_change(tmp_path):
    """--workers 2 writes what one process writes, also when the rulebook changed since the last
    build (the same pool relabels the stored sentences, then labels the new documents)."""
    import shutil

    from datasette_demands.rulebook.model import default_rules_dir

    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    (rules / "reparations.yml").unlink()
    extra = tmp_path / "extra.jsonl"
    extra.write_text(json.dumps({"id": "x1", "text": "Moscow demands that Kyiv renounce claims to reparations."}) + "\n",
                     encoding="utf-8")

    def labels(db):
        conn = sqlite3.connect(db)
        try:
            return conn.execute("select l.document_id, s.seq, l.category, l.actors, l.stance from labels l "
                                "join sentences s on s.id = l.sentence_id order by 1, 2, 3").fetchall()
        finally:
            conn.close()

    out = {}
    for workers in ("1", "2"):
        db = tmp_path / f"w{workers}.db"
        assert run("build", db, SEEDS, "--rules", rules, "--workers", workers).exit_code == 0
        # the shipped rulebook again (named: without --rules the database keeps the one it was labelled with)
        assert run("build", db, SEEDS, extra, "--workers", workers, "--rules", default_rules_dir()).exit_code == 0
        out[workers] = labels(db)
    assert out["1"] == out["2"]
    assert any(row[2] == "reparations" for row in out["2"])  # relabelled with the shipped rulebook
    assert ("x1", 1, "reparations") in [row[:3] for row in out["2"]]


def test_a_small_build_starts_no_workers_and_a_big_one_writes_what_one_process_writes(tmp_path, monkeypatch):
    """The writer labels a build's first SMALL_JOB_SENTENCES sentences itself and starts the worker processes
    only when documents remain: a small job with --workers 2 starts none, a big one starts them part way
    (forked with the writer's compiled languages); every table is the same as one process writes. "Big" is
    made small here (two documents a task, the workers started after 30 sentences)."""
    from datasette_demands.corpus import pipeline
    from datasette_demands.rulebook.load import load_rulebook

    rows = [json.loads(line) for path in sorted((ROOT / "tests" / "gold").glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines()]
    texts = [row["text"] for row in rows if isinstance(row, dict) and row.get("text")][:240]
    news = tmp_path / "news.jsonl"  # 24 documents of ten gold sentences, languages detected
    news.write_text("".join(json.dumps({"id": f"n{i}", "text": " ".join(texts[i * 10:i * 10 + 10])}) + "\n"
                            for i in range(24)), encoding="utf-8")
    rulebook = load_rulebook()
    started = []
    real_pool = pipeline._pool

    def counting_pool(workers, *args, **kwargs):
        pool = real_pool(workers, *args, **kwargs)
        if pool is not None:
            started.append(workers)
        return pool

    monkeypatch.setattr(pipeline, "_pool", counting_pool)

    def build(name, workers):
        db = tmp_path / f"{name}.db"
        summary = pipeline.build(db, [SEEDS, news], rulebook, workers=workers)
        assert not summary.problems
        return every_table(db, with_fts=False)

    one = build("one", 1)
    small = build("small", 2)
    assert started == []  # 28 documents, a few hundred sentences: the writer labelled them all
    monkeypatch.setattr(pipeline, "DOCS_PER_TASK", 2)
    monkeypatch.setattr(pipeline, "SMALL_JOB_SENTENCES", 30)
    big = build("big", 2)
    assert started == [2]
    assert one["sentences"] and one["labels"] and one["positions"]
    for table in one:
        assert small[table] == one[table], table
        assert big[table] == one[table], table


def _labeled_sentences_indexes(db_path):
    from datasette_demands.corpus import store

    return sorted(tuple(i.columns) for i in store.open_db(db_path, create=False)["labeled_sentences"].indexes
                  if i.origin == "c")


def test_first_build_ends_with_every_labeled_sentences_index(tmp_path):
    """A first build indexes labeled_sentences once at the end; the indexes must all be there after."""
    from datasette_demands.corpus import store

    expected = sorted(tuple(c) for c in store.LABELED_SENTENCES_FACET_INDEXES + store.LABELED_SENTENCES_MATRIX_INDEXES)
    db = tmp_path / "fresh.db"
    assert run("build", db, SEEDS).exit_code == 0
    assert _labeled_sentences_indexes(db) == expected
    assert sqlite3.connect(db).execute("select count(*) from labeled_sentences").fetchone()[0] > 0


def test_indexes_deferred_by_a_killed_build_come_back_on_open(tmp_path):
    from datasette_demands.corpus import store

    db = tmp_path / "killed.db"
    conn = store.open_db(db)
    assert store.defer_labeled_sentences_indexes(conn)  # as a build does before writing, then dies
    assert len(_labeled_sentences_indexes(db)) == 1  # only the one per-document replacement needs
    store.open_db(db)
    assert len(_labeled_sentences_indexes(db)) == len(store.LABELED_SENTENCES_FACET_INDEXES
                                                      + store.LABELED_SENTENCES_MATRIX_INDEXES)


def test_indexes_stay_when_labeled_sentences_has_rows(tmp_path, seed_db):
    import shutil

    from datasette_demands.corpus import store

    db = tmp_path / "copy.db"
    shutil.copy(seed_db, db)
    for suffix in ("-wal", "-shm"):
        if Path(str(seed_db) + suffix).exists():
            shutil.copy(str(seed_db) + suffix, str(db) + suffix)
    before = _labeled_sentences_indexes(db)
    assert not store.defer_labeled_sentences_indexes(store.open_db(db))
    assert _labeled_sentences_indexes(db) == before


def test_what_workers_send_the_writer_survives_pickling():
    """Sentences, labels and matches travel between processes as tuples of their fields."""
    import pickle

    from datasette_demands.labelling.classify import Label, Match
    from datasette_demands.labelling.segment import Sentence

    match = Match("ceasefire.en.truce", "ceasefire", 3, 12, "ceasefire")
    for obj in (match, Label("ceasefire", [match], ["RU", "UA"], "demand", "sources"), Sentence(4, 10, 20, "Kyiv wants.", "en")):
        copy = pickle.loads(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))
        assert copy == obj and type(copy) is type(obj)


# --- issue 18: languages -------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["xx", "pt", "english"])
def test_classify_refuses_an_unknown_language_and_lists_the_supported_ones(lang):
    """--lang xx used to detect silently, and --lang pt became es."""
    result = CliRunner().invoke(demands, ["classify", "Kyiv exige um cessar-fogo.", "--lang", lang])
    assert result.exit_code == 2
    assert f"'{lang}' is not one of 'en', 'it', 'fr', 'de', 'es', 'ru', 'uk', 'pl', 'tr'" in result.output
    assert "sentences" not in result.output


def test_a_sentence_in_another_language_gets_its_own():
    """'Kyiv demands a ceasefire.' inside a German document was tagged de and got no label."""
    text = ("Die Gespräche in Istanbul endeten am Freitag ohne greifbares Ergebnis. Kyiv demands a ceasefire. "
            "Der Kreml lehnte jede Feuerpause entschieden ab. Київ вимагає негайного припинення вогню.")
    for args in (["classify", text], ["classify", text, "--lang", "de"]):
        out = json.loads(run(*args).output)
        assert out["lang"] == "de"
        assert [s["lang"] for s in out["sentences"]] == ["de", "en", "de", "uk"]
        assert out["sentences"][1]["categories"] == ["ceasefire"]
        assert out["sentences"][3]["categories"] == ["ceasefire"]


def test_build_stores_the_language_of_each_sentence(tmp_path):
    src = tmp_path / "mixed.jsonl"
    src.write_text(json.dumps({"id": "m", "lang": "de", "text": (
        "Die Gespräche in Istanbul endeten am Freitag ohne greifbares Ergebnis. Kyiv demands a ceasefire. "
        "Der Kreml lehnte jede Feuerpause entschieden ab.")}) + "\n", encoding="utf-8")
    db = tmp_path / "m.db"
    assert run("build", db, src).exit_code == 0
    conn = sqlite3.connect(db)
    assert conn.execute("select lang from documents").fetchall() == [("de",)]
    assert conn.execute("select lang from sentences order by seq").fetchall() == [("de",), ("en",), ("de",)]
    assert ("ceasefire", 2, "en") in conn.execute("select category, seq, lang from labeled_sentences").fetchall()


def test_monolingual_gold_sentences_keep_their_language():
    """The per-sentence check must not move a sentence of the document's own language."""
    from datasette_demands.labelling.segment import _SCRIPT_OF, sentence_language

    moved = []
    for path in sorted((Path(__file__).parent / "gold").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            got = sentence_language(row["text"], row["lang"], _SCRIPT_OF.get(row["lang"], "latin"))
            if got != row["lang"]:
                moved.append((row["id"], row["lang"], got))
    assert moved == []


def test_html_blocks_are_paragraphs_and_a_list_stays_under_its_lead(tmp_path):
    """trafilatura gives each heading and paragraph of a page one line: each becomes its own paragraph (as a
    blank line makes one in a text file), so the document page shows them apart and the discourse step is
    bounded by them; list items stay under the sentence that introduces them."""
    page = tmp_path / "memo.html"
    page.write_text("""<html><head><title>Memo terms</title></head><body><article>
    <h1>Map lines divide negotiators &amp; mediators</h1>
    <p>Russia handed over its memorandum in Istanbul on Monday. The Ukrainian delegation studied it overnight.</p>
    <p>Russia's memorandum demands:</p>
    <ul><li>Ban on foreign troops in Ukraine.</li><li>Limits on the size of the Ukrainian armed forces.</li></ul>
    <p>Kyiv rejected both points on Tuesday, a spokesman said.</p>
    </article></body></html>""", encoding="utf-8")
    db = tmp_path / "x.db"
    r = run("build", str(db), str(page))
    assert r.exit_code == 0, r.output
    rows = sqlite3.connect(db).execute("select seq, paragraph, lead_seq, text from sentences order by seq").fetchall()
    by_text = {text.lstrip("- "): (seq, paragraph, lead) for seq, paragraph, lead, text in rows}
    headline = by_text["Map lines divide negotiators & mediators"]
    first, second = by_text["Russia handed over its memorandum in Istanbul on Monday."], by_text[
        "The Ukrainian delegation studied it overnight."]
    intro = by_text["Russia's memorandum demands:"]
    items = [by_text["Ban on foreign troops in Ukraine."], by_text["Limits on the size of the Ukrainian armed forces."]]
    last = by_text["Kyiv rejected both points on Tuesday, a spokesman said."]
    assert [headline[1], first[1], second[1], intro[1], last[1]] == [1, 2, 2, 3, 4]
    assert [item[1] for item in items] == [3, 3] and [item[2] for item in items] == [intro[0], intro[0]]
