"""The DB argument of `build` and `relabel`: a file that is no SQLite database, or a database that
`build` never made, is a clear error with exit code 2, and the file is left exactly as it was."""

import sqlite3

from click.testing import CliRunner

from datasette_demands.cli import demands


def run(*args):
    return CliRunner().invoke(demands, [str(a) for a in args], catch_exceptions=False)


def tables(db):
    conn = sqlite3.connect(db)
    try:
        return {row[0] for row in conn.execute("select name from sqlite_master where type in ('table', 'view')")}
    finally:
        conn.close()


def test_build_into_a_file_that_is_no_database_is_a_clear_error(tmp_path):
    db = tmp_path / "notes.db"
    db.write_text("my notes, not a database\n", encoding="utf-8")
    text = tmp_path / "a.txt"
    text.write_text("Kyiv insists on an unconditional 30-day truce.", encoding="utf-8")
    result = run("build", db, text)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert f"error: {db} is not a SQLite database" in result.output
    assert db.read_text(encoding="utf-8") == "my notes, not a database\n"


def test_relabel_of_a_file_that_is_no_database_is_a_clear_error(tmp_path):
    db = tmp_path / "notes.db"
    db.write_bytes(b"\x00\x01 not sqlite" * 40)
    result = run("relabel", db)
    assert result.exit_code == 2, result.output
    assert f"error: {db} is not a SQLite database" in result.output
    assert db.read_bytes() == b"\x00\x01 not sqlite" * 40


def test_relabel_of_a_database_build_never_made_adds_nothing_to_it(tmp_path):
    db = tmp_path / "mine.db"
    conn = sqlite3.connect(db)
    conn.execute("create table articles (id integer primary key, body text)")
    conn.execute("insert into articles (body) values ('Kyiv demands a ceasefire.')")
    conn.commit()
    conn.close()
    result = run("relabel", db)
    assert result.exit_code == 2, result.output
    assert f"error: {db} holds no demands tables" in result.output
    assert f"datasette demands build {db}" in result.output
    assert tables(db) == {"articles"}


def test_relabel_of_an_empty_file_leaves_it_empty(tmp_path):
    db = tmp_path / "empty.db"
    db.write_bytes(b"")
    result = run("relabel", db)
    assert result.exit_code == 2, result.output
    assert "holds no demands tables" in result.output
    assert db.read_bytes() == b""


def test_build_then_relabel_still_work(tmp_path):
    db = tmp_path / "news.db"
    text = tmp_path / "a.txt"
    text.write_text("Kyiv insists on an unconditional 30-day truce.", encoding="utf-8")
    assert run("build", db, text).exit_code == 0
    result = run("relabel", db)
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("select category from labels").fetchall() == [("ceasefire",)]
    finally:
        conn.close()
