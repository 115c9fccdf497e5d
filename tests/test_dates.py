"""Publication dates: parsed into ISO dates, the raw value kept, the unreadable named (issue 18, item 2)."""

import asyncio
import json
import sqlite3

import pytest
from click.testing import CliRunner

from conftest import make_ds, sql
from datasette_demands.cli import demands
from datasette_demands.corpus.dates import parse_date

TEXT = "Kyiv insists on an unconditional 30-day truce."


@pytest.mark.parametrize("value, lang, iso", [
    ("10 July 2025", None, "2025-07-10"),
    ("2025/07/10", None, "2025-07-10"),
    ("20250710", None, "2025-07-10"),
    ("2025-07-10T23:30:00+05:00", None, "2025-07-10"),  # the day as written, no time-zone shift
    ("Thu, 10 Jul 2025 08:00:00 GMT", None, "2025-07-10"),
    ("Jul 10, 2025", "en", "2025-07-10"),
    ("10 luglio 2025", "it", "2025-07-10"),
    ("10 juillet 2025", "fr", "2025-07-10"),
    ("10. Juli 2025", "de", "2025-07-10"),
    ("10 de julio de 2025", "es", "2025-07-10"),
    ("10 июля 2025", "ru", "2025-07-10"),
    ("10 липня 2025", "uk", "2025-07-10"),
    ("10 lipca 2025", "pl", "2025-07-10"),
    ("10 Temmuz 2025", "tr", "2025-07-10"),
    ("10.07.2025", None, "2025-07-10"),
    ("10.07.2025", "en", "2025-07-10"),
    ("03/04/2025", "fr", "2025-04-03"),  # day first
    ("03/04/2025", "en", "2025-03-04"),  # slashes in English: month first
    # no single day: not guessed
    ("last week", None, None),
    ("yesterday", "en", None),
    ("July 2025", None, None),
    ("2025", None, None),
    ("2025-13-45", None, None),
    ("soon", None, None),
])
def test_parse_date(value, lang, iso):
    assert parse_date(value, lang) == iso


def build(*args):
    return CliRunner().invoke(demands, ["build", *[str(a) for a in args]], catch_exceptions=False)


@pytest.fixture
def dated(tmp_path):
    feed = tmp_path / "feed.jsonl"
    values = ["last week", "10 July 2025", "2025/07/10", "20250710", "10 luglio 2025", "2025-05-16"]
    # each its own text: a document with the text of another is a duplicate, skipped
    feed.write_text("".join(json.dumps({"id": f"r{i}", "text": f"{TEXT} Report {i}.", "source": "S", "published": v})
                            + "\n" for i, v in enumerate(values, start=1)), encoding="utf-8")
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "documents.yml").write_text("a.txt:\n  source: S\n  published: next Tuesday-ish\n", encoding="utf-8")
    db = tmp_path / "dated.db"
    result = build(db, feed, folder)
    return db, feed, folder, result


def test_build_stores_iso_dates_and_keeps_the_raw_value(dated):
    db, feed, folder, result = dated
    assert result.exit_code == 0, result.output  # the documents are all built
    assert sql(db, "select id, published, published_raw from documents order by id") == [
        ("a", None, "next Tuesday-ish"),
        ("r1", None, "last week"),
        ("r2", "2025-07-10", "10 July 2025"),
        ("r3", "2025-07-10", "2025/07/10"),
        ("r4", "2025-07-10", "20250710"),
        ("r5", "2025-07-10", "10 luglio 2025"),
        ("r6", "2025-05-16", "2025-05-16"),
    ]
    assert {m for (m,) in sql(db, "select distinct month from labeled_sentences")} == {None, "2025-07", "2025-05"}
    assert sql(db, "select count(*) from labeled_sentences")[0][0] == 7  # every document was labelled


def test_unreadable_dates_are_named_with_file_and_line(dated):
    db, feed, folder, result = dated
    lines = [line for line in result.output.splitlines() if line.startswith("skipped date: ")]
    assert lines == [f"skipped date: {feed}:1: last week",
                     f"skipped date: {folder / 'documents.yml'}:3: next Tuesday-ish"]
    assert "2 date(s) not understood" in result.output


def test_a_build_again_reports_only_the_dates_of_the_documents_it_writes(dated):
    """An unchanged document is not stored again, so its date is not read again: a second build over
    the same inputs named 'last week' and 'next Tuesday-ish' once more, and counted them."""
    db, feed, folder, _ = dated
    again = build(db, feed, folder)
    assert again.exit_code == 0, again.output
    assert "0 documents written (7 unchanged)" in again.output
    assert "skipped date" not in again.output and "not understood" not in again.output
    # one of the two changes: its date is reported again, the other's (unchanged) not
    rows = feed.read_text(encoding="utf-8").splitlines()
    first = json.loads(rows[0])
    first["text"] += " Moscow rejects it."
    feed.write_text("\n".join([json.dumps(first), *rows[1:]]) + "\n", encoding="utf-8")
    changed = build(db, feed, folder)
    assert changed.exit_code == 0, changed.output
    assert "1 document written (6 unchanged)" in changed.output
    assert [line for line in changed.output.splitlines() if line.startswith("skipped date: ")] == [
        f"skipped date: {feed}:1: last week"]
    assert "1 date(s) not understood" in changed.output
    assert sql(db, "select published, published_raw from documents where id in ('r1', 'a') order by id") == [
        (None, "next Tuesday-ish"), (None, "last week")]


def test_a_build_again_reports_only_the_languages_of_the_documents_it_writes(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "k", "text": TEXT, "lang": "klingon"}) + "\n", encoding="utf-8")
    db = tmp_path / "langs.db"
    first = build(db, feed)
    assert first.exit_code == 0 and "skipped language: " in first.output and "1 language(s) not known" in first.output
    again = build(db, feed)
    assert again.exit_code == 0 and "0 documents written (1 unchanged)" in again.output
    assert "skipped language" not in again.output and "language(s) not known" not in again.output


def test_month_rows_and_date_filters_see_the_parsed_dates(dated):
    db, *_ = dated

    async def go():
        ds = make_ds(db)
        name = db.stem
        by_month = (await ds.client.get(f"/{name}/-/demands.json?by=month")).json()
        in_july = (await ds.client.get(f"/{name}/-/demands.json?from=2025-07-01&to=2025-07-31")).json()
        return by_month, in_july

    by_month, in_july = asyncio.run(go())
    assert {row["key"] for row in by_month["rows"]} == {"2025-07", "2025-05", None}
    assert sum(n for row in in_july["rows"] for n in row["counts"].values()) == 4  # r2..r5, not dropped


def test_a_database_of_schema_2_gets_iso_dates_on_open(tmp_path):
    """Databases built before kept `published` as given: opening one parses them, keeping the raw value."""
    from datasette_demands.corpus import store

    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "r1", "text": TEXT, "published": "2025-07-10"}) + "\n", encoding="utf-8")
    db = tmp_path / "old.db"
    assert build(db, feed).exit_code == 0
    conn = sqlite3.connect(db)
    with conn:  # what schema 2 stored for an input that said "10 July 2025"
        conn.execute("alter table documents drop column published_raw")
        conn.execute("update documents set published = '10 July 2025'")
        conn.execute("update labeled_sentences set published = '10 July 2025', month = '10 July'")
    conn.close()
    store.open_db(db).conn.close()
    assert sql(db, "select published, published_raw from documents") == [("2025-07-10", "10 July 2025")]
    assert set(sql(db, "select published, month from labeled_sentences")) == {("2025-07-10", "2025-07")}
