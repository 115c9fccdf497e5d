"""Hostile inputs: each gets a one-line message naming the file (and line), the rest is built, exit code 1."""

import gzip
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


def test_utf8_with_a_few_bad_bytes_keeps_its_text(tmp_path, good):
    """A UTF-8 file with a stray byte is read as UTF-8, the byte replaced and named; it was skipped whole
    ("not text in any known encoding") or read in a legacy encoding that garbled its good letters."""
    (good / "stray.txt").write_bytes("Kyiv insists on an unconditional truce — now.".encode() + b" \xff " +
                                     "Moscow wants the four regions.".encode())
    (good / "ascii.txt").write_bytes(b"Kyiv insists on a truce. \xff Moscow wants the four regions.")
    (good / "ru.txt").write_bytes(RU.encode() + b"\x80 " + RU.encode())
    (good / "mixed.txt").write_bytes(FR.encode() + " Le Kremlin réclame la neutralité.".encode("latin-1"))
    db = tmp_path / "x.db"
    r = build(db, good)
    assert r.exit_code == 0, r.output
    texts = docs(db)
    assert "unconditional truce — now." in texts["stray"] and "\ufffd" in texts["stray"] and "four regions" in texts["stray"]
    assert "insists on a truce." in texts["ascii"] and "four regions" in texts["ascii"]  # kept, whichever reading
    assert texts["ru"].count("Россия требует") == 6 and texts["ru"].count("\ufffd") == 1
    assert "cessez-le-feu immédiat" in texts["mixed"] and "Le Kremlin r\ufffdclame" in texts["mixed"]
    for name, bad in (("stray", 1), ("ru", 1), ("mixed", 2)):
        assert f"{name}.txt: not UTF-8 ({bad} byte(s) invalid in UTF-8" in r.output, r.output
    assert "read as UTF-8, the rest of it being UTF-8; those bytes became U+FFFD" in r.output


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


def test_invalid_json_names_the_column_and_the_whole_reason(tmp_path):
    """A raw tab inside a string gave "invalid JSON (Invalid control character at), skipped": a reason that
    stopped at "at", with no column to look at."""
    src = tmp_path / "feed.jsonl"
    good = json.dumps({"id": "a", "text": "Kyiv insists on an unconditional 30-day truce."})
    src.write_text(good + "\n" + '{"id": "b", "text": "a raw\ttab"}\n' + '{"id": "c" "text": "x"}\n', encoding="utf-8")
    r = build(tmp_path / "x.db", src)
    assert r.exit_code == 1
    assert_clean_message(r, "feed.jsonl:2: invalid JSON (Invalid control character at column 27), skipped",
                         "feed.jsonl:3: invalid JSON (Expecting ',' delimiter at column 12), skipped")
    assert set(docs(tmp_path / "x.db")) == {"a"}


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
    lines = [json.dumps({"id": f"ok{i}", "text": f"Kyiv insists on an unconditional {i}-day truce."}).encode()
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


def test_progress_counts_bytes_read(tmp_path):
    """Issue 18, item 9: the progress bar follows bytes read, so one large file counts for its size."""
    from datasette_demands.corpus.pipeline import build as run_build
    from datasette_demands.rulebook.load import load_rulebook

    big = tmp_path / "big.txt"
    big.write_text("Kyiv insists on an unconditional 30-day truce. " * 2000, encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": f"r{i}", "text": f"Moscow demands {i} billion in reparations be renounced."})
                            + "\n" for i in range(50)), encoding="utf-8")
    inputs = [big, feed]
    total = big.stat().st_size + feed.stat().st_size
    assert ingest.input_bytes(inputs) == total
    seen = []
    run_build(tmp_path / "x.db", inputs, load_rulebook(), progress=lambda doc: seen.append((doc.id, doc.read_bytes)))
    assert seen[0] == ("big", big.stat().st_size)  # one document of 50 is 94% of the work
    assert [b for _, b in seen] == sorted(b for _, b in seen)
    assert seen[-1] == ("r49", total)
    assert len(seen) == 51


