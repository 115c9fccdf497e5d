"""The labeled_sentences table page: columns in reading order, a comfortable width for the text, and
Datasette's search box, backed by the full-text index labeled_sentences_fts that the store keeps in
step with the table (build, document replaced, relabel after a rule edit, relabel --all, migration)."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from conftest import ROOT, copy_db, make_ds, sql
from datasette_demands.cli import demands
from datasette_demands.corpus.store import LABELED_SENTENCES_COLUMNS, SCHEMA_VERSION, open_db
from datasette_demands.rulebook.model import default_rules_dir

READING_ORDER = ["text", "category", "actors", "stance", "positions", "source", "published"]
IDS = ["document_id", "seq", "sentence_id"]
TEXTS = {  # one document per language; each sentence is labelled by the shipped rulebook
    "en.txt": "Russia demands a ceasefire along the whole front.\n\nKyiv wants its prisoners back.",
    "ru.txt": "Россия требует немедленного перемирия на всей линии фронта.",
    "tr.txt": "İstanbul'da Rusya ateşkes talep etti.\n\nUkrayna ATEŞKES istiyor.",
}


def run(*args):
    result = CliRunner().invoke(demands, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def fts_in_step(db_path) -> None:
    """FTS5's integrity-check compares the index with its content table, labeled_sentences."""
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("insert into labeled_sentences_fts (labeled_sentences_fts, rank) values ('integrity-check', 1)")
        (indexed,) = conn.execute("select count(*) from labeled_sentences_fts_docsize").fetchone()
        (rows,) = conn.execute("select count(*) from labeled_sentences").fetchone()
        assert indexed == rows
    finally:
        conn.close()


@pytest.fixture(scope="module")
def small_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ls-page")
    (folder / "in").mkdir()
    for name, text in TEXTS.items():
        (folder / "in" / name).write_text(text + "\n", encoding="utf-8")
    (folder / "in" / "documents.yml").write_text(
        "en.txt: {lang: en, source: Wire, published: 2025-05-16}\n"
        "ru.txt: {lang: ru, source: ТАСС, published: 2025-05-17}\n"
        "tr.txt: {lang: tr, source: Anadolu, published: 2025-06-02}\n", encoding="utf-8")
    db = folder / "small.db"
    run("build", db, folder / "in")
    return db


def header_columns(html: str) -> list[str]:
    """The table page's column headers, in order (Datasette marks each with data-column)."""
    return re.findall(r'<th [^>]*data-column="([^"]+)"', html)


def test_the_table_holds_its_columns_in_reading_order(demo_db):
    conn = sqlite3.connect(demo_db)
    columns = [r[1] for r in conn.execute("pragma table_info(labeled_sentences)")]
    conn.close()
    assert columns[:len(READING_ORDER)] == READING_ORDER
    assert columns[-len(IDS):] == IDS  # schema 13 had four columns after them
    assert columns == list(LABELED_SENTENCES_COLUMNS)


def test_the_query_that_fills_the_table_names_its_columns_in_the_tables_order():
    # FILL_LABELED_SENTENCES inserts the query's columns into the table's by position
    from datasette_demands.corpus.store import LABELED_SENTENCES_SQL

    assert re.findall(r"\bas (\w+),?\n", LABELED_SENTENCES_SQL) == list(LABELED_SENTENCES_COLUMNS)


@pytest.mark.asyncio
async def test_the_page_shows_text_first_and_has_a_search_box(demo_db):
    ds = make_ds(demo_db)
    r = await ds.client.get("/demo/labeled_sentences")
    assert r.status_code == 200
    shown = [c for c in header_columns(r.text) if c in LABELED_SENTENCES_COLUMNS]
    assert shown[:len(READING_ORDER)] == READING_ORDER, shown
    assert 'name="_search"' in r.text
    # the text column gets the plugin's width, scoped to this table's page
    assert re.search(r'<body class="[^"]*\btable-labeled_sentences\b', r.text)
    css = (await ds.client.get("/-/static-plugins/datasette-demands/demands.css")).text
    assert re.search(r"body\.table-labeled_sentences td\.col-text\s*\{[^}]*min-width", css)


def word_rows(db_path, word: str) -> set[tuple]:
    """The rows whose text holds `word` as a whole word, ignoring case: found without the index."""
    pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)
    return {(sid, cat) for sid, cat, text in sql(db_path, "select sentence_id, category, text from labeled_sentences")
            if pattern.search(text)}


async def searched(ds, db_name, query) -> set[tuple]:
    r = await ds.client.get(f"/{db_name}/labeled_sentences.json", params={
        "_search": query, "_shape": "array", "_size": "max", "_col": ["sentence_id", "category"]})
    assert r.status_code == 200, r.text
    return {(row["sentence_id"], row["category"]) for row in r.json()}


@pytest.mark.asyncio
async def test_search_returns_only_the_matching_rows(demo_db):
    ds = make_ds(demo_db)
    expected = word_rows(demo_db, "ceasefire")
    total = sql(demo_db, "select count(*) from labeled_sentences")[0][0]
    assert 0 < len(expected) < total
    assert await searched(ds, "demo", "ceasefire") == expected
    assert await searched(ds, "demo", "CEASEFIRE") == expected
    assert await searched(ds, "demo", "zzzunheardofword") == set()


