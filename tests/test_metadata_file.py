"""metadata.yml, which the README says "holds the titles and descriptions of every table and column":
every table and column of a database `build` makes has one, and Datasette shows them on both lines."""

import sqlite3

import pytest
import yaml

from conftest import ROOT, make_ds

METADATA = ROOT / "metadata.yml"


def demo_tables():
    return yaml.safe_load(METADATA.read_text(encoding="utf-8"))["databases"]["demo"]["tables"]


def built_tables(db_path):
    """The tables and views of a built database that a user sees (full-text shadow tables left out)."""
    conn = sqlite3.connect(db_path)
    try:
        names = [n for (n,) in conn.execute("select name from sqlite_master where type in ('table', 'view') "
                                            "and name not like '%fts%' order by name")]
        return {n: [c for (c,) in conn.execute("select name from pragma_table_info(?)", [n])] for n in names}
    finally:
        conn.close()


def test_every_table_and_column_of_a_built_database_is_described(demo_db):
    described = demo_tables()
    missing = []
    for table, columns in built_tables(demo_db).items():
        meta = described.get(table) or {}
        if not (meta.get("title") and meta.get("description")):
            missing.append(table)
        missing += [f"{table}.{c}" for c in columns if not (meta.get("columns") or {}).get(c)]
    assert missing == []


def test_described_columns_exist(demo_db):
    """No description of a column that the database does not have (a renamed or dropped one)."""
    built = built_tables(demo_db)
    stale = [f"{t}.{c}" for t, meta in demo_tables().items() for c in (meta.get("columns") or {})
             if c not in built.get(t, [])]
    assert stale == []


@pytest.mark.asyncio
async def test_datasette_shows_the_positions_table_description(demo_db):
    ds = make_ds(demo_db, metadata=yaml.safe_load(METADATA.read_text(encoding="utf-8")))
    html = (await ds.client.get("/demo/positions")).text
    assert "One row per sentence, category, holder and stance" in html