def test_progress_bar_time_left_ignores_the_start_up():
    """The time left is the bytes left at the reading rate, not skewed by the seconds spent loading
    the rulebook before the first document (a 6 s build once showed 01:32:11)."""
    from datasette_demands.cli import ByteProgress

    now = [0.0]
    bar = ByteProgress(1000, clock=lambda: now[0])
    assert bar.format_eta() == ""
    now[0] = 30.0  # start-up: nothing read yet
    bar.done(100)
    now[0] = 32.0
    bar.done(300)  # 200 bytes in 2 s
    assert bar.eta() == pytest.approx(7.0)  # 700 bytes left
    assert bar.format_eta() == "00:00:07"
    bar.done(2000)  # never past the end
    assert bar.bar.pos == 1000 and bar.eta() == 0


def test_every_skipped_file_in_a_folder_is_named(tmp_path, good):
    """Issue 18, item 3: a folder's unsupported files were skipped in silence, with exit code 0."""
    (good / "data.json").write_text('{"text": "Kyiv insists on a truce."}', encoding="utf-8")
    (good / "notes.text").write_text("Kyiv insists on a truce.", encoding="utf-8")
    (good / "letter.rtf").write_text("{\\rtf1 Kyiv insists on a truce.}", encoding="utf-8")
    (good / "sub").mkdir()
    (good / "sub" / "feed.json.gz").write_bytes(gzip.compress(b'{"text": "x"}'))
    (good / "documents.yml").write_text("good.txt:\n  source: S\n", encoding="utf-8")  # metadata, not an input
    db = tmp_path / "x.db"
    r = build(db, good)
    assert r.exit_code == 1
    lines = assert_clean_message(r, "data.json: unsupported file type .json", "notes.text: unsupported file type .text",
                                 "letter.rtf: unsupported file type .rtf", "feed.json.gz: unsupported file type .json.gz")
    assert len(lines) == 4 and "documents.yml" not in r.output
    assert set(docs(db)) == {"good"}