@pytest.mark.asyncio
async def test_search_in_cyrillic_and_turkish(small_db):
    ds = make_ds(small_db)
    name = small_db.stem
    russian = word_rows(small_db, "перемирия")
    assert russian and await searched(ds, name, "перемирия") == russian
    assert await searched(ds, name, "ПЕРЕМИРИЯ") == russian
    turkish = word_rows(small_db, "ateşkes")  # "ateşkes" and "ATEŞKES"
    assert len({sid for sid, _ in turkish}) == 2
    assert await searched(ds, name, "ateşkes") == turkish
    assert await searched(ds, name, "ateskes") == turkish  # diacritics folded (remove_diacritics 2)
    istanbul = {(sid, cat) for sid, cat, text in sql(small_db, "select sentence_id, category, text"
                                                                " from labeled_sentences") if "İstanbul" in text}
    assert istanbul and await searched(ds, name, "istanbul") == istanbul  # the dotted capital İ


def test_the_index_follows_every_write(small_db, tmp_path):
    db = copy_db(small_db, tmp_path / "w.db")
    fts_in_step(db)
    # a changed document replaces its rows
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
    (folder / "en.txt").write_text("Moscow demands neutrality for Ukraine.\n", encoding="utf-8")
    run("build", db, folder, "--replace")
    fts_in_step(db)
    assert sql(db, "select count(*) from labeled_sentences_fts where labeled_sentences_fts match 'neutrality'")[0][0] == 1
    assert sql(db, "select count(*) from labeled_sentences_fts where labeled_sentences_fts match 'front'")[0][0] == 0
    # relabel after a rule edit (the Russian ceasefire rules dropped: those labels go)
    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    path = rules / "ceasefire.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["rules"] = [r for r in data["rules"] if r["lang"] != "ru"]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    before = sql(db, "select count(*) from labeled_sentences")[0][0]
    run("relabel", db, "--rules", rules)
    assert sql(db, "select count(*) from labeled_sentences")[0][0] < before
    fts_in_step(db)
    assert sql(db, "select count(*) from labeled_sentences_fts where labeled_sentences_fts match 'перемирия'")[0][0] == 0
    run("relabel", db, "--all", "--rules", default_rules_dir())
    fts_in_step(db)
    assert sql(db, "select count(*) from labeled_sentences_fts where labeled_sentences_fts match 'перемирия'")[0][0] == 1


def make_schema_4(path: Path) -> None:
    """Turn a database into what schema 4 wrote: labeled_sentences with the ids first, no full-text index."""
    old_order = ["sentence_id", "category", "text", "source", "title", "published", "month", "lang", "actors",
                 "stance", "cited_source", "document_id", "seq", "positions"]
    conn = sqlite3.connect(path)
    with conn:
        for name in [r[0] for r in conn.execute(
                "select name from sqlite_master where name like 'labeled_sentences_fts%' and type = 'table'")]:
            conn.execute(f"drop table if exists [{name}]")
        conn.execute("create table old_ls as select " + ", ".join(old_order) + " from labeled_sentences")
        conn.execute("drop table labeled_sentences")
        conn.execute("create table labeled_sentences (" + ", ".join(old_order)
                     + ", primary key (sentence_id, category))")
        conn.execute("insert into labeled_sentences select * from old_ls")
        conn.execute("drop table old_ls")
        conn.execute("update demands_meta set value = '4' where key = 'schema_version'")
    conn.close()


@pytest.mark.asyncio
async def test_a_database_of_schema_4_is_migrated(demo_db, tmp_path):
    db = copy_db(demo_db, tmp_path / "demo.db")
    rows_before = sorted(sql(db, "select sentence_id, category, text, source, published, actors, stance"
                                 " from labeled_sentences"))
    make_schema_4(db)
    assert [r[1] for r in sql(db, "pragma table_info(labeled_sentences)")][0] == "sentence_id"
    ds = make_ds(db)
    r = await ds.client.get("/demo/labeled_sentences")
    assert 'name="_search"' not in r.text  # what a schema-4 database lacked
    open_db(db).conn.close()  # what every command does first
    assert [r[1] for r in sql(db, "pragma table_info(labeled_sentences)")] == list(LABELED_SENTENCES_COLUMNS)
    assert sorted(sql(db, "select sentence_id, category, text, source, published, actors, stance"
                          " from labeled_sentences")) == rows_before
    assert int(sql(db, "select value from demands_meta where key = 'schema_version'")[0][0]) == SCHEMA_VERSION
    fts_in_step(db)
    ds = make_ds(db)
    assert await searched(ds, "demo", "ceasefire") == word_rows(db, "ceasefire")
    # the matrix's covering indexes came back with the table
    indexes = {r[0] for r in sql(db, "select name from sqlite_master where type = 'index'"
                                     " and tbl_name = 'labeled_sentences' and sql is not null")}
    assert len(indexes) >= 10


