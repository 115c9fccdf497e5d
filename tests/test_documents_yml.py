"""A folder's documents.yml: its dates are read as written, like every other input's (YAML would turn
an unquoted date into a date object, and raise on one that does not exist)."""

import sqlite3

from click.testing import CliRunner

from datasette_demands.cli import demands

TEXT = "Kyiv insists on an unconditional 30-day truce."


def build_folder(tmp_path, documents_yml):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("a", "b", "c"):  # three texts: a document with the text of another would be skipped
        (folder / f"{name}.txt").write_text(f"{TEXT} Article {name}.", encoding="utf-8")
    (folder / "documents.yml").write_text(documents_yml, encoding="utf-8")
    db = tmp_path / "news.db"
    result = CliRunner().invoke(demands, ["build", str(db), str(folder)], catch_exceptions=False)
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("select id, source, published, published_raw from documents order by id").fetchall()
    finally:
        conn.close()
    return folder, result, rows


def test_an_unquoted_day_that_does_not_exist_is_a_skipped_date_not_a_crash(tmp_path):
    folder, result, rows = build_folder(
        tmp_path, "a.txt:\n  source: A\n  published: 2025-13-45\nb.txt:\n  source: B\n  published: 2025-05-16\n")
    assert "Traceback" not in result.output
    assert result.exit_code == 0, result.output
    assert f"skipped date: {folder / 'documents.yml'}:3: 2025-13-45" in result.output
    # the file's other fields and documents are kept
    assert rows == [("a", "A", None, "2025-13-45"), ("b", "B", "2025-05-16", "2025-05-16"), ("c", None, None, None)]


def test_unquoted_date_times_keep_what_the_file_says(tmp_path):
    _, result, rows = build_folder(
        tmp_path, "a.txt:\n  published: 2025-07-10T23:30:00+05:00\nb.txt:\n  published: 2025-07-10 08:00:00\n")
    assert result.exit_code == 0, result.output
    assert rows == [("a", None, "2025-07-10", "2025-07-10T23:30:00+05:00"),
                    ("b", None, "2025-07-10", "2025-07-10 08:00:00"), ("c", None, None, None)]


def test_a_mistyped_field_and_an_entry_for_a_missing_file_are_named_with_their_lines(tmp_path):
    folder, result, rows = build_folder(
        tmp_path, "a.txt:\n  source: A\n  lnag: de\nmissing.txt:\n  source: M\nb.txt: just text\n")
    path = folder / "documents.yml"
    assert result.exit_code == 1, result.output
    skipped = [line for line in result.output.splitlines() if line.startswith("skipped")]
    assert skipped == [
        f"skipped: {path}:3: unknown field 'lnag' ignored (fields: source, title, url, published, lang, id)",
        f"skipped: {path}:4: no file 'missing.txt' in this folder: its entry is ignored",
        f"skipped: {path}:6: the entry for 'b.txt' is not a mapping of fields: ignored",
    ]
    # every document is still built, with the fields that were understood
    assert rows == [("a", "A", None, None), ("b", None, None, None), ("c", None, None, None)]


def test_known_fields_and_id_raise_nothing(tmp_path):
    _, result, rows = build_folder(
        tmp_path, "a.txt:\n  id: first\n  source: A\n  title: T\n  url: https://example.org/a\n"
                  "  published: '2025-05-16'\n  lang: en\n")
    assert result.exit_code == 0, result.output
    assert "skipped" not in result.output
    assert rows[0] == ("b", None, None, None) and ("first", "A", "2025-05-16", "2025-05-16") in rows


def test_each_fields_problem_is_named_at_its_own_line(tmp_path):
    """A fresh user's finding: `lang: xx` on line 12 was reported at line 11, where `published:` was."""
    folder, result, rows = build_folder(
        tmp_path, "a.txt:\n  source: A\n  published: last week\n  lang: xx\n"
                  "b.txt:\n  lang: klingon\n  title: no date here\n")
    path = folder / "documents.yml"
    assert result.exit_code == 0, result.output
    assert f"skipped date: {path}:3: last week" in result.output
    assert f"skipped language: {path}:4: language 'xx' is none of" in result.output
    assert f"skipped language: {path}:6: language 'klingon' is none of" in result.output
    # a document with no entry, or no `published` in its entry, names its own file for a date it carries
    assert rows == [("a", "A", None, "last week"), ("b", None, None, None), ("c", None, None, None)]