def test_gzip_jsonl_and_csv_are_read(tmp_path):
    feed = tmp_path / "feed.jsonl.gz"
    feed.write_bytes(gzip.compress((json.dumps({"id": "j1", "text": "Kyiv insists on an unconditional 30-day truce."})
                                    + "\n" + json.dumps({"text": "Moscow demands reparations be renounced."}) + "\n").encode()))
    sheet = tmp_path / "sheet.CSV.gz"
    sheet.write_bytes(gzip.compress('id,text,source\nc1,"Россия требует нейтралитета Украины.",TASS\n'.encode("cp1251")))
    broken = tmp_path / "broken.jsonl.gz"
    whole = gzip.compress("".join(json.dumps({"id": f"b{i}", "text": f"Record {i * 7919 % 10007} of many."}) + "\n"
                                  for i in range(2000)).encode())
    broken.write_bytes(whole[:len(whole) // 2])  # cut short
    db = tmp_path / "x.db"
    r = build(db, feed, sheet, broken)
    assert r.exit_code == 1
    assert_clean_message(r, "broken.jsonl.gz: broken gzip stream")
    stored = docs(db)
    assert {"j1", "feed:2", "c1", "b0"} <= set(stored)
    assert stored["c1"] == "Россия требует нейтралитета Украины."
    conn = sqlite3.connect(db)
    assert conn.execute("select path from documents where id = 'j1'").fetchone()[0] == f"{feed}:1"
    assert {c for (c,) in conn.execute("select category from labels")} >= {"ceasefire", "reparations"}


def test_a_clash_with_a_document_stored_from_another_file_is_refused(tmp_path):
    """Issue 18, item 3: a second build whose en1.txt clashes with an en1 from another folder
    replaced it (new text, source lost, old labels gone), in silence."""
    news, other = tmp_path / "news", tmp_path / "other"
    news.mkdir()
    other.mkdir()
    (news / "en1.txt").write_text("Kyiv insists on an unconditional 30-day truce.", encoding="utf-8")
    (news / "documents.yml").write_text("en1.txt:\n  source: News\n", encoding="utf-8")
    (other / "en1.txt").write_text("Moscow demands reparations be renounced.", encoding="utf-8")
    (other / "en2.txt").write_text("The weather was fine.", encoding="utf-8")
    db = tmp_path / "news.db"
    assert build(db, news).exit_code == 0
    conn = sqlite3.connect(db)
    before = conn.execute("select id, source, path from documents").fetchall()
    labels = conn.execute("select category from labels").fetchall()
    conn.close()

    r = build(db, other)
    assert r.exit_code == 1
    assert_clean_message(r, f"{other / 'en1.txt'}: document id 'en1' is already in the database, from {news / 'en1.txt'}, "
                         "with another text", "--replace")
    conn = sqlite3.connect(db)
    assert conn.execute("select id, source, path from documents where id = 'en1'").fetchall() == before
    assert conn.execute("select category from labels").fetchall() == labels
    assert {d for (d,) in conn.execute("select id from documents")} == {"en1", "en2"}  # the rest is built
    conn.close()

    r = build(db, other, "--replace")
    assert r.exit_code == 0, r.output
    assert docs(db)["en1"] == "Moscow demands reparations be renounced."
    assert sql_one(db, "select path from documents where id = 'en1'") == str(other / "en1.txt")


def test_a_clash_with_the_same_text_says_that_only_the_metadata_differs(tmp_path):
    """A user copied a stored file to another folder and gave it another source: the refusal said "other content",
    which sent them looking for a change in the text."""
    news, other = tmp_path / "news", tmp_path / "other"
    news.mkdir()
    other.mkdir()
    text = "Kyiv insists on an unconditional 30-day truce."
    (news / "en1.txt").write_text(text, encoding="utf-8")
    (other / "en1.txt").write_text(text, encoding="utf-8")
    (other / "documents.yml").write_text("en1.txt:\n  source: My Wire\n", encoding="utf-8")
    db = tmp_path / "news.db"
    assert build(db, news).exit_code == 0
    r = build(db, other)
    assert r.exit_code == 1
    assert_clean_message(r, f"{other / 'en1.txt'}: document id 'en1' is already in the database, from {news / 'en1.txt'}, "
                         "with the same text and other metadata", "--replace")
    assert "another text" not in r.output
    assert sql_one(db, "select source from documents where id = 'en1'") != "My Wire"


def test_a_record_moving_within_its_file_is_no_clash(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "a", "text": "Kyiv insists on a 30-day truce."}) + "\n", encoding="utf-8")
    db = tmp_path / "x.db"
    assert build(db, feed).exit_code == 0
    feed.write_text(json.dumps({"id": "z", "text": "New first record."}) + "\n"
                    + json.dumps({"id": "a", "text": "Kyiv insists on a 60-day truce."}) + "\n", encoding="utf-8")
    r = build(db, feed)
    assert r.exit_code == 0, r.output
    assert docs(db)["a"] == "Kyiv insists on a 60-day truce."


def sql_one(db, query):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(query).fetchone()[0]
    finally:
        conn.close()


def test_an_empty_folder_or_record_file_is_named_and_the_rest_built(tmp_path, good):
    empty = tmp_path / "empty"
    (empty / "sub").mkdir(parents=True)
    (tmp_path / "feed.jsonl").write_text("\n\n", encoding="utf-8")
    (tmp_path / "sheet.csv").write_text("id,text\n", encoding="utf-8")
    db = tmp_path / "x.db"
    r = build(db, empty, tmp_path / "feed.jsonl", tmp_path / "sheet.csv", good)
    assert r.exit_code == 1
    assert_clean_message(r, "empty: no input file in this folder", "feed.jsonl: no records",
                         "sheet.csv: no records")
    assert set(docs(db)) == {"good"}
    assert build(tmp_path / "y.db", good).exit_code == 0  # a folder with an input is no problem


