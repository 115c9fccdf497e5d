"""Hostile inputs: each gets a one-line message naming the file (and line), the rest is built, exit code 1."""

import json
import sqlite3

import pytest
from click.testing import CliRunner

from datasette_demands.corpus import ingest
from datasette_demands.cli import demands

RU = ("Россия требует от Украины отказаться от вступления в НАТО и признать нейтральный статус. "
      "Москва настаивает на выводе украинских войск из четырёх областей. ") * 3
FR = "La France exige un cessez-le-feu immédiat. Les négociations reprendront à Genève, déclare le ministère. " * 3


def build(*args):
    return CliRunner().invoke(demands, ["build", *[str(a) for a in args]], catch_exceptions=False)


def docs(db):
    conn = sqlite3.connect(db)
    try:
        return dict(conn.execute("select id, (select group_concat(text, ' ') from sentences s where s.document_id = d.id) "
                                 "from documents d"))
    finally:
        conn.close()


@pytest.fixture
def good(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text("Kyiv insists on an unconditional 30-day truce.", encoding="utf-8")
    return d


def assert_clean_message(result, *needles):
    assert "Traceback" not in result.output
    lines = [l for l in result.output.splitlines() if l.startswith("skipped: ")]
    for needle in needles:
        assert any(needle in l for l in lines), (needle, result.output)
    return lines


def test_binary_file_is_skipped_with_message(tmp_path, good):
    (good / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20)
    db = tmp_path / "x.db"
    r = build(db, good)
    assert r.exit_code == 1
    assert_clean_message(r, "image.txt: binary file")
    assert set(docs(db)) == {"good"}


def test_legacy_encodings_are_detected(tmp_path, good):
    (good / "ru.txt").write_bytes(RU.encode("cp1251"))
    (good / "fr.txt").write_bytes(FR.encode("latin-1"))
    db = tmp_path / "x.db"
    r = build(db, good)
    assert r.exit_code == 0, r.output
    texts = docs(db)
    assert "Россия требует" in texts["ru"]
    assert "cessez-le-feu immédiat" in texts["fr"]
    conn = sqlite3.connect(db)
    assert conn.execute("select lang from documents where id = 'ru'").fetchone()[0] == "ru"


def test_empty_and_whitespace_files(tmp_path, good):
    (good / "empty.txt").write_bytes(b"")
    (good / "blank.md").write_text("  \n\n\t \n", encoding="utf-8")
    db = tmp_path / "x.db"
    r = build(db, good)
    assert r.exit_code == 1
    assert_clean_message(r, "empty.txt: empty document", "blank.md: empty document")
    assert set(docs(db)) == {"good"}


def test_ten_megabytes_without_punctuation(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(("ceasefire negotiations continue without pause " * 230_000)[:10_000_000], encoding="utf-8")
    db = tmp_path / "x.db"
    r = build(db, big)
    assert r.exit_code == 0, r.output
    conn = sqlite3.connect(db)
    n, longest = conn.execute("select count(*), max(length(text)) from sentences").fetchone()
    assert n >= 5000 and longest <= 2000


def test_html_scripts_and_iframes_are_dropped(tmp_path):
    page = tmp_path / "article.html"
    page.write_text("""<html><head><title>Talks in Istanbul</title><script>alert('x')</script></head>
    <body><nav>Home | World</nav><iframe src="https://evil.example/"></iframe>
    <article><h1>Talks in Istanbul</h1>
    <p>Russia rejected Ukraine's proposal for a ceasefire during the talks in Istanbul on Friday, officials said.</p>
    <p>The Ukrainian delegation insisted on an exchange of prisoners of war on an all for all basis.</p>
    <script>document.write('<p>injected ceasefire demand</p>')</script></article></body></html>""", encoding="utf-8")
    db = tmp_path / "x.db"
    r = build(db, page)
    assert r.exit_code == 0, r.output
    text = docs(db)["article"]
    assert "Russia rejected Ukraine's proposal for a ceasefire" in text
    assert "alert" not in text and "injected" not in text and "evil.example" not in text
    conn = sqlite3.connect(db)
    assert {c for (c,) in conn.execute("select category from labels")} >= {"ceasefire", "prisoners"}


def test_jsonl_broken_lines_missing_fields_duplicates(tmp_path):
    src = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "Kyiv insists on an unconditional 30-day truce.", "extra": {"nested": [1]}}),
        '{"id": "b", "text": "unterminated',
        json.dumps({"id": "c", "title": "no text field"}),
        json.dumps({"id": "a", "text": "A second record with the same id."}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "d", "text": "Moscow demands reparations be renounced.", "source": None}),
    ]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "x.db"
    r = build(db, src)
    assert r.exit_code == 1
    assert_clean_message(r, "feed.jsonl:2: invalid JSON", "feed.jsonl:3: record has no 'text'",
                         "duplicate document id 'a'", "feed.jsonl:5: record is not an object")
    stored = docs(db)
    assert set(stored) == {"a", "d"}
    assert stored["a"] == "Kyiv insists on an unconditional 30-day truce."