def test_a_database_of_schema_13_gets_its_columns_in_reading_order(demo_db, tmp_path):
    db = copy_db(demo_db, tmp_path / "demo.db")
    columns = ", ".join(LABELED_SENTENCES_COLUMNS)
    rows_before = sorted(sql(db, f"select {columns} from labeled_sentences"))
    order_13 = ["text", "category", "actors", "stance", "source", "published", "title", "cited_source", "lang", "month",
                "document_id", "seq", "sentence_id", "positions", "cited_outlet", "cited_sources", "cited_outlets",
                "holder_stances"]
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("create table old_ls as select " + ", ".join(order_13) + " from labeled_sentences")
        conn.execute("delete from labeled_sentences")  # keeps the full-text index in step: it is made anew below
        conn.execute("insert into labeled_sentences_fts (labeled_sentences_fts) values ('delete-all')")
        conn.execute("drop table labeled_sentences")
        conn.execute("create table labeled_sentences (" + ", ".join(order_13) + ", primary key (sentence_id, category))")
        conn.execute("insert into labeled_sentences select * from old_ls")
        conn.execute("drop table old_ls")
        conn.execute("insert into labeled_sentences_fts (rowid, text) select rowid, text from labeled_sentences")
        conn.execute("update demands_meta set value = '13' where key = 'schema_version'")
    conn.close()
    open_db(db).conn.close()  # what every command does first
    assert [r[1] for r in sql(db, "pragma table_info(labeled_sentences)")] == list(LABELED_SENTENCES_COLUMNS)
    assert sorted(sql(db, f"select {columns} from labeled_sentences")) == rows_before
    assert int(sql(db, "select value from demands_meta where key = 'schema_version'")[0][0]) == SCHEMA_VERSION == 14
    fts_in_step(db)


# --- holder_stances (schema 12): the table page's facet and filter by holder and stance ---------------------

def make_schema_11(db) -> None:
    """labeled_sentences as schema 11 had it: without holder_stances."""
    conn = sqlite3.connect(db)
    conn.execute("alter table labeled_sentences drop column holder_stances")
    conn.execute("update demands_meta set value = '11' where key = 'schema_version'")
    conn.commit()
    conn.close()


def test_a_database_of_schema_11_gains_holder_stances_from_its_positions(demo_db, tmp_path):
    db = copy_db(demo_db, tmp_path / "demo.db")
    expected = sorted(sql(db, "select sentence_id, category, holder_stances from labeled_sentences"))
    make_schema_11(db)
    assert "holder_stances" not in [r[1] for r in sql(db, "pragma table_info(labeled_sentences)")]
    open_db(db).conn.close()  # what every command does first
    assert [r[1] for r in sql(db, "pragma table_info(labeled_sentences)")] == list(LABELED_SENTENCES_COLUMNS)
    assert sorted(sql(db, "select sentence_id, category, holder_stances from labeled_sentences")) == expected
    assert int(sql(db, "select value from demands_meta where key = 'schema_version'")[0][0]) == SCHEMA_VERSION
    fts_in_step(db)


def test_holder_stances_spell_out_each_labels_positions(demo_db):
    rows = sql(demo_db, "select positions, holder_stances from labeled_sentences")
    assert any(len(json.loads(hs)) >= 2 for _, hs in rows)  # a sentence with two positions is in the demo
    for positions, holder_stances in rows:
        assert json.loads(holder_stances) == [f"{p['holder']} {p['stance']}" for p in json.loads(positions or "[]")]


@pytest.mark.asyncio
async def test_filtering_the_table_by_holder_and_stance_counts_what_the_matrix_counts(demo_db):
    """A new user filtered labeled_sentences by stance=reject and actors containing RU and got another number
    than the matrix's "RU · reject": holder_stances gives the matrix's, cell by cell."""
    ds = make_ds(demo_db, metadata=yaml.safe_load((ROOT / "metadata.yml").read_text(encoding="utf-8")))
    categories = [c for (c,) in sql(demo_db, "select distinct category from labeled_sentences order by 1")]
    compared = 0
    for category in categories:
        matrix = (await ds.client.get(f"/demo/-/demands.json?by=actor_stance&category={category}")).json()
        for row in matrix["rows"]:
            if " · " not in (row["key"] or ""):
                continue
            wanted = row["key"].replace(" · ", " ")
            listed = await ds.client.get("/demo/labeled_sentences.json", params={
                "category": category, "holder_stances__arraycontains": wanted, "_shape": "array", "_size": "max"})
            assert listed.status_code == 200, listed.text
            assert len({r["sentence_id"] for r in listed.json()}) == row["total"], (category, wanted)
            compared += 1
    assert compared >= 10
    # and the table page facets by it, as the table's description says
    page = (await ds.client.get("/demo/labeled_sentences?_facet_array=holder_stances")).text
    facet = page.split('data-column="holder_stances">', 1)[1].split("</div>", 1)[0]
    assert "RU reject" in facet and "UA demand" in facet