def test_a_language_none_of_the_nine_is_named_and_detected_instead(tmp_path):
    feed = tmp_path / "feed.jsonl"
    rows = [{"id": "a", "lang": "xx", "text": "Kyiv insists on an unconditional 30-day truce."},
            {"id": "b", "lang": "EN", "text": "Moscow demands that Kyiv renounce NATO membership."}]
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / "x.db"
    r = build(db, feed)
    assert r.exit_code == 0, r.output  # the documents are built: only the language given was dropped
    assert "Traceback" not in r.output
    lines = [line for line in r.output.splitlines() if line.startswith("skipped language: ")]
    assert len(lines) == 1 and "feed.jsonl:1: language 'xx' is none of en," in lines[0], r.output
    conn = sqlite3.connect(db)
    try:
        assert dict(conn.execute("select id, lang from documents")) == {"a": "en", "b": "en"}
    finally:
        conn.close()


def test_a_document_with_the_text_of_another_is_skipped_naming_both(tmp_path):
    """A fresh user's finding: a copy of a file under another name was built as a second document, and every
    count of the matrix counted its sentences twice. Now the copy, a record with the same text and a second
    build over the same inputs each say which document holds the text; nothing is written twice."""
    texts = tmp_path / "texts"
    texts.mkdir()
    body = "Warsaw urges an immediate truce along the whole front.\n\nThe envoys meet again in Vienna.\n"
    (texts / "wire.txt").write_text(body, encoding="utf-8")
    (texts / "wire_copy.txt").write_text(body, encoding="utf-8")  # byte for byte
    (texts / "other.txt").write_text("Ankara offers to host an exchange of 300 captives.", encoding="utf-8")
    (texts / "documents.yml").write_text("wire_copy.txt:\n  title: A copy\n", encoding="utf-8")
    feed = tmp_path / "feed.jsonl"  # the same text without its final newline, with an id and a title of its own
    # and the same wire story from an outlet of its own: another publication, kept
    feed.write_text(json.dumps({"id": "rec", "text": body.strip(), "title": "Wire"}) + "\n"
                    + json.dumps({"id": "agency", "text": body, "source": "Agency"}) + "\n", encoding="utf-8")
    db = tmp_path / "x.db"

    first = build(db, texts, feed)
    assert first.exit_code == 1, first.output  # as for an empty document: something was skipped
    wire = texts / "wire.txt"
    lines = assert_clean_message(
        first, f"{texts / 'wire_copy.txt'}: duplicate document: the same text from the same source as document 'wire' ({wire})",
        f"{feed}:1: duplicate document: the same text from the same source as document 'wire' ({wire})")
    assert len([line for line in lines if "duplicate document" in line]) == 2
    assert set(docs(db)) == {"wire", "other", "agency"}
    before = sql_one(db, "select count(*) from labels"), sql_one(db, "select count(*) from sentences")

    again = build(db, feed, texts)  # the record first: the stored document still holds the text
    assert again.exit_code == 1, again.output
    assert "0 documents written (3 unchanged)" in again.output
    assert_clean_message(again, f"{feed}:1: duplicate document: the same text from the same source as document 'wire' ({wire})",
                         f"{texts / 'wire_copy.txt'}: duplicate document: the same text from the same source as document 'wire'")
    assert set(docs(db)) == {"wire", "other", "agency"}
    assert (sql_one(db, "select count(*) from labels"), sql_one(db, "select count(*) from sentences")) == before

    # a database built before documents.content_sha256 was stored finds the copy by sha256 (text and metadata)
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("update documents set content_sha256 = null")
    conn.close()
    copy = tmp_path / "copy.txt"
    copy.write_text(body, encoding="utf-8")
    old = build(db, copy)
    assert old.exit_code == 1
    assert_clean_message(old, f"{copy}: duplicate document: the same text from the same source as document 'wire' ({wire})")
    assert set(docs(db)) == {"wire", "other", "agency"}