def test_huge_record_is_skipped(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_RECORD_CHARS", 1000)
    src = tmp_path / "feed.jsonl"
    src.write_text(json.dumps({"id": "huge", "text": "x " * 1000}) + "\n"
                   + json.dumps({"id": "ok", "text": "Fine."}) + "\n", encoding="utf-8")
    db = tmp_path / "x.db"
    r = build(db, src)
    assert r.exit_code == 1
    assert_clean_message(r, "feed.jsonl:1: record text over 1000 characters")
    assert set(docs(db)) == {"ok"}


def test_csv_extra_and_missing_cells_and_no_text_column(tmp_path):
    src = tmp_path / "sheet.csv"
    src.write_text('id,text,source\n'
                   'r1,"Russia rejected Ukraine\'s proposal for a ceasefire.",AP,surplus,cells\n'
                   'r2\n'
                   'r3,"Fine, with a comma.",Reuters\n', encoding="utf-8")
    bad = tmp_path / "notext.csv"
    bad.write_text("id,body\n1,hello\n", encoding="utf-8")
    db = tmp_path / "x.db"
    r = build(db, src, bad)
    assert r.exit_code == 1
    assert_clean_message(r, "sheet.csv:3: record has no 'text'", "notext.csv:1: CSV has no 'text' column")
    conn = sqlite3.connect(db)
    assert dict(conn.execute("select id, source from documents")) == {"r1": "AP", "r3": "Reuters"}


def test_missing_input_and_unsupported_type(tmp_path, good):
    (good / "data.xlsx").write_bytes(b"PK\x03\x04")
    db = tmp_path / "x.db"
    r = build(db, good / "nope.txt", good / "data.xlsx", good)
    assert r.exit_code == 1
    assert_clean_message(r, "nope.txt: no such file", "data.xlsx: unsupported file type")
    assert set(docs(db)) == {"good"}


def test_duplicate_file_stems_across_folders(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "same.txt").write_text("First.", encoding="utf-8")
    (tmp_path / "b" / "same.txt").write_text("Second.", encoding="utf-8")
    db = tmp_path / "x.db"
    r = build(db, tmp_path / "a", tmp_path / "b")
    assert r.exit_code == 1
    assert_clean_message(r, "duplicate document id 'same'")
    assert docs(db) == {"same": "First."}


def test_jsonl_in_a_legacy_encoding_and_a_bad_line(tmp_path):
    src = tmp_path / "feed.jsonl"
    good = json.dumps({"id": "ru1", "text": RU}, ensure_ascii=False).encode("cp1251")
    src.write_bytes(good + b"\n" + b'{"id": "x", "text": "\xff\xfe\xfa broken"}\n')
    db = tmp_path / "x.db"
    r = build(db, src)
    assert "Traceback" not in r.output
    assert "Россия требует" in docs(db)["ru1"]


def test_jsonl_with_invalid_utf8_line_skips_only_that_line(tmp_path):
    src = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": f"ok{i}", "text": "Kyiv insists on an unconditional 30-day truce."}).encode()
             for i in range(3000)]  # past the 64 KB the encoding is judged on
    lines.insert(2500, b'{"id": "bad", "text": "caf\xe9"}')
    src.write_bytes(b"\n".join(lines) + b"\n")
    db = tmp_path / "x.db"
    r = build(db, src)
    assert r.exit_code == 1
    assert_clean_message(r, "feed.jsonl:2501: not utf-8")
    assert len(docs(db)) == 3000


def test_unreadable_file_is_named_and_the_rest_built(tmp_path, good, monkeypatch):
    """Tests run as root here, where chmod 000 does not stop reading: simulate the permission error."""
    import pathlib

    (good / "locked.txt").write_text("Kyiv insists on a truce.", encoding="utf-8")
    real = pathlib.Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(pathlib.Path, "read_bytes", read_bytes)
    db = tmp_path / "x.db"
    r = build(db, good)
    assert r.exit_code == 1
    assert_clean_message(r, "locked.txt: cannot read (Permission denied)")
    assert set(docs(db)) == {"good"}


def test_document_estimate_for_the_progress_bar(tmp_path, good):
    (good / "feed.jsonl").write_text('{"text": "a"}\n{"text": "b"}\n{"text": "c"}\n', encoding="utf-8")
    (good / "sheet.csv").write_text("id,text\n1,a\n2,b\n", encoding="utf-8")
    assert ingest.estimate_documents([good]) == 1 + 3 + 2