def test_a_latin1_file_with_stray_bytes_is_read_with_a_note_of_its_encoding(tmp_path, good):
    """A fresh user's finding: a Latin-1 file with stray invalid bytes was stored with odd characters, and
    nothing said which encoding was guessed or that bytes were not UTF-8."""
    raw = "Die Ukraine fordert eine sofortige Waffenruhe. München ".encode("latin-1") + b"\xff\xfe\xc3( " \
        + "Kiew verlangt Reparationen für die Schäden.\n".encode("latin-1")
    (good / "stray.txt").write_bytes(raw)
    sheet = tmp_path / "sheet.csv"  # UTF-8 at the start (the encoding is judged there), one stray byte further on
    sheet.write_bytes(b"id,text\n" + "".join(f'r{i},"Kyiv insists on truce number {i}."\n' for i in range(3000)).encode()
                      + b'late,"Caf\xe9 talks resume."\n')
    db = tmp_path / "x.db"
    r = build(db, good, sheet)
    assert "Traceback" not in r.output
    assert r.exit_code == 0, r.output  # the documents are built: a note, as for a date
    notes = [line for line in r.output.splitlines() if line.startswith("encoding: ")]
    assert len(notes) == 2, r.output
    stray = next(line for line in notes if "stray.txt" in line)
    assert stray.startswith(f"encoding: {good / 'stray.txt'}: not UTF-8 (6 byte(s) invalid in UTF-8, the first at byte 48): read as ")
    assert "the encoding charset-normalizer guessed" in stray
    assert f"encoding: {sheet}: 1 byte(s) are not utf-8 and became U+FFFD; the rest of their records was read" in notes
    assert "2 encoding note(s)" in r.output
    stored = docs(db)
    assert "München" in stored["stray"] and "Reparationen für die Schäden" in stored["stray"]  # nothing readable lost
    assert stored["late"] == "Caf\ufffd talks resume." and len(stored) == 3003


def test_a_record_with_empty_text_says_so(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in [
        {"text": ""}, {"text": "  \n "}, {"id": "n", "title": "no text"}, {"text": None}, {"text": 42},
        {"id": "ok", "text": "Kyiv insists on an unconditional 30-day truce."}]) + "\n", encoding="utf-8")
    sheet = tmp_path / "sheet.csv"
    sheet.write_text('id,text\nc1,""\nc2,"Moscow demands reparations be renounced."\n', encoding="utf-8")
    db = tmp_path / "x.db"
    r = build(db, feed, sheet)
    assert r.exit_code == 1
    lines = assert_clean_message(r, f"{feed}:1: record's 'text' is empty, skipped",
                                 f"{feed}:2: record's 'text' is empty (only blanks), skipped",
                                 f"{feed}:3: record has no 'text', skipped", f"{feed}:4: record has no 'text', skipped",
                                 f"{feed}:5: record's 'text' is not a string (a JSON number), skipped",
                                 f"{sheet}:2: record's 'text' is empty, skipped")
    assert len(lines) == 6, r.output
    assert set(docs(db)) == {"ok", "c2"}


def test_a_text_a_changed_document_gives_up_is_no_duplicate(tmp_path):
    """The stored text of a document this build replaces does not make a later document a duplicate."""
    feed = tmp_path / "feed.jsonl"
    old, new = "Kyiv insists on an unconditional 30-day truce.", "Kyiv now insists on a 60-day truce."
    feed.write_text(json.dumps({"id": "a", "text": old}) + "\n", encoding="utf-8")
    db = tmp_path / "x.db"
    assert build(db, feed).exit_code == 0
    feed.write_text(json.dumps({"id": "a", "text": new}) + "\n" + json.dumps({"id": "b", "text": old}) + "\n",
                    encoding="utf-8")
    r = build(db, feed)
    assert r.exit_code == 0, r.output
    assert docs(db) == {"a": new, "b": old}
    assert build(db, feed).exit_code == 0  # and building again finds each text where it is
